//! The IndexedDB repository (through `rexie`): the current workspace, the last few
//! snapshots and a few meta values, each save in one transaction.
//!
//! The workspace is kept as its header document (everything but the clients), the
//! number of client buckets, and one record per bucket of consecutive clients keyed
//! by bucket number, so a save writes only what changed (engine `format::stored`). Databases of version 1 kept the whole
//! document under `current`; it is still read, and the first save replaces it.

use crate::engine::format::assemble;
use futures::future::join_all;
use js_sys::{Object, Reflect, Uint8Array};
use rexie::{ObjectStore, Rexie, TransactionMode};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

const DB_NAME: &str = "kam-studio";
const DB_VERSION: u32 = 2;
const WORKSPACE: &str = "workspace";
const CLIENTS: &str = "clients";
const SNAPSHOTS: &str = "snapshots";
const META: &str = "meta";
/// Version 1: the whole document.
const LEGACY_KEY: &str = "current";
/// The header document (the workspace without its clients).
const HEADER_KEY: &str = "header";
/// How many client buckets the stored workspace has (a number).
const BUCKETS_KEY: &str = "buckets";

/// How many snapshots are kept; the oldest beyond this are deleted in the same transaction.
pub const KEEP_SNAPSHOTS: usize = 5;

thread_local! {
    static DB: RefCell<Option<Rc<Rexie>>> = const { RefCell::new(None) };
}

/// Why the storage failed, as text for the banner (the browser's own words).
#[derive(Clone, Debug, PartialEq)]
pub struct StorageError(pub String);

impl From<rexie::Error> for StorageError {
    fn from(e: rexie::Error) -> Self {
        StorageError(match e {
            rexie::Error::IdbError(inner) => format!("{inner:?}"),
            other => other.to_string(),
        })
    }
}

impl From<JsValue> for StorageError {
    fn from(e: JsValue) -> Self {
        StorageError(
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .or_else(|| e.as_string())
                .unwrap_or_else(|| format!("{e:?}")),
        )
    }
}

type Result<T> = std::result::Result<T, StorageError>;

/// A kept snapshot, without its document.
#[derive(Clone, Debug, PartialEq)]
pub struct SnapshotInfo {
    /// Key of the snapshot.
    pub id: u32,
    /// When it was taken (ISO 8601, UTC).
    pub saved_at: String,
    /// Why: "start", "periodic" or "backup".
    pub reason: String,
    /// The workspace name at that time.
    pub name: String,
    /// Number of clients at that time.
    pub clients: u32,
}

/// A snapshot to write: its description and the JSON document.
pub struct NewSnapshot {
    /// When it is taken (ISO 8601, UTC).
    pub saved_at: String,
    /// Why: "start", "periodic" or "backup".
    pub reason: &'static str,
    /// The workspace name.
    pub name: String,
    /// Number of clients.
    pub clients: u32,
    /// The envelope JSON.
    pub json: String,
}

async fn db() -> Result<Rc<Rexie>> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let rexie = Rexie::builder(DB_NAME)
        .version(DB_VERSION)
        .add_object_store(ObjectStore::new(WORKSPACE))
        .add_object_store(ObjectStore::new(CLIENTS))
        .add_object_store(
            ObjectStore::new(SNAPSHOTS)
                .key_path("id")
                .auto_increment(true),
        )
        .add_object_store(ObjectStore::new(META))
        .build()
        .await?;
    let db = Rc::new(rexie);
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// Opens the database (creating it on first use); fails when IndexedDB is unavailable.
pub async fn open() -> Result<()> {
    db().await.map(|_| ())
}

