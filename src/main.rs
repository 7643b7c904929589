//! Entry point of the browser build: mounts the Leptos application.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(kam_studio::ui::App);
}
