//! The QR code of a link, as a grid of modules and as SVG path data.
//!
//! Error correction level M (15 % of the symbol may be lost: a phone camera at an
//! angle, a projector's glare), raised to Q or H when that fits in the same version.

use super::error::CodeError;
use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write;

/// The light margin a QR reader needs around the symbol, in modules. The symbol itself
/// does not include it: the caller's `viewBox` adds it (see [`svg_view_box`]).
pub const QUIET_ZONE: usize = 4;

/// Most bytes a QR code holds (version 40, level L); longer text is refused at once.
const MAX_QR_BYTES: usize = 2953;

/// A QR code symbol without its quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// The QR version, 1..=40 (the symbol is `17 + 4 × version` modules wide).
    pub version: u8,
    /// Modules per side.
    pub size: usize,
    /// Whether each module is dark, row by row from the top left: `size × size`.
    pub modules: Vec<bool>,
}

impl Qr {
    /// Whether the module in column `x`, row `y` is dark; outside the symbol, light.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size
            && self
                .modules
                .get(y * self.size + x)
                .copied()
                .unwrap_or(false)
    }
}

/// The QR code of `text` (byte, alphanumeric or numeric mode as fits), level M or
/// better, the smallest version that holds it.
pub fn qr_for(text: &str) -> Result<Qr, CodeError> {
    if text.len() > MAX_QR_BYTES {
        return Err(CodeError::TooLongForQr);
    }
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| CodeError::TooLongForQr)?;
    let size = usize::try_from(code.size()).unwrap_or(0);
    let side = code.size();
    let modules = (0..side)
        .flat_map(|y| (0..side).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y))
        .collect();
    Ok(Qr {
        version: code.version().value(),
        size,
        modules,
    })
}

/// SVG path data drawing the dark modules in module units, one rectangle per run of
/// dark modules in a row: `M{x} {y}h{run}v1h-{run}z`. The symbol spans `0..size`; draw
/// it with `viewBox` [`svg_view_box`] (which adds the quiet zone), a light background,
/// a dark `fill` and `shape-rendering="crispEdges"`.
pub fn svg_path(qr: &Qr) -> String {
    let mut d = String::new();
    for y in 0..qr.size {
        let mut x = 0;
        while x < qr.size {
            if !qr.dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < qr.size && qr.dark(x, y) {
                x += 1;
            }
            let run = x - start;
            let _ = write!(d, "M{start} {y}h{run}v1h-{run}z");
        }
    }
    d
}

/// The SVG `viewBox` for [`svg_path`] with the quiet zone on every side:
/// `-4 -4 {size + 8} {size + 8}`.
pub fn svg_view_box(qr: &Qr) -> String {
    let q = QUIET_ZONE;
    let side = qr.size + 2 * q;
    format!("-{q} -{q} {side} {side}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_makes_a_small_symbol() {
        let qr = qr_for("HELLO").unwrap();
        assert_eq!(qr.version, 1);
        assert_eq!(qr.size, 21);
        assert_eq!(qr.modules.len(), 21 * 21);
        // The finder pattern's corner and the timing pattern.
        assert!(qr.dark(0, 0) && qr.dark(6, 6) && !qr.dark(7, 7));
        assert!(!qr.dark(21, 0) && !qr.dark(0, 21));
        assert_eq!(svg_view_box(&qr), "-4 -4 29 29");
        // The top finder row is two runs of seven.
        let path = svg_path(&qr);
        assert!(path.starts_with("M0 0h7v1h-7z"), "{path}");
    }

    #[test]
    fn too_long_a_text_is_refused() {
        assert_eq!(qr_for(&"a".repeat(3000)), Err(CodeError::TooLongForQr));
        assert_eq!(qr_for(&"я".repeat(1400)), Err(CodeError::TooLongForQr));
    }
}
