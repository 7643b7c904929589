//! The e2e test of the participant's ballot page (`tests/e2e/ballot.spec.mjs`) opens
//! `/kam/#join=<code>` with the invite to the demo workspace's session, kept in
//! `tests/e2e/fixtures/demo-invite.txt` (the e2e suite cannot call Rust). This guards
//! that the file is exactly the code of that invite, so it follows the demo and the
//! codec. Regenerate it with
//! `UPDATE_DEMO=1 cargo test --no-default-features --test ballot_fixture`.

use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::workshop::codec::{decode_invite, encode_invite, Invite};

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/e2e/fixtures/demo-invite.txt"
);

#[test]
fn the_e2e_invite_is_the_demo_session_invite() {
    let ws = demo_workspace();
    let invite = Invite::from_workshop(&ws, &ws.workshops[0]);
    // What the e2e spec relies on.
    assert_eq!(invite.title, "ГК «Северный квартал» глазами клиента");
    assert_eq!(invite.company, "СтройРесурс");
    assert_eq!(invite.criteria[0], "Цена");
    assert_eq!((invite.criteria.len(), invite.subjects()), (10, 5));
    invite.check().unwrap();
    let code = encode_invite(&invite);
    if std::env::var_os("UPDATE_DEMO").is_some() {
        std::fs::write(PATH, &code).expect("write tests/e2e/fixtures/demo-invite.txt");
    }
    let actual =
        std::fs::read_to_string(PATH).expect("tests/e2e/fixtures/demo-invite.txt is missing");
    assert!(
        actual == code,
        "tests/e2e/fixtures/demo-invite.txt is out of date: run \
         UPDATE_DEMO=1 cargo test --no-default-features --test ballot_fixture"
    );
    assert_eq!(decode_invite(&actual).unwrap(), invite);
}
