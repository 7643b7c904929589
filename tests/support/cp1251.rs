//! Windows-1251 by hand, for the CSV import tests: the engine never decodes bytes
//! (the browser's `TextDecoder` does), so the tests carry their own small table
//! instead of a dependency.
//!
//! Bytes 00–7F are ASCII; C0–FF are «А»–«я» (U+0410–U+044F) in alphabetical order;
//! 80–BF are the table below (generated from Python's `cp1251` codec; byte 98 is
//! unassigned and maps to U+0098 as in the WHATWG encoding standard).

/// The characters of bytes 80–BF.
#[rustfmt::skip]
const HIGH: [u16; 64] = [
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
];

/// Decodes Windows-1251 bytes.
pub fn decode(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x00..=0x7F => char::from(b),
            0x80..=0xBF => {
                char::from_u32(u32::from(HIGH[usize::from(b - 0x80)])).unwrap_or('\u{fffd}')
            }
            0xC0..=0xFF => char::from_u32(0x0410 + u32::from(b - 0xC0)).unwrap_or('\u{fffd}'),
        })
        .collect()
}

/// Encodes text into Windows-1251; characters it lacks become `?`.
pub fn encode(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match u32::from(c) {
            code @ 0x00..=0x7F => code as u8,
            code @ 0x0410..=0x044F => (code - 0x0410) as u8 + 0xC0,
            code => HIGH
                .iter()
                .position(|&h| u32::from(h) == code)
                .map_or(b'?', |i| i as u8 + 0x80),
        })
        .collect()
}