/// The stored workspace as one document (header and client records spliced back
/// together), if any, and whether it is kept in the current layout (false: a version
/// 1 database, which the next save rewrites whole).
pub async fn load_current() -> Result<Option<(String, bool)>> {
    let db = db().await?;
    let tx = db.transaction(&[WORKSPACE, CLIENTS], TransactionMode::ReadOnly)?;
    let workspace = tx.store(WORKSPACE)?;
    let Some(header) = workspace.get(HEADER_KEY.into()).await? else {
        let legacy = workspace.get(LEGACY_KEY.into()).await?;
        return Ok(legacy.and_then(|v| v.as_string()).map(|doc| (doc, false)));
    };
    let header = header.as_string().unwrap_or_default();
    let count = workspace
        .get(BUCKETS_KEY.into())
        .await?
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0) as u32;
    let clients = tx.store(CLIENTS)?;
    let keys = clients.get_all_keys(None, None).await?;
    let values = clients.get_all(None, None).await?;
    // Buckets 0, 1, … count − 1, each once: anything else is a damaged store.
    let complete = keys.len() == count as usize
        && keys
            .iter()
            .enumerate()
            .all(|(i, k)| k.as_f64() == Some(i as f64));
    if !complete {
        return Err(StorageError(format!(
            "client records damaged: {} of {count} buckets",
            keys.len()
        )));
    }
    // Buckets are UTF-8 bytes: half the size of a JavaScript string in IndexedDB, and
    // copied into wasm memory without a text conversion.
    let mut records = Vec::with_capacity(values.len());
    for v in values {
        let bytes = Uint8Array::new(&v).to_vec();
        let text = String::from_utf8(bytes)
            .map_err(|_| StorageError("client records damaged: not UTF-8".into()))?;
        records.push(text);
    }
    assemble(&header, &records)
        .map(|doc| Some((doc, true)))
        .ok_or_else(|| StorageError("workspace header unreadable".into()))
}

/// What a save writes: the header always, the rest only when it changed.
pub struct Changes {
    /// The header document ([`crate::engine::format::header_json`]).
    pub header: String,
    /// How many client buckets the workspace has now.
    pub buckets: u32,
    /// Buckets to write: number and JSON (stored as UTF-8 bytes).
    pub put: Vec<(u32, String)>,
    /// Buckets to delete (beyond the new count).
    pub delete: Vec<u32>,
    /// Write every client: clear the records first (and drop a version 1 document).
    pub full: bool,
}

fn set(obj: &Object, key: &str, value: &JsValue) -> Result<()> {
    Reflect::set(obj, &key.into(), value)?;
    Ok(())
}

fn snapshot_object(s: &NewSnapshot) -> Result<Object> {
    let obj = Object::new();
    set(&obj, "saved_at", &s.saved_at.as_str().into())?;
    set(&obj, "reason", &s.reason.into())?;
    set(&obj, "name", &s.name.as_str().into())?;
    set(&obj, "clients", &s.clients.into())?;
    set(&obj, "json", &s.json.as_str().into())?;
    Ok(obj)
}

/// Saves the changes and, optionally, a snapshot — one transaction, all or nothing.
pub async fn save(changes: Changes, snapshot: Option<NewSnapshot>) -> Result<()> {
    let db = db().await?;
    let tx = db.transaction(&[WORKSPACE, CLIENTS, SNAPSHOTS], TransactionMode::ReadWrite)?;
    let workspace = tx.store(WORKSPACE)?;
    let clients = tx.store(CLIENTS)?;
    // Every request is issued in the first poll, before anything is awaited: when the
    // page is closing (pagehide), the transaction commits what was issued, and events
    // of later requests would never arrive.
    let mut writes: Vec<Write<'_>> = Vec::new();
    if changes.full {
        writes.push(Box::pin(clients.clear()));
        writes.push(Box::pin(workspace.delete(LEGACY_KEY.into())));
    }
    for id in changes.delete {
        writes.push(Box::pin(clients.delete(id.into())));
    }
    let puts = changes.put.into_iter().map(|(id, json)| {
        (
            Uint8Array::from(json.as_bytes()).into(),
            Some(JsValue::from(id)),
        )
    });
    writes.push(Box::pin(clients.put_all(puts)));
    writes.push(Box::pin(put(
        &workspace,
        BUCKETS_KEY,
        changes.buckets.into(),
    )));
    writes.push(Box::pin(put(&workspace, HEADER_KEY, changes.header.into())));
    // Wait for all of them even when one fails: a request dropped while pending
    // would fire its event into a freed closure.
    for result in join_all(writes).await {
        result?;
    }
    if let Some(s) = snapshot {
        add_and_trim(&tx.store(SNAPSHOTS)?, &s).await?;
    }
    match tx.done().await? {
        rexie::TransactionResult::Committed => Ok(()),
        rexie::TransactionResult::Aborted => Err(StorageError("transaction aborted".into())),
    }
}

