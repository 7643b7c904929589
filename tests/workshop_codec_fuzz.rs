//! Decoding workshop codes never panics (a wasm panic kills the page): random text,
//! random content behind a valid envelope, and valid codes changed or cut short all
//! give an error or a value that round-trips.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use kam_studio::engine::workshop::codec::*;
use proptest::prelude::*;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Any text, biased towards what names look like.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[а-яА-ЯёЁ ,.()«»-]{0,30}",
        "[A-Za-z0-9_-]{1,24}",
        any::<String>().prop_map(|s| s.chars().take(40).collect()),
    ]
}

fn invite() -> impl Strategy<Value = Invite> {
    (
        text(),
        1u8..=5,
        text(),
        proptest::option::of(text()),
        text(),
        proptest::collection::vec(text(), 1..=40),
        proptest::collection::vec(text(), 0..=12),
    )
        .prop_map(
            |(token, round, title, client, company, criteria, rivals)| Invite {
                token,
                round,
                title,
                client,
                company,
                criteria,
                rivals,
            },
        )
}

fn ballot() -> impl Strategy<Value = BallotCode> {
    (1usize..=40, 1usize..=13)
        .prop_flat_map(|(criteria, subjects)| {
            let cell = proptest::option::of(1u8..=10);
            let row = proptest::collection::vec(cell, subjects);
            (
                text(),
                1u8..=5,
                text(),
                text(),
                proptest::collection::vec(row, criteria),
            )
        })
        .prop_map(|(token, round, id, participant, ratings)| BallotCode {
            token,
            round,
            id,
            participant,
            ratings,
        })
}

/// Decodes `code` every way; whatever decodes must re-encode to an equal value.
fn decode_all_ways(code: &str) {
    if let Ok(invite) = decode_invite(code) {
        assert_eq!(decode_invite(&encode_invite(&invite)), Ok(invite));
    }
    if let Ok(ballot) = decode_ballot(code) {
        assert_eq!(decode_ballot(&encode_ballot(&ballot)), Ok(ballot));
    }
    let _ = decode_pasted(code);
    let _ = find_code(code);
    let _ = parse_fragment(code);
}

/// `code` with the character at `at` replaced by the one `by` places on in the alphabet.
fn changed(code: &str, at: usize, by: usize) -> String {
    let mut bytes = code.as_bytes().to_vec();
    let i = at % bytes.len();
    let old = ALPHABET.iter().position(|&c| c == bytes[i]).unwrap_or(0);
    bytes[i] = ALPHABET[(old + 1 + by % 63) % 64];
    String::from_utf8(bytes).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_text_never_panics(s in any::<String>()) {
        decode_all_ways(&s);
    }

    #[test]
    fn random_base64_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        decode_all_ways(&URL_SAFE_NO_PAD.encode(&bytes));
    }

    #[test]
    fn random_content_never_panics(
        kind in 1u8..=2,
        body in proptest::collection::vec(
            prop_oneof![any::<u8>(), 0u8..=12, Just(0xFF), Just(0xFE)], 0..400),
    ) {
        let payload = [&[1, kind][..], &body].concat();
        let code = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(&payload, 6));
        decode_all_ways(&code);
    }

    #[test]
    fn mutated_content_never_panics(
        invite in invite(),
        ballot in ballot(),
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..3), 1..4),
    ) {
        for code in [encode_invite(&invite), encode_ballot(&ballot)] {
            let packed = URL_SAFE_NO_PAD.decode(&code).unwrap();
            let mut payload = miniz_oxide::inflate::decompress_to_vec_zlib(&packed).unwrap();
            for &(at, value, how) in &edits {
                let i = at % (payload.len() + 1);
                match how {
                    0 if i < payload.len() => payload[i] = value,
                    1 => payload.insert(i, value),
                    _ if i < payload.len() => { payload.remove(i); }
                    _ => payload.push(value),
                }
            }
            let packed = miniz_oxide::deflate::compress_to_vec_zlib(&payload, 6);
            decode_all_ways(&URL_SAFE_NO_PAD.encode(packed));
        }
    }

    #[test]
    fn invites_round_trip(invite in invite()) {
        prop_assert!(invite.check().is_ok());
        let code = encode_invite(&invite);
        prop_assert_eq!(decode_invite(&code), Ok(invite.clone()));
        prop_assert_eq!(decode_pasted(&invite_link("https://h/", &code)), Ok(Code::Invite(invite)));
    }

    #[test]
    fn ballots_round_trip(ballot in ballot()) {
        prop_assert!(ballot.check().is_ok());
        let code = encode_ballot(&ballot);
        prop_assert_eq!(decode_ballot(&code), Ok(ballot.clone()));
        prop_assert_eq!(decode_pasted(&ballot_link("https://h/", &code)), Ok(Code::Ballot(ballot)));
    }

    #[test]
    fn changed_invites_fail_or_round_trip(invite in invite(), at in any::<usize>(), by in any::<usize>()) {
        let code = changed(&encode_invite(&invite), at, by);
        match decode_invite(&code) {
            Ok(read) => prop_assert_eq!(read, invite),
            Err(e) => prop_assert!(matches!(e, CodeError::Damaged | CodeError::NotACode), "{e:?}"),
        }
        decode_all_ways(&code);
    }

    #[test]
    fn changed_ballots_fail_or_round_trip(ballot in ballot(), at in any::<usize>(), by in any::<usize>()) {
        let code = changed(&encode_ballot(&ballot), at, by);
        match decode_ballot(&code) {
            Ok(read) => prop_assert_eq!(read, ballot),
            Err(e) => prop_assert!(matches!(e, CodeError::Damaged | CodeError::NotACode), "{e:?}"),
        }
        decode_all_ways(&code);
    }

    #[test]
    fn truncated_codes_fail(invite in invite(), ballot in ballot(), at in any::<usize>()) {
        for code in [encode_invite(&invite), encode_ballot(&ballot)] {
            let cut = &code[..at % code.len()];
            let e = decode_any(cut).unwrap_err();
            prop_assert!(matches!(e, CodeError::Damaged | CodeError::NotACode), "{e:?}");
            decode_all_ways(cut);
        }
    }
}
