//! The demo offer: three variants for ГК «Северный квартал» — a bigger discount, a
//! deferral with a volume bonus, and value beyond the discount (supervision on site,
//! training, delivery to the site) — with the client's feedback and choice.

use super::dec;
use crate::engine::model::{ClientId, OfferId};
use crate::engine::money::{Money, Rate};
use crate::engine::offer::{
    BaseDeal, BonusThreshold, Feedback, Lever, Offer, OfferVariant, Service, Training, Variant,
};
use chrono::NaiveDate;

/// The demo workspace's offers.
pub(super) fn offers() -> Vec<Offer> {
    let base = BaseDeal {
        volume_per_year: dec("200000"),
        list_price: Money(dec("520")),
        unit_cost: Money(dec("390")),
        discount: Rate(dec("0.05")),
        payment_days: 30,
        cost_to_serve: Money(dec("9800000")),
        financing_rate: Rate(dec("0.16")),
    };
    let discount = Variant {
        name: "Скидка 8 %".to_owned(),
        note: "То, что просит закупщик: ещё три процента.".to_owned(),
        discount: Rate(dec("0.08")),
        ..base.as_variant()
    };
    let deferral = Variant {
        name: "Отсрочка 60 дней и бонус за объём".to_owned(),
        note: "Клиент берёт на себя объём 230 тыс. мешков; бонус 1 % от 220 тыс.".to_owned(),
        volume_commitment: dec("230000"),
        volume_bonus: vec![BonusThreshold {
            from_volume: dec("220000"),
            bonus: Rate(dec("0.01")),
        }],
        payment_days: 60,
        ..base.as_variant()
    };
    let service = Variant {
        name: "Сервис на объекте".to_owned(),
        note: "Технадзор на объектах, обучение бригад, доставка на площадку.".to_owned(),
        services: vec![Service {
            name: "Технадзор на объектах".to_owned(),
            cost_to_us: Money(dec("1200000")),
            value_to_client: Money(dec("3000000")),
            hours: dec("600"),
        }],
        training: Training {
            cost_to_us: Money(dec("300000")),
            value_to_client: Money(dec("800000")),
            hours: dec("120"),
        },
        logistics: Lever {
            cost_to_us: Money(dec("400000")),
            value_to_client: Money(dec("900000")),
        },
        ..base.as_variant()
    };
    let asked = |score: u8, objections: &str| Feedback {
        score: Some(score),
        objections: objections.to_owned(),
        comments: String::new(),
        date: NaiveDate::from_ymd_opt(2026, 11, 20),
    };
    vec![Offer {
        id: OfferId(1),
        client: Some(ClientId(1)),
        name: "Северный квартал: предложение на 2027".to_owned(),
        growth: Rate(dec("0.05")),
        available_hours: dec("1000"),
        variants: vec![
            OfferVariant {
                variant: discount,
                feedback: asked(6, "Скидка — хорошо, но конкурент даст столько же."),
            },
            OfferVariant {
                variant: deferral,
                feedback: asked(7, "Объём 230 тыс. — только при старте второй очереди."),
            },
            OfferVariant {
                variant: service,
                feedback: asked(9, "Нужны гарантии сроков технадзора."),
            },
        ],
        chosen: Some(2),
        discount_only: true,
        base,
    }]
}
