//! A list of problems that refused a change, each naming its field.

use crate::ui::i18n::{use_lang, Msg};
use crate::ui::reactive::dyn_view;
use leptos::prelude::*;

/// One problem ready to show: the field's label and what is wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownProblem {
    /// The field as the user knows it.
    pub field: String,
    /// What is wrong.
    pub text: String,
}

/// An alert listing `problems`; renders nothing when the list is empty.
#[component]
pub fn ProblemList(
    /// The problems to show (text is rendered as text, never as HTML).
    problems: ReadSignal<Vec<ShownProblem>>,
) -> impl IntoView {
    let lang = use_lang();
    dyn_view(move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="problems" role="alert">
                    <p>{lang.t(Msg::FixProblems)}</p>
                    <ul>
                        {list
                            .into_iter()
                            .map(|p| view! { <li><strong>{p.field}</strong>": " {p.text}</li> })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    })
}
