//! The IndexedDB repository (through `rexie`): the current workspace document, the
//! last few snapshots and a few meta values, each save in one transaction.

use js_sys::{Object, Reflect};
use rexie::{ObjectStore, Rexie, TransactionMode};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

const DB_NAME: &str = "kam-studio";
const DB_VERSION: u32 = 1;
const WORKSPACE: &str = "workspace";
const SNAPSHOTS: &str = "snapshots";
const META: &str = "meta";
const CURRENT_KEY: &str = "current";

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

/// The stored workspace document, if any.
pub async fn load_current() -> Result<Option<String>> {
    let db = db().await?;
    let tx = db.transaction(&[WORKSPACE], TransactionMode::ReadOnly)?;
    let value = tx.store(WORKSPACE)?.get(CURRENT_KEY.into()).await?;
    Ok(value.and_then(|v| v.as_string()))
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

/// Saves the current document and, optionally, a snapshot — one transaction, all or nothing.
pub async fn save(json: &str, snapshot: Option<NewSnapshot>) -> Result<()> {
    let db = db().await?;
    let tx = db.transaction(&[WORKSPACE, SNAPSHOTS], TransactionMode::ReadWrite)?;
    tx.store(WORKSPACE)?
        .put(&json.into(), Some(&CURRENT_KEY.into()))
        .await?;
    if let Some(s) = snapshot {
        add_and_trim(&tx.store(SNAPSHOTS)?, &s).await?;
    }
    match tx.done().await? {
        rexie::TransactionResult::Committed => Ok(()),
        rexie::TransactionResult::Aborted => Err(StorageError("transaction aborted".into())),
    }
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