/// One pending write of a save.
type Write<'a> = Pin<Box<dyn Future<Output = rexie::Result<()>> + 'a>>;

/// Puts `value` under `key` (the future owns both).
async fn put(store: &rexie::Store, key: &'static str, value: JsValue) -> rexie::Result<()> {
    store
        .put(&value, Some(&JsValue::from_str(key)))
        .await
        .map(|_| ())
}

/// Writes only a snapshot (the automatic backup before a replacement).
pub async fn add_snapshot(snapshot: NewSnapshot) -> Result<()> {
    let db = db().await?;
    let tx = db.transaction(&[SNAPSHOTS], TransactionMode::ReadWrite)?;
    add_and_trim(&tx.store(SNAPSHOTS)?, &snapshot).await?;
    tx.done().await?;
    Ok(())
}

/// Adds a snapshot and deletes the oldest beyond [`KEEP_SNAPSHOTS`] (keys increase with age).
async fn add_and_trim(store: &rexie::Store, snapshot: &NewSnapshot) -> Result<()> {
    store.add(&snapshot_object(snapshot)?.into(), None).await?;
    let keys = store.get_all_keys(None, None).await?;
    let excess = keys.len().saturating_sub(KEEP_SNAPSHOTS);
    for key in keys.into_iter().take(excess) {
        store.delete(key).await?;
    }
    Ok(())
}

fn text(obj: &JsValue, key: &str) -> String {
    Reflect::get(obj, &key.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn number(obj: &JsValue, key: &str) -> u32 {
    Reflect::get(obj, &key.into())
        .ok()
        .and_then(|v| v.as_f64())
        .map_or(0, |n| n as u32)
}

/// The kept snapshots, newest first.
pub async fn list_snapshots() -> Result<Vec<SnapshotInfo>> {
    let db = db().await?;
    let tx = db.transaction(&[SNAPSHOTS], TransactionMode::ReadOnly)?;
    let all = tx.store(SNAPSHOTS)?.get_all(None, None).await?;
    let mut list: Vec<SnapshotInfo> = all
        .iter()
        .map(|v| SnapshotInfo {
            id: number(v, "id"),
            saved_at: text(v, "saved_at"),
            reason: text(v, "reason"),
            name: text(v, "name"),
            clients: number(v, "clients"),
        })
        .collect();
    list.reverse();
    Ok(list)
}

/// The document of snapshot `id`, if it is still kept.
pub async fn snapshot_json(id: u32) -> Result<Option<String>> {
    let db = db().await?;
    let tx = db.transaction(&[SNAPSHOTS], TransactionMode::ReadOnly)?;
    let value = tx.store(SNAPSHOTS)?.get(id.into()).await?;
    Ok(value.map(|v| text(&v, "json")))
}

/// A meta value (e.g. the time of the last export).
pub async fn meta_get(key: &str) -> Result<Option<String>> {
    let db = db().await?;
    let tx = db.transaction(&[META], TransactionMode::ReadOnly)?;
    let value = tx.store(META)?.get(key.into()).await?;
    Ok(value.and_then(|v| v.as_string()))
}

/// Sets a meta value.
pub async fn meta_set(key: &str, value: &str) -> Result<()> {
    let db = db().await?;
    let tx = db.transaction(&[META], TransactionMode::ReadWrite)?;
    tx.store(META)?
        .put(&value.into(), Some(&key.into()))
        .await?;
    tx.done().await?;
    Ok(())
}
