//! The file format: envelope, export, import of every supported version, and every
//! way an import is refused — each with the path of the field that is wrong.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::format::*;
use kam_studio::engine::model::*;
use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::potential::PotentialYear;
use kam_studio::engine::profile::ClassRule;
use kam_studio::engine::profitability::CostToServe;
use rust_decimal_macros::dec;
use serde_json::{json, Value};

const FIXTURE_V1: &str = include_str!("fixtures/workspace-v1.json");
const FIXTURE_V2: &str = include_str!("fixtures/workspace-v2.json");
const FIXTURE_V3: &str = include_str!("fixtures/workspace-v3.json");
const FIXTURE_V4: &str = include_str!("fixtures/workspace-v4.json");

fn at_10_15() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 10, 15, 0).unwrap()
}

fn fixture() -> Value {
    serde_json::from_str(FIXTURE_V1).unwrap()
}

fn import_value(doc: &Value) -> Result<Imported, ImportError> {
    import_json(&doc.to_string())
}

/// The problems of a refused import, as `(path, kind)` pairs, and their total.
fn problems(result: Result<Imported, ImportError>) -> (Vec<(String, ProblemKind)>, usize) {
    match result {
        Err(ImportError::Problems { problems, total }) => (
            problems.into_iter().map(|p| (p.path, p.kind)).collect(),
            total,
        ),
        other => panic!("expected Problems, got {other:?}"),
    }
}

fn one_problem(path: &str, kind: ProblemKind) -> (Vec<(String, ProblemKind)>, usize) {
    (vec![(path.to_owned(), kind)], 1)
}

#[test]
fn the_demo_survives_export_and_import_unchanged() {
    // Guards the round trip: nothing of the workspace may be lost or altered by a file.
    let ws = demo_workspace();
    let imported = import_json(&export_json(&ws, Some(at_10_15()))).unwrap();
    assert_eq!(imported.workspace, ws);
    assert_eq!(imported.version_read, 4);
    assert_eq!(imported.exported_at, Some(at_10_15()));
    // Exporting is deterministic: same workspace and time, same bytes.
    assert_eq!(
        export_json(&ws, Some(at_10_15())),
        export_json(&imported.workspace, Some(at_10_15()))
    );
}

#[test]
fn the_envelope_header_is_exact() {
    // Guards the envelope: field names, their order, the UTC timestamp and the app tag.
    let text = export_json(&demo_workspace(), Some(at_10_15()));
    let app = concat!("kam-studio ", env!("CARGO_PKG_VERSION"));
    let head = format!(
        "{{\"format\":\"kam-studio/workspace\",\"version\":4,\
         \"exported_at\":\"2026-11-22T10:15:00Z\",\"app\":\"{app}\",\
         \"workspace\":{{\"name\":\"Демо: СтройРесурс\","
    );
    assert!(text.starts_with(&head), "{}", &text[..300]);
    assert_eq!(
        (FORMAT, CURRENT_VERSION, APP),
        ("kam-studio/workspace", 4, app)
    );
    // Money stays a string in the file.
    assert!(text.contains("\"discount_rate\":\"0.18\""));

    // Sub-second precision is dropped; no timestamp is written as null.
    let with_ms = at_10_15() + chrono::Duration::milliseconds(250);
    let doc: Value = serde_json::from_str(&export_json(&demo_workspace(), Some(with_ms))).unwrap();
    assert_eq!(doc["exported_at"], json!("2026-11-22T10:15:00Z"));
    let doc: Value = serde_json::from_str(&export_json(&demo_workspace(), None)).unwrap();
    assert_eq!(doc["exported_at"], Value::Null);
    assert_eq!(import_value(&doc).unwrap().exported_at, None);
}

