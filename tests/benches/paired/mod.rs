//! Ratios measured in alternating rounds: on a machine whose speed drifts (a VM with busy
//! neighbours), a baseline and a candidate timed back to back are slowed alike, where two
//! criterion benches run a minute apart are not.

use std::hint::black_box;
use std::time::Instant;

/// Rounds per ratio: odd, so the median is one of them.
const ROUNDS: usize = 21;

/// Times `baseline` and `candidate` back to back, [`ROUNDS`] times (alternating which goes
/// first), and prints the median ratio `candidate / baseline` with the lowest and highest,
/// and the ratio of the fastest rounds of each (noise only ever slows a round down).
/// `cargo xtask compare` reads these lines (`WHAT: 1.23× (median ...`): keep their start.
pub fn print_ratio(what: &str, mut baseline: impl FnMut(), mut candidate: impl FnMut()) {
    let time = |f: &mut dyn FnMut()| {
        let start = Instant::now();
        f();
        black_box(start.elapsed().as_secs_f64())
    };
    let rounds: Vec<(f64, f64)> = (0..ROUNDS)
        .map(|round| {
            if round % 2 == 0 {
                let base = time(&mut baseline);
                (base, time(&mut candidate))
            } else {
                let cand = time(&mut candidate);
                (time(&mut baseline), cand)
            }
        })
        .collect();
    let mut ratios: Vec<f64> = rounds.iter().map(|(base, cand)| cand / base).collect();
    ratios.sort_by(f64::total_cmp);
    let fastest = |side: fn(&(f64, f64)) -> f64| rounds.iter().map(side).fold(f64::MAX, f64::min);
    println!(
        "{what}: {:.2}× (median of {ROUNDS} paired rounds; lowest {:.2}×, highest {:.2}×; \
         fastest rounds {:.2}×)",
        ratios[ROUNDS / 2],
        ratios[0],
        ratios[ROUNDS - 1],
        fastest(|r| r.1) / fastest(|r| r.0),
    );
}
