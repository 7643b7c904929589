//! The workshop codes: invites and ballots survive the trip by link, QR code or pasted
//! text, and anything else is refused with a clear error. (Random and mutated codes:
//! `workshop_codec_fuzz.rs`.)

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use kam_studio::engine::model::{
    Ballot, ClientId, Competitor, CompetitorId, Round, Workshop, WorkshopCriterion, WorkshopId,
    Workspace,
};
use kam_studio::engine::workshop::codec::*;
use rust_decimal::Decimal;

const BASE: &str = "https://kam.example.ru/kam/";

/// The realistic session of the required figure: 12 criteria, us and 5 competitors,
/// a 12-character random token; the client's name not shared.
fn session() -> Invite {
    Invite {
        token: "q7Fh2kLm9xZa".into(),
        round: 1,
        title: "Северсталь-Строй глазами клиента".into(),
        client: None,
        company: "СтройРесурс".into(),
        criteria: [
            "Цена",
            "Условия оплаты (отсрочка)",
            "Сроки поставки",
            "Ширина ассортимента",
            "Стабильность качества",
            "Техническая поддержка",
            "Логистика и доставка",
            "Документооборот (ЭДО)",
            "Гибкость в нестандартных заказах",
            "Репутация бренда",
            "Скорость реакции менеджера",
            "Программа лояльности и бонусы",
        ]
        .map(String::from)
        .to_vec(),
        rivals: [
            "ТехноСталь",
            "МеталлТорг",
            "Северный прокат",
            "УралСнаб",
            "ПромМеталл",
        ]
        .map(String::from)
        .to_vec(),
    }
}

/// A full ballot of `criteria × subjects` (every rating set) by a named participant.
fn ballot(criteria: usize, subjects: usize) -> BallotCode {
    BallotCode {
        token: "q7Fh2kLm9xZa".into(),
        round: 2,
        id: "b3fK9x2LqW7p".into(),
        participant: "Анна Петрова".into(),
        ratings: (0..criteria)
            .map(|c| {
                (0..subjects)
                    .map(|s| Some(((c * 7 + s * 3) % 10 + 1) as u8))
                    .collect()
            })
            .collect(),
    }
}

/// The code of a hand-made payload (version byte, kind byte, body).
fn sealed(payload: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(payload, 6))
}

#[test]
fn the_required_figure_12_criteria_5_competitors() {
    // Measured: code 363 characters, link 396, QR version 15 at level M (version 15
    // holds 412 bytes, 14 holds 362). With the client's name «Северсталь-Строй» shared:
    // link 400, still version 15; with a 20-character token: 401. (Texts with one byte
    // a letter in Unicode order and length prefixes gave 451, version 17.)
    let invite = session();
    let code = encode_invite(&invite);
    let link = invite_link(BASE, &code);
    assert_eq!(decode_invite(&code).unwrap(), invite);
    assert!(link.len() <= 400, "{} characters", link.len());
    let qr = qr_for(&link).unwrap();
    assert!(qr.version <= 15, "version {}", qr.version);
    assert_eq!(qr.size, 17 + 4 * usize::from(qr.version));

    let shared = Invite {
        client: Some("Северсталь-Строй".into()),
        ..session()
    };
    let link = invite_link(BASE, &encode_invite(&shared));
    assert!(link.len() <= 404, "{} characters", link.len());
    assert!(qr_for(&link).unwrap().version <= 15);
}

#[test]
fn the_ballot_figure_12_criteria_6_subjects() {
    // Measured: code 124 characters (36 bytes of ratings), link 159, QR version 9;
    // the same with random ratings. (40 × 13 random ratings: code 423, version 17.)
    let b = ballot(12, 6);
    let code = encode_ballot(&b);
    assert!(code.len() <= 128, "{} characters", code.len());
    assert_eq!(decode_ballot(&code).unwrap(), b);
    let qr = qr_for(&ballot_link(BASE, &code)).unwrap();
    assert!(qr.version <= 9, "version {}", qr.version);
}