#[test]
fn file_names_keep_letters_of_any_script_and_replace_the_rest() {
    // Guards export file names: Cyrillic kept, «» : / etc. never reach the file system.
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let name = |n: &str| export_file_name(n, day);
    assert_eq!(
        name("Демо: СтройРесурс"),
        "Демо-СтройРесурс-2026-11-22.json"
    );
    assert_eq!(
        name("  ГК «Северный квартал» / 2027?  "),
        "ГК-Северный-квартал-2027-2026-11-22.json"
    );
    assert_eq!(
        name(r#"C:\Users\x*y<>|"план".json"#),
        "C-Users-x-y-план-json-2026-11-22.json"
    );
    assert_eq!(name("Ёлка 東京 café"), "Ёлка-東京-café-2026-11-22.json");
    assert_eq!(name(""), "kam-studio-2026-11-22.json");
    assert_eq!(name(" «» : ?? "), "kam-studio-2026-11-22.json");
    // 70 letters are cut to 60; a cut that ends on a separator loses the dash too.
    assert_eq!(
        name(&"я".repeat(70)),
        format!("{}-2026-11-22.json", "я".repeat(60))
    );
    let cut_at_dash = format!("{} b", "a".repeat(59));
    assert_eq!(
        name(&cut_at_dash),
        format!("{}-2026-11-22.json", "a".repeat(59))
    );
}

#[test]
fn the_v1_fixture_still_loads() {
    // Guards backward compatibility: a file written in version 1 must load forever.
    let imported = import_json(FIXTURE_V1).unwrap();
    let ws = &imported.workspace;
    assert_eq!(imported.version_read, 1);
    assert_eq!(imported.exported_at, Some(at_10_15()));
    assert_eq!(ws.name, "Фикстура v1: Кровля-Сервис");
    assert_eq!((ws.company.kam_count, ws.company.accounts_per_kam), (2, 5));
    assert_eq!(ws.settings.discount_rate, Rate(dec!(0.16)));
    assert_eq!(ws.horizon().collect::<Vec<_>>(), vec![2027, 2028, 2029]);

    let overdue = &ws.criteria[1];
    assert_eq!(overdue.direction, Direction::LowerIsBetter);
    assert_eq!(
        overdue.scale,
        Scale::Bands {
            bands: vec![
                Band {
                    from: dec!(0),
                    score: dec!(100)
                },
                Band {
                    from: dec!(15),
                    score: dec!(70)
                },
                Band {
                    from: dec!(45),
                    score: dec!(20)
                },
            ]
        }
    );
    assert_eq!(
        overdue.gate,
        Some(Gate {
            min: None,
            max: Some(dec!(60))
        })
    );
    assert_eq!(
        ws.criteria[0].scale,
        Scale::Linear {
            low: dec!(0),
            high: dec!(400)
        }
    );
    assert_eq!(ws.criteria[0].gate, None);

    let north = &ws.clients[0];
    assert_eq!(north.revenue, Money(dec!(125000000.50)));
    assert_eq!(north.gross_margin, Rate(dec!(0.215)));
    assert!(north.vip);
    assert_eq!(north.values[&CriterionId(2)], dec!(12));
    assert_eq!(ws.clients[1].gross_margin, Rate(dec!(-0.04)));
    assert_eq!(ws.clients[1].values[&CriterionId(1)], dec!(18.5));
    let prospect = &ws.clients[2];
    assert_eq!(
        (prospect.id, prospect.status),
        (ClientId(5), ClientStatus::Prospect)
    );
    assert_eq!(prospect.revenue, Money::ZERO);
    assert_eq!(prospect.values.len(), 1);
    assert_eq!(ws.competitors[1].name, "Регион-Смесь");

    assert_eq!(
        imported.preview,
        Preview {
            name: "Фикстура v1: Кровля-Сервис".into(),
            company: "Кровля-Сервис".into(),
            clients: 3,
            criteria: 2,
            competitors: 2,
            client_names: vec![
                "ГК «Северный квартал»".into(),
                "ООО «Кровельщик»".into(),
                "СЗ «Уральские дали»".into(),
            ],
        }
    );
}

#[test]
fn the_v1_fixture_gains_the_version_2_defaults() {
    // Guards the v1 → v2 step: no potential, zero cost-to-serve, unknown strength,
    // and the default class rule (key from 70, development from 50).
    let ws = import_json(FIXTURE_V1).unwrap().workspace;
    assert_eq!(ws.clients.len(), 3);
    for c in &ws.clients {
        assert_eq!(c.potential, vec![], "client {}", c.id);
        assert_eq!(c.cost_to_serve, CostToServe::default(), "client {}", c.id);
        assert_eq!(c.relative_strength, None, "client {}", c.id);
    }
    assert_eq!(
        ws.class_rule,
        ClassRule::Thresholds {
            key_from: dec!(70),
            development_from: dec!(50)
        }
    );
    assert_eq!(ws.workshops, vec![], "v2 → v3 adds an empty workshop list");
    assert_eq!(ws.offers, vec![], "v3 → v4 adds an empty offer list");
    // The migrated workspace is written back as version 4 and reads the same.
    let again = import_json(&export_json(&ws, None)).unwrap();
    assert_eq!((again.version_read, again.workspace), (4, ws));
}

#[test]
fn the_v2_fixture_loads_with_every_new_field() {
    // Guards the version 2 shape: potential, cost-to-serve, relative strength, class rule.
    let imported = import_json(FIXTURE_V2).unwrap();
    let ws = &imported.workspace;
    assert_eq!(imported.version_read, 2);
    assert_eq!(
        imported.exported_at,
        Some(Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap())
    );
    assert_eq!(ws.name, "Фикстура v2: Кровля-Сервис");
    assert_eq!(ws.horizon().collect::<Vec<_>>(), vec![2027, 2028]);
    assert_eq!(
        ws.class_rule,
        ClassRule::TopN {
            key: 1,
            development: 1
        }
    );

    let north = &ws.clients[0];
    assert_eq!(
        north.potential,
        vec![
            PotentialYear {
                year: 2027,
                consumption: Money(dec!(420000000)),
                basis: "ввод 300 тыс. м² × 14 кг/м² × 100 ₽/кг".into(),
                attainable_share: Rate(dec!(0.35)),
                margin_rate: Rate(dec!(0.2)),
            },
            PotentialYear {
                year: 2028,
                consumption: Money(dec!(450000000)),
                basis: "ввод 320 тыс. м² × 14 кг/м² × 100 ₽/кг".into(),
                attainable_share: Rate(dec!(0.4)),
                margin_rate: Rate(dec!(0.19)),
            },
        ]
    );
    assert_eq!(
        north.cost_to_serve,
        CostToServe {
            logistics: Money(dec!(1800000)),
            transport: Money(dec!(2400000)),
            courier: Money(dec!(60000)),
            manager_hours: dec!(320),
            manager_rate: Money(dec!(2500)),
            trip_expenses: Money(dec!(350000)),
            accounting_hours: dec!(120),
            accounting_rate: Money(dec!(1500)),
            discounts_bonuses: Money(dec!(3750000)),
            average_receivables: Money(dec!(15000000)),
            financing_rate: Rate(dec!(0.16)),
        }
    );
    assert_eq!(north.relative_strength, Some(dec!(1.15)));

    let prospect = &ws.clients[1];
    assert_eq!(prospect.id, ClientId(5));
    assert!(prospect.potential.is_empty());
    assert_eq!(prospect.cost_to_serve.manager_hours, dec!(40));
    assert_eq!(prospect.cost_to_serve.trip_expenses, Money(dec!(85000)));
    assert_eq!(prospect.relative_strength, None);

    // A version 2 document must carry the new fields: no silent defaults.
    let mut doc: Value = serde_json::from_str(FIXTURE_V2).unwrap();
    doc["workspace"]["clients"][1]
        .as_object_mut()
        .unwrap()
        .remove("cost_to_serve");
    assert_eq!(
        problems(import_value(&doc)),
        one_problem(
            "workspace.clients[1].cost_to_serve",
            ProblemKind::MissingField {
                field: "cost_to_serve".into()
            }
        )
    );
    let mut doc: Value = serde_json::from_str(FIXTURE_V2).unwrap();
    doc["workspace"]
        .as_object_mut()
        .unwrap()
        .remove("class_rule");
    assert_eq!(
        problems(import_value(&doc)),
        one_problem(
            "workspace.class_rule",
            ProblemKind::MissingField {
                field: "class_rule".into()
            }
        )
    );
}

#[test]
fn the_preview_lists_counts_and_the_first_five_clients() {
    // Guards the "what will be replaced" summary of the current workspace.
    let ws = demo_workspace();
    let p = preview(&ws);
    assert_eq!(
        (p.name.as_str(), p.company.as_str()),
        ("Демо: СтройРесурс", "СтройРесурс")
    );
    assert_eq!(
        (p.clients, p.criteria, p.competitors),
        (ws.clients.len(), ws.criteria.len(), 4)
    );
    let first_five: Vec<String> = ws.clients[..5].iter().map(|c| c.name.clone()).collect();
    assert_eq!(p.client_names, first_five);
}

#[test]
fn a_truncated_document_is_not_json_with_its_position() {
    // Guards the syntax error report: the user learns where the file breaks off.
    let truncated = "{\n  \"format\": \"kam-studio/workspace\",\n  \"version\": 1,\n  \"workspace\": {\"name\": \"Тест\"";
    // The file ends after the closing quote of «Тест» on line 4: `  "workspace": `
    // is 15 characters, `{"name": "Тест"` another 15, so column 30 in characters
    // (serde_json itself counts 34 bytes: each Cyrillic letter is two).
    let err = import_json(truncated).unwrap_err();
    assert_eq!(
        err,
        ImportError::NotJson {
            line: 4,
            column: 30
        }
    );
    assert_eq!(
        import_json(""),
        Err(ImportError::NotJson { line: 1, column: 0 })
    );
    assert_eq!(
        import_json("{\"format\": kam}"),
        Err(ImportError::NotJson {
            line: 1,
            column: 12
        })
    );
}

#[test]
fn documents_of_another_kind_are_not_ours() {
    // Guards recognition: only an object tagged with our format and a positive version.
    for text in [
        "{}",
        "[]",
        "42",
        "null",
        "\"kam-studio/workspace\"",
        r#"{"format":"other"}"#,
        r#"{"format":"kam-studio/workspace"}"#,
        r#"{"format":"kam-studio/workspace","version":"1"}"#,
        r#"{"format":"kam-studio/workspace","version":0}"#,
        r#"{"format":"kam-studio/workspace","version":-1}"#,
        r#"{"format":"kam-studio/workspace","version":1.5}"#,
        r#"{"format":"KAM-STUDIO/WORKSPACE","version":1}"#,
    ] {
        assert_eq!(import_json(text), Err(ImportError::NotOurFormat), "{text}");
    }
}

#[test]
fn a_newer_version_is_refused_with_both_versions() {
    // Guards forward compatibility: never guess at a format from the future.
    let mut doc = fixture();
    doc["version"] = json!(99);
    assert_eq!(
        import_value(&doc),
        Err(ImportError::TooNew {
            found: 99,
            newest: 4
        })
    );
    doc["version"] = json!(1u64 << 40);
    assert_eq!(
        import_value(&doc),
        Err(ImportError::TooNew {
            found: 1 << 40,
            newest: 4
        })
    );
    assert_eq!(
        ImportError::TooNew {
            found: 99,
            newest: 4
        }
        .to_string(),
        "the file has format version 99, this app reads versions up to 4: update the app"
    );
}

#[test]
fn a_wrong_type_names_the_field() {
    // Guards type errors: the path of the field, relative to the document.
    let with = |pointer: &str, value: Value| {
        let mut doc = fixture();
        *doc.pointer_mut(pointer).unwrap() = value;
        problems(import_value(&doc))
    };
    let decimal = "a Decimal type representing a fixed-point number";
    assert_eq!(
        with("/workspace/clients/1/revenue", json!(true)),
        one_problem(
            "workspace.clients[1].revenue",
            ProblemKind::WrongType {
                detail: format!("invalid type: boolean `true`, expected {decimal}")
            }
        )
    );
    assert_eq!(
        with("/workspace/clients/0/values/2", json!("много")),
        one_problem(
            "workspace.clients[0].values[2]",
            ProblemKind::WrongType {
                detail: format!("invalid value: string \"много\", expected {decimal}")
            }
        )
    );
    assert_eq!(
        with("/workspace/company/kam_count", json!(-1)),
        one_problem(
            "workspace.company.kam_count",
            ProblemKind::WrongType {
                detail: "invalid value: integer `-1`, expected u32".into()
            }
        )
    );
    assert_eq!(
        with("/workspace/clients/2/status", json!("vip")),
        one_problem(
            "workspace.clients[2].status",
            ProblemKind::WrongType {
                detail: "unknown variant `vip`, expected one of `current`, `prospect`, `former`"
                    .into()
            }
        )
    );
    assert_eq!(
        with("/workspace/clients/0/values", json!({ "-1": "5" })),
        one_problem(
            "workspace.clients[0].values[-1]",
            ProblemKind::WrongType {
                detail: "invalid value: integer `-1`, expected u32".into()
            }
        )
    );
    assert_eq!(
        with("/workspace/clients", json!({})),
        one_problem(
            "workspace.clients",
            ProblemKind::WrongType {
                detail: "invalid type: map, expected a sequence".into()
            }
        )
    );
}

#[test]
fn a_missing_field_is_named() {
    // Guards missing fields: the path ends with the field, the kind names it.
    let mut doc = fixture();
    doc["workspace"]["clients"][0]
        .as_object_mut()
        .unwrap()
        .remove("name");
    assert_eq!(
        problems(import_value(&doc)),
        one_problem(
            "workspace.clients[0].name",
            ProblemKind::MissingField {
                field: "name".into()
            }
        )
    );
    let problem = Problem {
        path: "workspace.clients[0].name".into(),
        kind: ProblemKind::MissingField {
            field: "name".into(),
        },
    };
    assert_eq!(
        problem.to_string(),
        "workspace.clients[0].name: required field `name` is missing"
    );

    let mut doc = fixture();
    doc.as_object_mut().unwrap().remove("workspace");
    assert_eq!(
        problems(import_value(&doc)),
        one_problem(
            "workspace",
            ProblemKind::MissingField {
                field: "workspace".into()
            }
        )
    );

    // Inside a tagged object (a criterion's scale, the class rule) a missing field of
    // its kind is named the same way; an unknown kind is a wrong type of the object.
    let mut doc = fixture();
    doc["workspace"]["criteria"][0]["scale"] = serde_json::json!({"kind": "linear", "low": "0"});
    assert_eq!(
        problems(import_value(&doc)),
        one_problem(
            "workspace.criteria[0].scale.high",
            ProblemKind::MissingField {
                field: "high".into()
            }
        )
    );
    let mut doc = fixture();
    doc["workspace"]["class_rule"] = serde_json::json!({"kind": "top_n", "key": 5});
    assert_eq!(
        problems(import_value(&doc)),
        one_problem(
            "workspace.class_rule.development",
            ProblemKind::MissingField {
                field: "development".into()
            }
        )
    );
    let mut doc = fixture();
    doc["workspace"]["criteria"][0]["scale"] = serde_json::json!({"kind": "curve"});
    let (found, total) = problems(import_value(&doc));
    assert_eq!(total, 1);
    assert_eq!(found[0].0, "workspace.criteria[0].scale.kind");
    assert!(
        matches!(&found[0].1, ProblemKind::WrongType { detail } if detail.contains("unknown variant `curve`")),
        "{found:?}"
    );

    // Optional fields take their defaults: no values, no gate, no note.
    let mut doc = fixture();
    doc["workspace"]["clients"][2]
        .as_object_mut()
        .unwrap()
        .remove("values");
    doc["workspace"]["criteria"][1]
        .as_object_mut()
        .unwrap()
        .remove("gate");
    doc["workspace"]["competitors"][0]
        .as_object_mut()
        .unwrap()
        .remove("note");
    let ws = import_value(&doc).unwrap().workspace;
    assert!(ws.clients[2].values.is_empty());
    assert_eq!(ws.criteria[1].gate, None);
    assert_eq!(ws.competitors[0].note, "");
}

#[test]
fn domain_problems_carry_document_paths() {
    // Guards validation on import: every problem, with "workspace." before its path.
    let mut doc = fixture();
    let clients = &mut doc["workspace"]["clients"];
    clients[2]["revenue"] = json!("-5");
    clients[0]["values"]["9"] = json!("1");
    clients[2]["id"] = json!(1);
    assert_eq!(
        problems(import_value(&doc)),
        (
            vec![
                (
                    "workspace.clients[2].id".into(),
                    ProblemKind::DuplicateId { id: 1 }
                ),
                (
                    "workspace.clients[0].values[9]".into(),
                    ProblemKind::UnknownCriterion { id: 9 }
                ),
                ("workspace.clients[2].revenue".into(), ProblemKind::Negative),
            ],
            3
        )
    );
}

#[test]
fn at_most_fifty_problems_are_returned_with_the_true_total() {
    // Guards the cap: a broken file of thousands of rows must not flood the dialog.
    let mut doc = fixture();
    let template = doc["workspace"]["clients"][0].clone();
    let clients: Vec<Value> = (1..=60)
        .map(|id| {
            let mut c = template.clone();
            c["id"] = json!(id);
            c["revenue"] = json!("-1");
            c
        })
        .collect();
    doc["workspace"]["clients"] = Value::Array(clients);
    let (found, total) = problems(import_value(&doc));
    assert_eq!((found.len(), total, MAX_PROBLEMS), (50, 60, 50));
    assert_eq!(
        found[49],
        (
            "workspace.clients[49].revenue".into(),
            ProblemKind::Negative
        )
    );
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing() {
    // Guards memory: 48 MiB + 1 byte is refused by size, not parsed.
    let text = " ".repeat(MAX_IMPORT_BYTES + 1);
    assert_eq!(
        import_json(&text),
        Err(ImportError::TooLarge {
            bytes: 48 * 1024 * 1024 + 1,
            max: 48 * 1024 * 1024
        })
    );
    // Exactly the limit is parsed (and is not JSON: only spaces).
    assert!(matches!(
        import_json(&text[1..]),
        Err(ImportError::NotJson { .. })
    ));
}

#[test]
fn a_byte_order_mark_and_unknown_fields_are_tolerated() {
    // Guards files touched by Windows editors or by a newer patch release.
    let mut doc = fixture();
    doc["comment"] = json!("added by hand");
    doc["workspace"]["clients"][0]["colour"] = json!("red");
    doc["exported_at"] = json!("yesterday");
    let imported = import_json(&format!("\u{feff}{doc}")).unwrap();
    assert_eq!(
        imported.workspace,
        import_json(FIXTURE_V1).unwrap().workspace
    );
    assert_eq!(imported.exported_at, None);
}

// --- Migrations, with a test-only list: v1 → v2 renames `title` to `name`,
// --- v2 → v3 adds a default `horizon_years` and needs `name` (so it must run second).

fn rename_title(mut v: Value) -> Result<Value, String> {
    let map = v.as_object_mut().ok_or("the workspace is not an object")?;
    let title = map.remove("title").ok_or("no title")?;
    map.insert("name".into(), title);
    Ok(v)
}

fn default_horizon(mut v: Value) -> Result<Value, String> {
    let map = v.as_object_mut().ok_or("the workspace is not an object")?;
    if !map.contains_key("name") {
        return Err("a version 2 workspace has a name".into());
    }
    map.entry("horizon_years").or_insert(json!(3));
    Ok(v)
}

const TEST_STEPS: &[Step] = &[
    Step {
        from: 1,
        run: rename_title,
    },
    Step {
        from: 2,
        run: default_horizon,
    },
];

#[test]
fn migration_steps_run_in_order_from_the_document_version() {
    // Guards the mechanism: v1 runs both steps (rename first), v2 only the second, v3 none.
    assert_eq!(
        migrate_with(TEST_STEPS, 1, json!({ "title": "А" })),
        Ok(json!({ "name": "А", "horizon_years": 3 }))
    );
    assert_eq!(
        migrate_with(TEST_STEPS, 2, json!({ "name": "Б", "horizon_years": 5 })),
        Ok(json!({ "name": "Б", "horizon_years": 5 }))
    );
    assert_eq!(
        migrate_with(TEST_STEPS, 3, json!({ "title": "В" })),
        Ok(json!({ "title": "В" }))
    );
    // In the wrong order the second step would meet a workspace without a name.
    let reversed = [TEST_STEPS[1], TEST_STEPS[0]];
    assert!(migrate_with(&reversed, 1, json!({ "title": "А" })).is_err());
}

#[test]
fn a_failing_or_missing_migration_step_is_reported() {
    // Guards migration errors: the version that could not be upgraded, and why.
    assert_eq!(
        migrate_with(TEST_STEPS, 1, json!({ "name": "без title" })),
        Err(ImportError::MigrationFailed {
            from: 1,
            reason: "no title".into()
        })
    );
    assert_eq!(
        migrate_with(TEST_STEPS, 2, json!({ "title": "без name" })),
        Err(ImportError::MigrationFailed {
            from: 2,
            reason: "a version 2 workspace has a name".into()
        })
    );
    let gap = [
        TEST_STEPS[0],
        Step {
            from: 3,
            run: default_horizon,
        },
    ];
    assert_eq!(
        migrate_with(&gap, 1, json!({ "title": "А" })),
        Err(ImportError::MigrationFailed {
            from: 2,
            reason: "no migration step from version 2".into()
        })
    );
    assert_eq!(
        ImportError::MigrationFailed {
            from: 1,
            reason: "no title".into()
        }
        .to_string(),
        "cannot upgrade the file from version 1: no title"
    );
}

#[test]
fn the_v3_fixture_loads_with_its_workshop() {
    // Guards the version 3 shape: a workshop with criteria, rivals, two rounds of
    // ballots with «не знаю» (null) cells, and an anonymous ballot.
    let imported = import_json(FIXTURE_V3).unwrap();
    assert_eq!(imported.version_read, 3);
    let w = &imported.workspace.workshops[0];
    assert_eq!(w.name, "Северный квартал: как нас видит клиент");
    assert_eq!(w.client, Some(ClientId(1)));
    assert!(w.anonymous && !w.share_client_name);
    let names: Vec<&str> = w.criteria.iter().map(|k| k.name.as_str()).collect();
    assert_eq!(names, ["Цена", "Сроки поставки", "Техническая поддержка"]);
    assert_eq!(w.criteria[0].importance, dec!(40));
    assert_eq!(w.rivals, vec![CompetitorId(1), CompetitorId(2)]);
    assert_eq!(w.rounds.len(), 2);
    let b = &w.rounds[0].ballots[1];
    assert_eq!((b.id.as_str(), b.participant.as_str()), ("fx-b", ""));
    assert_eq!(b.ratings[2], vec![Some(8), Some(5), None]);
    assert_eq!(
        w.rounds[1].ballots[0].ratings[0],
        vec![Some(5), Some(8), Some(8)]
    );
    assert!(
        imported.workspace.offers.is_empty(),
        "v3 → v4 adds an empty offer list"
    );
    // The v2 fixture gains an empty workshop list.
    assert!(import_json(FIXTURE_V2)
        .unwrap()
        .workspace
        .workshops
        .is_empty());
}

#[test]
fn the_v4_fixture_loads_with_its_offer() {
    // Guards the version 4 shape: an offer with its base deal, a variant with every
    // kind of lever, the client's feedback with its date, and the chosen variant.
    let imported = import_json(FIXTURE_V4).unwrap();
    assert_eq!(imported.version_read, 4);
    let o = &imported.workspace.offers[0];
    assert_eq!(o.client, Some(ClientId(1)));
    assert_eq!(o.base.list_price, Money(dec!(520)));
    assert_eq!(o.base.payment_days, 30);
    assert_eq!(o.growth, Rate(dec!(0.05)));
    let v = &o.variants[0];
    assert_eq!(v.variant.volume_bonus[0].bonus, Rate(dec!(0.01)));
    assert_eq!(v.variant.services[0].hours, dec!(600));
    assert_eq!(v.variant.training.value_to_client, Money(dec!(800000)));
    assert_eq!(v.feedback.score, Some(9));
    assert_eq!(v.feedback.date, NaiveDate::from_ymd_opt(2026, 11, 20));
    assert_eq!(o.chosen, Some(0));
}
