//! The answers of skeleton tests, per thread, kept with the skeleton they are about.
//!
//! Templates repeat their `Fn::Sub` and `Fn::Join` patterns: every Lambda method of an API
//! has the same URI but for the function, which is a hole
//! (`arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations`),
//! and one value's rules ask about it several times (is it a Lambda function ARN, an
//! API Gateway service URI, a Lambda invocation URI, read with holes of either kind). Running
//! the automaton of a form over a skeleton costs some hundreds of instructions; finding the
//! answer here costs a comparison of the skeleton's texts, once: the caller keeps where the
//! skeleton's record is (a [`Place`]) for its next questions. A record is only ever found for
//! the same skeleton, and an answer in it only for the same form and kind of holes.

use std::cell::{Cell, RefCell};

use super::{Format, Holes, Part};

/// How many skeletons are kept.
const SLOTS: usize = 32;

/// Skeletons with more text than this are not kept: their tests are run each time (after a
/// look among the kept ones, which finds none; counting their text first would cost every
/// question more than it saves these rare ones).
const LONGEST: usize = 512;

/// Where a skeleton's record is: its slot, and the stamp the record had when found (a record
/// that replaced it since has another).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    slot: usize,
    stamp: u64,
}

/// One skeleton and the answers found for it.
struct Record {
    stamp: u64,
    /// The skeleton: its texts, and `None` for its holes.
    parts: Box<[Option<Box<str>>]>,
    /// By the address of a form's automata (each form has its own) and the kind of holes.
    answers: Vec<(usize, Holes, bool)>,
}

impl Record {
    fn is(&self, parts: &[Part<'_>]) -> bool {
        self.parts.len() == parts.len()
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

    fn answer(&self, form: usize, holes: Holes) -> Option<bool> {
        self.answers
            .iter()
            .find(|(f, h, _)| *f == form && *h == holes)
            .map(|(_, _, matches)| *matches)
    }
}

struct Memo {
    records: Vec<Record>,
    /// The slot the next new record replaces once all are taken.
    next: usize,
    /// The stamp of the last record made.
    stamp: u64,
}

impl Memo {
    /// The slot of the record of `parts`: the one at `place` if it is still there, else the
    /// one found by its texts (and `place` is set to it).
    fn find(&self, parts: &[Part<'_>], place: &Cell<Option<Place>>) -> Option<usize> {
        if let Some(Place { slot, stamp }) = place.get() {
            if self.records.get(slot).is_some_and(|r| r.stamp == stamp) {
                return Some(slot);
            }
        }
        self.find_by_texts(parts, place)
    }

    /// [`Self::find`] for a skeleton not found at its place: by its texts. Apart, so that a
    /// skeleton found at its place, the usual case, is found in a small function.
    #[inline(never)]
    fn find_by_texts(&self, parts: &[Part<'_>], place: &Cell<Option<Place>>) -> Option<usize> {
        let slot = self.records.iter().position(|record| record.is(parts))?;
        place.set(Some(Place {
            slot,
            stamp: self.records[slot].stamp,
        }));
        Some(slot)
    }

    /// Keeps `answer` for `parts`, in its record, or in a new one.
    fn keep(
        &mut self,
        parts: &[Part<'_>],
        place: &Cell<Option<Place>>,
        answer: (usize, Holes, bool),
    ) {
        if let Some(slot) = self.find(parts, place) {
            self.records[slot].answers.push(answer);
            return;
        }
        self.stamp += 1;
        let record = Record {
            stamp: self.stamp,
            parts: parts
                .iter()
                .map(|part| match part {
                    Part::Text(text) => Some(Box::from(text.as_ref())),
                    Part::Hole => None,
                })
                .collect(),
            answers: vec![answer],
        };
        let slot = if self.records.len() < SLOTS {
            self.records.push(record);
            self.records.len() - 1
        } else {
            let slot = self.next;
            self.records[slot] = record;
            self.next = (slot + 1) % SLOTS;
            slot
        };
        place.set(Some(Place {
            slot,
            stamp: self.stamp,
        }));
    }
}

thread_local! {
    static MEMO: RefCell<Memo> = const {
        RefCell::new(Memo {
            records: Vec::new(),
            next: 0,
            stamp: 0,
        })
    };
}

/// Whether `parts` matches `format` with holes read as `holes`: the kept answer, or `test`'s,
/// which is then kept. `place` is where the skeleton's record was found last (`None` the
/// first time); it is updated.
pub(super) fn matches(
    format: &Format,
    parts: &[Part<'_>],
    holes: Holes,
    place: &Cell<Option<Place>>,
    test: impl FnOnce() -> bool,
) -> bool {
    let form = std::ptr::from_ref(format.automata) as usize;
    let kept = MEMO.try_with(|memo| {
        let memo = memo.try_borrow().ok()?;
        let slot = memo.find(parts, place)?;
        memo.records[slot].answer(form, holes)
    });
    match kept {
        Ok(Some(matches)) => matches,
        _ => test_and_keep(form, parts, holes, place, test),
    }
}

/// [`matches`] for a question the memo has no answer to: `test` answers, and the answer is
/// kept. Apart, so that finding a kept answer, the usual case, is a small function.
#[inline(never)]
fn test_and_keep(
    form: usize,
    parts: &[Part<'_>],
    holes: Holes,
    place: &Cell<Option<Place>>,
    test: impl FnOnce() -> bool,
) -> bool {
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
            if let Ok(mut memo) = memo.try_borrow_mut() {
                memo.keep(parts, place, (form, holes, matches));
            }
        });
    }
    matches
}
