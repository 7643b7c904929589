//! Updates a container from HTML text changing only the nodes that differ.
//!
//! Views written as HTML text (`ui::html`) could simply set `innerHTML`, but then every
//! node is new: the browser restyles, lays out and paints the whole container, and
//! the focused input is gone. [`morph_html`] parses the markup into a `<template>` and
//! walks both trees side by side: equal nodes are kept, text and attributes are
//! updated in place, and only nodes of another kind are replaced. An edit that changes
//! three figures of the client card touches three text nodes.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlTemplateElement, Node};

/// Makes the children of `el` equal to `html`, keeping every node that can stay.
pub fn morph_html(el: &Element, html: &str) {
    match parse(html) {
        Some(fresh) => morph_children(el, &fresh),
        None => el.set_inner_html(html),
    }
}

/// Makes `el` itself equal to `html`, markup of one element (a table row, say): kept
/// and updated when the markup's element has the same tag and id, replaced otherwise.
pub fn morph_element(el: &Element, html: &str) {
    let fresh = parse(html).and_then(|f| f.first_child());
    match fresh {
        Some(fresh) if same_kind(el, &fresh) => morph_node(el, &fresh),
        _ => el.set_outer_html(html),
    }
}

/// `html` parsed in a `<template>` (where any element may stand, table rows too).
fn parse(html: &str) -> Option<web_sys::DocumentFragment> {
    let template = document().create_element("template").ok()?;
    let template = template.dyn_into::<HtmlTemplateElement>().ok()?;
    template.set_inner_html(html);
    Some(template.content())
}

/// Makes the children of `old` like those of `new` (whose nodes may be moved over).
fn morph_children(old: &Node, new: &Node) {
    let mut o = old.first_child();
    let mut n = new.first_child();
    while let Some(fresh) = n {
        n = fresh.next_sibling();
        match o {
            Some(kept) if same_kind(&kept, &fresh) => {
                morph_node(&kept, &fresh);
                o = kept.next_sibling();
            }
            Some(stale) => {
                o = stale.next_sibling();
                let _ = old.replace_child(&fresh, &stale);
            }
            None => {
                let _ = old.append_child(&fresh);
            }
        }
    }
    while let Some(stale) = o {
        o = stale.next_sibling();
        let _ = old.remove_child(&stale);
    }
}

/// Same node type and tag, and the same `id` for elements (an id names an input).
fn same_kind(a: &Node, b: &Node) -> bool {
    if a.node_type() != b.node_type() || a.node_name() != b.node_name() {
        return false;
    }
    match (a.dyn_ref::<Element>(), b.dyn_ref::<Element>()) {
        (Some(a), Some(b)) => a.id() == b.id(),
        _ => true,
    }
}

/// Updates `old` in place to look like `new` (same kind, see [`same_kind`]).
fn morph_node(old: &Node, new: &Node) {
    let (Some(old_el), Some(new_el)) = (old.dyn_ref::<Element>(), new.dyn_ref::<Element>()) else {
        let text = new.node_value();
        if old.node_value() != text {
            old.set_node_value(text.as_deref());
        }
        return;
    };
    let names = new_el.get_attribute_names();
    for k in 0..names.length() {
        let Some(name) = names.get(k).as_string() else {
            continue;
        };
        let value = new_el.get_attribute(&name).unwrap_or_default();
        if old_el.get_attribute(&name).as_deref() != Some(value.as_str()) {
            let _ = old_el.set_attribute(&name, &value);
            // The attribute is only the initial value of an input: show the new one.
            if name == "value" {
                if let Some(input) = old_el.dyn_ref::<HtmlInputElement>() {
                    input.set_value(&value);
                }
            }
        }
    }
    let stale = old_el.get_attribute_names();
    for k in 0..stale.length() {
        let Some(name) = stale.get(k).as_string() else {
            continue;
        };
        if !new_el.has_attribute(&name) {
            let _ = old_el.remove_attribute(&name);
        }
    }
    morph_children(old, new);
}