#[test]
fn invites_round_trip() {
    let big = Invite {
        token: "demo-severny-kvartal".into(),
        round: 5,
        title: "Сессия № 2 — «Гранит» × 40".into(),
        client: Some(String::new()),
        company: "ООО «Ёлка & Ко»".into(),
        criteria: (1..=40)
            .map(|i| format!("Критерий {i}: ёмкость, €, 😀"))
            .collect(),
        rivals: (1..=12)
            .map(|i| format!("Конкурент {i} (Ґ, é, \t)"))
            .collect(),
    };
    for invite in [session(), big] {
        invite.check().unwrap();
        assert_eq!(decode_invite(&encode_invite(&invite)).unwrap(), invite);
    }
    // The largest legal invite: every text at its limit, in 4-byte characters.
    let long = "😀".repeat(200);
    let largest = Invite {
        token: long.clone(),
        title: long.clone(),
        client: Some(long.clone()),
        company: long.clone(),
        criteria: vec![long.clone(); 40],
        rivals: vec![long.clone(); 12],
        ..session()
    };
    assert_eq!(decode_invite(&encode_invite(&largest)).unwrap(), largest);
}

#[test]
fn ballots_round_trip() {
    let mut unknown = ballot(40, 13);
    unknown.participant = String::new();
    unknown.ratings = vec![vec![None; 13]; 40];
    let mut mixed = ballot(40, 13);
    mixed.participant = "Пётр «Шеф» Ёлкин".into();
    mixed.ratings[3][5] = None;
    mixed.ratings[39][12] = Some(10);
    let mut odd = ballot(3, 3);
    odd.token = "токен с пробелом".into();
    for b in [ballot(12, 6), unknown, mixed, odd, ballot(1, 1)] {
        b.check().unwrap();
        assert_eq!(decode_ballot(&encode_ballot(&b)).unwrap(), b);
    }
}

#[test]
fn ballots_convert_to_the_model() {
    let model = Ballot {
        id: "x1".into(),
        participant: "Иван".into(),
        ratings: vec![vec![Some(3), None], vec![Some(10), Some(1)]],
    };
    let code = BallotCode::from_ballot("tok", 2, &model);
    assert_eq!((code.criteria(), code.subjects()), (2, 2));
    let back = decode_ballot(&encode_ballot(&code)).unwrap();
    assert_eq!((back.token.as_str(), back.round), ("tok", 2));
    assert_eq!(back.into_ballot(), model);
}

#[test]
fn an_invite_is_made_from_a_workshop() {
    let mut ws = Workspace::empty("Тест", 2027);
    ws.company.name = "СтройРесурс".into();
    for (id, name) in [(1, "ТехноСталь"), (2, "УралСнаб")] {
        ws.competitors.push(Competitor {
            id: CompetitorId(id),
            name: name.into(),
            note: String::new(),
        });
    }
    let mut client = kam_studio::engine::model::Client::new(ClientId(7), "Гранит");
    client.segment = "Девелопер".into();
    ws.clients.push(client.into());
    let mut w = Workshop {
        id: WorkshopId(1),
        token: "t0k3n".into(),
        name: "Гранит глазами клиента".into(),
        client: Some(ClientId(7)),
        share_client_name: false,
        anonymous: true,
        criteria: vec![WorkshopCriterion {
            name: "Цена".into(),
            importance: Decimal::from(30),
        }],
        rivals: vec![CompetitorId(2), CompetitorId(1)],
        rounds: vec![Round::default(), Round::default()],
    };
    let invite = Invite::from_workshop(&ws, &w);
    assert_eq!(invite.client, None);
    assert_eq!((invite.round, invite.subjects()), (2, 3));
    assert_eq!(invite.rivals, ["УралСнаб", "ТехноСталь"]);
    assert_eq!(
        (invite.company.as_str(), invite.token.as_str()),
        ("СтройРесурс", "t0k3n")
    );
    w.share_client_name = true;
    assert_eq!(
        Invite::from_workshop(&ws, &w).client.as_deref(),
        Some("Гранит")
    );
}

