//! What the last successful save wrote, to work out what the next one must write.
//!
//! Clients are shared (`Arc`) between the store, the undo history and this record: a
//! client whose pointer is the one last written at the same position is unchanged,
//! so an edit of one client in a base of 10 000 rewrites one bucket of
//! [`BUCKET`] clients, not the whole base.

use super::idb::Changes;
use crate::engine::format::{bucket_json, header_json, BUCKET};
use crate::engine::model::{Client, Workspace};
use std::sync::Arc;

/// The clients as last written, in workspace order.
#[derive(Clone, Default)]
pub struct Written {
    /// False until something is known to be stored in the current layout: the next
    /// save then writes everything.
    known: bool,
    clients: Vec<Arc<Client>>,
}

impl Written {
    /// What storage holds after `ws` has been written (or read).
    pub fn of(ws: &Workspace) -> Written {
        Written {
            known: true,
            clients: ws.clients.clone(),
        }
    }

    /// True when bucket `b` of `now` differs from what was written.
    fn bucket_changed(&self, now: &[Arc<Client>], b: usize) -> bool {
        let range = |list: &[Arc<Client>]| -> Vec<*const Client> {
            list.iter()
                .skip(b * BUCKET)
                .take(BUCKET)
                .map(Arc::as_ptr)
                .collect()
        };
        !self.known || range(now) != range(&self.clients)
    }

    /// What to write so that storage holds `ws`.
    pub fn changes(&self, ws: &Workspace) -> Changes {
        let buckets = ws.clients.len().div_ceil(BUCKET);
        let before = if self.known {
            self.clients.len().div_ceil(BUCKET)
        } else {
            0
        };
        let put = (0..buckets)
            .filter(|&b| self.bucket_changed(&ws.clients, b))
            .map(|b| {
                let end = ((b + 1) * BUCKET).min(ws.clients.len());
                (b as u32, bucket_json(&ws.clients[b * BUCKET..end]))
            })
            .collect();
        Changes {
            header: header_json(ws),
            buckets: buckets as u32,
            put,
            delete: (buckets..before).map(|b| b as u32).collect(),
            full: !self.known,
        }
    }
}
