//! The answers of the last few skeleton tests, per thread.
//!
//! Templates repeat their `Fn::Sub` and `Fn::Join` patterns: every Lambda method of an API
//! has the same URI but for the function, which is a hole
//! (`arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations`),
//! and one value's rules ask about it several times (is it a Lambda function ARN, an
//! API Gateway service URI, a Lambda invocation URI, read with holes of either kind). Running
//! the automaton of a form over a skeleton costs some hundreds of instructions; finding the
//! answer here costs a comparison of the skeleton's texts. An answer is kept with the whole
//! skeleton, so it is only ever reused for the same question.

use std::cell::RefCell;

use super::{Format, Holes, Part};

/// How many answers are kept.
const SLOTS: usize = 32;

/// Skeletons with more text than this are not kept: their tests are run each time.
const LONGEST: usize = 512;

/// One kept answer.
struct Answer {
    /// The form asked about: the address of its automata, which are its own.
    form: usize,
    holes: Holes,
    /// The skeleton: its texts, and `None` for its holes.
    parts: Box<[Option<Box<str>>]>,
    matches: bool,
}

impl Answer {
    fn answers(&self, form: usize, holes: Holes, parts: &[Part<'_>]) -> bool {
        self.form == form
            && self.holes == holes
            && self.parts.len() == parts.len()
            // From the end: skeletons of one template usually share their first texts.
            && self
                .parts
                .iter()
                .zip(parts)
                .rev()
                .all(|(kept, part)| match (kept, part) {
                    (Some(kept), Part::Text(text)) => **kept == **text,
                    (None, Part::Hole) => true,
                    _ => false,
                })
    }
}

struct Memo {
    answers: Vec<Answer>,
    /// The slot the next new answer replaces once all are taken.
    next: usize,
}

thread_local! {
    static MEMO: RefCell<Memo> = const {
        RefCell::new(Memo {
            answers: Vec::new(),
            next: 0,
        })
    };
}

/// Whether `parts` matches `format` with holes read as `holes`: the kept answer, or `test`'s,
/// which is then kept.
pub(super) fn matches(
    format: &Format,
    parts: &[Part<'_>],
    holes: Holes,
    test: impl FnOnce() -> bool,
) -> bool {
    let form = std::ptr::from_ref(format.automata) as usize;
    let kept = MEMO.try_with(|memo| {
        let memo = memo.try_borrow().ok()?;
        memo.answers
            .iter()
            .find(|answer| answer.answers(form, holes, parts))
            .map(|answer| answer.matches)
    });
    if let Ok(Some(matches)) = kept {
        return matches;
    }
    let matches = test();
    let text: usize = parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.len(),
            Part::Hole => 0,
        })
        .sum();
    if text <= LONGEST {
        // Not kept when asked while the memo is in use, or while the thread ends.
        let _ = MEMO.try_with(|memo| {
            let Ok(mut memo) = memo.try_borrow_mut() else {
                return;
            };
            let answer = Answer {
                form,
                holes,
                parts: parts
                    .iter()
                    .map(|part| match part {
                        Part::Text(text) => Some(Box::from(text.as_ref())),
                        Part::Hole => None,
                    })
                    .collect(),
                matches,
            };
            if memo.answers.len() < SLOTS {
                memo.answers.push(answer);
            } else {
                let slot = memo.next;
                memo.answers[slot] = answer;
                memo.next = (slot + 1) % SLOTS;
            }
        });
    }
    matches
}
