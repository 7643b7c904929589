//! The site ships the demo workspace as `public/demo.json` (read by the app on first
//! start and by «Сбросить к демо»). This guards that the file is exactly the export
//! of the engine's `demo_workspace()`, whose content is tested in the engine.
//! Regenerate it with `UPDATE_DEMO=1 cargo test --no-default-features --test demo_asset`.

use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::format::{export_json, import_json};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/demo.json");

#[test]
fn the_demo_asset_is_the_exported_demo_workspace() {
    let expected = export_json(&demo_workspace(), None);
    if std::env::var_os("UPDATE_DEMO").is_some() {
        std::fs::write(PATH, &expected).expect("write public/demo.json");
    }
    let actual = std::fs::read_to_string(PATH).expect("public/demo.json is missing");
    assert!(
        actual == expected,
        "public/demo.json is out of date: run UPDATE_DEMO=1 cargo test --no-default-features --test demo_asset"
    );
    // And it reads back as the same workspace.
    assert_eq!(import_json(&actual).unwrap().workspace, demo_workspace());
}
