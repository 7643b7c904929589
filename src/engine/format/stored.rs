//! The stored form of a workspace: the document without its clients (the "header")
//! plus the clients in buckets of [`BUCKET`] consecutive clients, so that a save
//! writes only the buckets a change touched. (One record per client made reading a
//! 10 000-client base five times slower than one record: IndexedDB pays per record.) Loading splices the records back into the header and reads the result
//! with [`super::import_json`], so a stored workspace goes through exactly the same
//! migration and validation as an imported file.

use super::export::export_json;
use crate::engine::model::{Client, Workspace};
use std::sync::Arc;

/// Clients per stored bucket: an edit of one client in a base of 10 000 rewrites
/// 100 clients (≈ 0.2 MB), and loading reads 100 records.
pub const BUCKET: usize = 100;

/// Where the clients go in a header document. Compact JSON escapes every quote inside
/// a string, so this text can only be the workspace's own `clients` key with an empty
/// list (no other object of the format has a `clients` field).
const CLIENTS_SLOT: &str = "\"clients\":[]";

/// The document of `ws` with an empty client list, in the current envelope and
/// without an export time.
pub fn header_json(ws: &Workspace) -> String {
    let header = Workspace {
        clients: Vec::new(),
        name: ws.name.clone(),
        company: ws.company.clone(),
        settings: ws.settings.clone(),
        criteria: ws.criteria.clone(),
        competitors: ws.competitors.clone(),
        class_rule: ws.class_rule.clone(),
        workshops: ws.workshops.clone(),
        offers: ws.offers.clone(),
    };
    export_json(&header, None)
}

/// One client as compact JSON, the text of its stored record.
pub fn client_json(client: &Client) -> String {
    // Plain structs, strings and decimals cannot fail to serialise; the fallback only
    // keeps the function total (and would be refused, with a path, when read back).
    serde_json::to_string(client).unwrap_or_default()
}

/// A bucket's record: its clients as [`client_json`] texts joined by commas.
pub fn bucket_json(clients: &[Arc<Client>]) -> String {
    let texts: Vec<String> = clients.iter().map(|c| client_json(c)).collect();
    texts.join(",")
}

/// The whole document: `header` with `clients` (each a [`client_json`] or
/// [`bucket_json`] text, in workspace order) spliced into its empty client list. `None` when `header` has no
/// empty client list (not written by [`header_json`]).
pub fn assemble<S: AsRef<str>>(header: &str, clients: &[S]) -> Option<String> {
    let at = header.find(CLIENTS_SLOT)? + CLIENTS_SLOT.len() - 1;
    let size = header.len() + clients.iter().map(|c| c.as_ref().len() + 1).sum::<usize>();
    let mut doc = String::with_capacity(size);
    doc.push_str(&header[..at]);
    for (i, client) in clients.iter().enumerate() {
        if i > 0 {
            doc.push(',');
        }
        doc.push_str(client.as_ref());
    }
    doc.push_str(&header[at..]);
    Some(doc)
}
