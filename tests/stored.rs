//! The stored form of a workspace (header + client records in buckets) is the exported
//! document cut in two: splicing the records back gives the export byte for byte.

use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::format::{
    assemble, bucket_json, client_json, export_json, header_json, import_json, BUCKET,
};
use kam_studio::engine::model::Workspace;

fn records(ws: &Workspace) -> Vec<String> {
    ws.clients.iter().map(|c| client_json(c)).collect()
}

#[test]
fn header_plus_client_records_is_the_export_byte_for_byte() {
    let ws = demo_workspace();
    let doc = assemble(&header_json(&ws), &records(&ws)).expect("header has a client slot");
    assert_eq!(doc, export_json(&ws, None));
    assert_eq!(import_json(&doc).expect("reads back").workspace, ws);
}

#[test]
fn the_header_carries_no_client_and_one_empty_client_list() {
    // Without its workshop and offer: both name a client, so a header alone (never
    // read alone by the app) would be refused for the missing client.
    let mut ws = demo_workspace();
    ws.workshops.clear();
    ws.offers.clear();
    let header = header_json(&ws);
    assert_eq!(header.matches("\"clients\":[]").count(), 1);
    assert!(
        !header.contains("ДомМастер"),
        "client names stay in the records"
    );
    let empty = import_json(&header).expect("a header alone is a valid workspace");
    assert!(empty.workspace.clients.is_empty());
    assert_eq!(empty.workspace.criteria, ws.criteria);
}

#[test]
fn buckets_of_consecutive_clients_assemble_to_the_export() {
    let ws = demo_workspace();
    // 35 demo clients in buckets of 10: 10, 10, 10 and 5.
    let buckets: Vec<String> = ws.clients.chunks(10).map(bucket_json).collect();
    assert_eq!(buckets.len(), 4);
    let doc = assemble(&header_json(&ws), &buckets).expect("slot");
    assert_eq!(doc, export_json(&ws, None));
    assert_eq!(BUCKET, 100);
}

#[test]
fn a_workspace_without_clients_assembles_to_its_export() {
    let mut ws = demo_workspace();
    ws.clients.clear();
    let none: [&str; 0] = [];
    assert_eq!(
        assemble(&header_json(&ws), &none).as_deref(),
        Some(export_json(&ws, None).as_str())
    );
}

#[test]
fn a_text_without_a_client_slot_is_refused() {
    assert_eq!(assemble("{\"format\":\"x\"}", &["{}"]), None);
}

#[test]
fn a_damaged_record_is_reported_with_the_path_of_its_client() {
    let ws = demo_workspace();
    let mut recs = records(&ws);
    recs[1] = recs[1].replace("\"revenue\":\"", "\"revenue\":\"x");
    let doc = assemble(&header_json(&ws), &recs).expect("slot");
    let err = import_json(&doc).expect_err("a damaged record is refused");
    assert!(
        err.to_string().contains("workspace.clients[1].revenue"),
        "{err}"
    );
}
