//! A problem that refused a change, ready to show with the field it names.

/// One problem ready to show: the field's label and what is wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownProblem {
    /// The field as the user knows it.
    pub field: String,
    /// What is wrong.
    pub text: String,
}
