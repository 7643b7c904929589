//! Which text encoding a CSV file's bytes are in, so the browser can decode them.

/// A text encoding of a CSV file, as the browser's `TextDecoder` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark (Excel's "CSV UTF-8", LibreOffice,
    /// Google Sheets, KAM Studio's own export).
    Utf8,
    /// Windows-1251, the Cyrillic code page of Russian Excel's plain "CSV" and of 1C.
    Windows1251,
    /// UTF-16 little-endian with a byte-order mark (Excel's "Unicode text", tab-separated).
    Utf16Le,
}

impl Encoding {
    /// The label to pass to `new TextDecoder(label)`.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Windows1251 => "windows-1251",
            Encoding::Utf16Le => "utf-16le",
        }
    }
}

/// Guesses the encoding of a CSV file from its bytes.
///
/// A UTF-16 LE byte-order mark (`FF FE`) means [`Encoding::Utf16Le`]; bytes that are
/// valid UTF-8 (after an optional UTF-8 byte-order mark `EF BB BF`) mean
/// [`Encoding::Utf8`]; anything else is taken for [`Encoding::Windows1251`]. The rule
/// is safe because Cyrillic text in Windows-1251 is practically never valid UTF-8:
/// its letters are bytes `C0`–`FF`, and a UTF-8 lead byte `C0`–`DF` must be followed
/// by a continuation byte `80`–`BF`, which no Cyrillic letter (bar «Ё», «ё») is.
/// Pure ASCII is UTF-8 (and reads the same in both).
pub fn guess_encoding(bytes: &[u8]) -> Encoding {
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Encoding::Utf16Le;
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if std::str::from_utf8(body).is_ok() {
        Encoding::Utf8
    } else {
        Encoding::Windows1251
    }
}