#[test]
fn damaged_and_truncated_codes_are_refused() {
    let code = encode_invite(&session());
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for i in 0..code.len() {
        for shift in [1, 17, 40] {
            let mut bytes = code.clone().into_bytes();
            let at = alphabet.iter().position(|&c| c == bytes[i]).unwrap();
            bytes[i] = alphabet[(at + shift) % 64];
            let changed = String::from_utf8(bytes).unwrap();
            // A change in the zero bits that pad deflate's last byte changes nothing.
            match decode_invite(&changed) {
                Ok(same) => assert_eq!(same, session(), "{i}"),
                Err(err) => assert!(
                    matches!(err, CodeError::Damaged | CodeError::NotACode),
                    "{i}: {err:?}"
                ),
            }
        }
        let err = decode_invite(&code[..i]).unwrap_err();
        assert!(
            matches!(err, CodeError::Damaged | CodeError::NotACode),
            "{i}: {err:?}"
        );
    }
    let mut changed = code.clone().into_bytes();
    changed[100] = if changed[100] == b'A' { b'B' } else { b'A' };
    let err = decode_invite(std::str::from_utf8(&changed).unwrap()).unwrap_err();
    assert_eq!(err, CodeError::Damaged);
    assert_eq!(
        err.to_string(),
        "the code is damaged or incomplete; copy it again in full"
    );
    assert_eq!(decode_invite(&code[..200]), Err(CodeError::Damaged));
}

#[test]
fn what_is_not_a_code_says_so() {
    for text in [
        "",
        "   ",
        "привет",
        "hello world",
        "abc",
        "#join=",
        "a+b/c==",
    ] {
        assert_eq!(decode_invite(text), Err(CodeError::NotACode), "{text:?}");
        assert_eq!(decode_pasted(text), Err(CodeError::NotACode), "{text:?}");
    }
    assert_eq!(
        CodeError::NotACode.to_string(),
        "this is not a KAM Studio code"
    );
}

#[test]
fn the_wrong_kind_is_named() {
    let invite = encode_invite(&session());
    let ballot = encode_ballot(&ballot(12, 6));
    let err = decode_ballot(&invite).unwrap_err();
    assert_eq!(
        err,
        CodeError::WrongKind {
            expected: Kind::Ballot,
            found: Kind::Invite
        }
    );
    assert_eq!(
        err.to_string(),
        "this is a session invite code, but a ballot code was expected"
    );
    assert!(matches!(
        decode_invite(&ballot),
        Err(CodeError::WrongKind {
            expected: Kind::Invite,
            found: Kind::Ballot
        })
    ));
}

#[test]
fn intact_codes_with_bad_content_are_invalid() {
    assert_eq!(
        decode_invite(&sealed(&[2, 1, 9, 9])),
        Err(CodeError::NewerVersion)
    );
    assert!(CodeError::NewerVersion
        .to_string()
        .contains("newer version"));
    let invalid = |code: &str| match decode_ballot(code) {
        Err(CodeError::Invalid { what }) => what,
        other => panic!("{other:?}"),
    };
    // Ballot: version 1, kind 2, token "t", round 1, id "i", no name, then the grid.
    let ballot = |tail: &[u8]| [&[1, 2, 7, 0, 1, 5, 0, 0][..], tail].concat();
    assert!(decode_ballot(&sealed(&ballot(&[1, 2, 0x1A]))).is_ok());
    assert_eq!(
        invalid(&sealed(&ballot(&[1, 2, 0x1B]))),
        "rating out of range"
    );
    assert_eq!(
        invalid(&sealed(&ballot(&[1, 1, 0x11]))),
        "malformed rating grid"
    );
    assert_eq!(invalid(&sealed(&ballot(&[41, 1]))), "too many criteria");
    assert_eq!(invalid(&sealed(&ballot(&[1, 14]))), "too many subjects");
    assert_eq!(
        invalid(&sealed(&ballot(&[1, 2]))),
        "the content ends too early"
    );
    assert_eq!(
        invalid(&sealed(&ballot(&[1, 2, 0x1A, 0]))),
        "unexpected data after the content"
    );
    assert_eq!(invalid(&sealed(&[0, 2])), "format version 0");
    assert_eq!(invalid(&sealed(&[1, 3])), "unknown kind");
    assert_eq!(invalid(&sealed(&[1, 2, 0xFE])), "malformed text");
    let mut zero_round = ballot(&[1, 2, 0x1A]);
    zero_round[4] = 0;
    assert_eq!(invalid(&sealed(&zero_round)), "round number out of range");
    let err = CodeError::Invalid {
        what: "rating out of range",
    };
    assert_eq!(
        err.to_string(),
        "the code holds invalid data: rating out of range"
    );
    // Inflating to more than 64 KiB stops there.
    let huge = sealed(&vec![0; 70_000]);
    assert_eq!(invalid(&huge), "the content is too large");
}
