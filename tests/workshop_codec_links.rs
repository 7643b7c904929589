//! Workshop links, pasted text and QR codes.

use kam_studio::engine::workshop::codec::*;

const BASE: &str = "https://kam.example.ru/kam/";

fn invite() -> Invite {
    Invite {
        token: "tok".into(),
        round: 1,
        title: "Гранит глазами клиента".into(),
        client: None,
        company: "СтройРесурс".into(),
        criteria: vec!["Цена".into(), "Сроки поставки".into()],
        rivals: vec!["ТехноСталь".into()],
    }
}

fn ballot() -> BallotCode {
    BallotCode {
        token: "tok".into(),
        round: 1,
        id: "b1".into(),
        participant: String::new(),
        ratings: vec![vec![Some(7), None], vec![Some(3), Some(10)]],
    }
}

#[test]
fn links_put_the_code_in_the_fragment() {
    assert_eq!(
        invite_link(BASE, "AbC"),
        "https://kam.example.ru/kam/#join=AbC"
    );
    assert_eq!(
        ballot_link(BASE, "x-_"),
        "https://kam.example.ru/kam/#ballot=x-_"
    );
    // The facilitator's own address may already carry a fragment.
    assert_eq!(
        invite_link("https://h/kam/index.html#ws/3", "AbC"),
        "https://h/kam/index.html#join=AbC"
    );
    assert_eq!(invite_link("", "AbC"), "#join=AbC");
}

#[test]
fn fragments_are_recognised() {
    let join = Some(Fragment::Join("AbC".into()));
    for text in [
        "#join=AbC",
        "join=AbC",
        "  #join=AbC \n",
        "https://kam.example.ru/kam/#join=AbC",
        "Ссылка: https://kam.example.ru/kam/#join=AbC. Спасибо!",
        "#join=AbC&utm=1",
    ] {
        assert_eq!(parse_fragment(text), join, "{text:?}");
    }
    let ballot = parse_fragment("#ballot=x_-9").unwrap();
    assert_eq!((ballot.kind(), ballot.code()), (Kind::Ballot, "x_-9"));
    for text in [
        "",
        "#",
        "#join=",
        "#ws/3",
        "AbC",
        "https://h/#other=AbC",
        "#join= AbC",
    ] {
        assert_eq!(parse_fragment(text), None, "{text:?}");
    }
    // The first mark counts.
    assert_eq!(
        parse_fragment("#ballot=B1 #join=J1"),
        Some(Fragment::Ballot("B1".into()))
    );
}

#[test]
fn pasted_codes_are_found() {
    let code = encode_invite(&invite());
    let b = encode_ballot(&ballot());
    assert_eq!(
        find_code(&invite_link(BASE, &code)),
        Some((Kind::Invite, code.as_str()))
    );
    assert_eq!(
        find_code(&format!("#ballot={b}")),
        Some((Kind::Ballot, b.as_str()))
    );
    // A bare code: its kind is read from its content.
    assert_eq!(
        find_code(&format!("  {code}\n")),
        Some((Kind::Invite, code.as_str()))
    );
    assert_eq!(find_code(&b), Some((Kind::Ballot, b.as_str())));
    assert_eq!(find_code(&code[..code.len() - 3]), None);
    assert_eq!(find_code("просто текст"), None);

    assert_eq!(
        decode_pasted(&format!("Вот: {BASE}#join={code}")),
        Ok(Code::Invite(invite()))
    );
    assert_eq!(
        decode_pasted(&ballot_link(BASE, &b)),
        Ok(Code::Ballot(ballot()))
    );
    assert_eq!(decode_pasted(&format!(" {b} ")), Ok(Code::Ballot(ballot())));
    assert_eq!(decode_any(&code), Ok(Code::Invite(invite())));
    assert_eq!(
        decode_pasted(&code[..code.len() - 3]),
        Err(CodeError::Damaged)
    );
    let cut = invite_link(BASE, &code[..code.len() - 3]);
    assert_eq!(decode_pasted(&cut), Err(CodeError::Damaged));
}

#[test]
fn qr_codes_hold_the_link() {
    let link = invite_link(BASE, &encode_invite(&invite()));
    let qr = qr_for(&link).unwrap();
    assert_eq!(qr.size, 17 + 4 * usize::from(qr.version));
    assert_eq!(qr.modules.len(), qr.size * qr.size);
    // The three finder patterns' outer corners are dark, the fourth corner's light.
    let last = qr.size - 1;
    assert!(qr.dark(0, 0) && qr.dark(last, 0) && qr.dark(0, last));
    assert!(!qr.dark(7, 7) && !qr.dark(last - 7, 7) && !qr.dark(7, last - 7));

    let path = svg_path(&qr);
    assert!(path.starts_with("M0 0h7v1h-7z"), "{path}");
    // Each run drawn once: the runs' lengths add up to the dark modules.
    let dark = qr.modules.iter().filter(|&&d| d).count();
    let drawn: usize = path
        .split('h')
        .skip(1)
        .step_by(2)
        .map(|s| s.split('v').next().unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(drawn, dark);
    let side = qr.size + 2 * QUIET_ZONE;
    assert_eq!(svg_view_box(&qr), format!("-4 -4 {side} {side}"));
}

#[test]
fn qr_codes_have_limits() {
    assert_eq!(qr_for(&"x".repeat(2954)), Err(CodeError::TooLongForQr));
    assert!(qr_for(&"x".repeat(2000)).is_ok());
    assert_eq!(qr_for("").unwrap().version, 1);
    assert_eq!(
        CodeError::TooLongForQr.to_string(),
        "the text is too long for a QR code"
    );
}
