//! Exponential backoff with a choice of jitter.
//!
//! Jitter spreads the retries of many clients that failed together, so they do not
//! hit a recovering server in lockstep. `Additive` is the resilience guide's formula;
//! `Full`, `Equal` and `Decorrelated` are the AWS Architecture Blog variants.

/// How randomness is mixed into the exponential delay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jitter {
    /// Up to one extra second on top of the exponential delay.
    Additive,
    /// Anywhere from zero up to the exponential delay.
    Full,
    /// At least half of the exponential delay.
    Equal,
    /// Grows from the previous delay rather than from the retry number.
    Decorrelated,
    /// The exponential delay alone: deterministic, for tests and single clients.
    None,
}

impl Jitter {
    /// The option's accepted spellings, for error messages.
    pub const NAMES: &'static str = "'additive', 'full', 'equal', 'decorrelated' or 'none'";

    pub fn parse(name: &str) -> Option<Jitter> {
        match name {
            "additive" => Some(Jitter::Additive),
            "full" => Some(Jitter::Full),
            "equal" => Some(Jitter::Equal),
            "decorrelated" => Some(Jitter::Decorrelated),
            "none" => Some(Jitter::None),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Jitter::Additive => "additive",
            Jitter::Full => "full",
            Jitter::Equal => "equal",
            Jitter::Decorrelated => "decorrelated",
            Jitter::None => "none",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Backoff {
    pub base_delay: f64,
    pub max_delay: f64,
    pub jitter: Jitter,
}

/// The most `Additive` jitter adds, in ms.
const ADDITIVE_SPREAD: f64 = 1000.0;

impl Backoff {
    /// Delay in ms before retry number `retry` (0 = the wait after the first attempt failed).
    /// `previous` is the previous delay (None before the first retry); only Decorrelated uses it.
    /// `unit` is uniform in [0, 1).
    ///
    /// Total over its inputs: NaN or negative delays count as 0, infinite ones as
    /// `f64::MAX`, and `unit` is clamped into [0, 1), so the result is always finite,
    /// non-negative and at most the (so sanitized) `max_delay`.
    pub fn delay(&self, retry: u32, previous: Option<f64>, unit: f64) -> f64 {
        let base = sanitize(self.base_delay);
        let max = sanitize(self.max_delay);
        let unit = clamp_unit(unit);
        let exponential = exponential(base, retry);
        let cap = exponential.min(max);
        match self.jitter {
            Jitter::Additive => (exponential + unit * ADDITIVE_SPREAD).min(max),
            Jitter::Full => spread(0.0, cap, unit),
            Jitter::Equal => spread(cap / 2.0, cap, unit),
            Jitter::Decorrelated => {
                let previous = previous.map_or(base, sanitize);
                // Capped so that `unit * (upper - base)` can neither overflow nor be 0 · ∞.
                let upper = (3.0 * previous).min(f64::MAX);
                spread(base, upper, unit).min(max)
            }
            Jitter::None => cap,
        }
    }
}

/// base · 2^retry; may be infinite, never NaN.
fn exponential(base: f64, retry: u32) -> f64 {
    if base == 0.0 {
        // 0 · ∞ would be NaN for a huge retry number.
        return 0.0;
    }
    // 2^1024 already overflows to ∞, so larger exponents change nothing.
    base * 2f64.powi(retry.min(1024) as i32)
}

/// A point in [lo, hi) chosen by `unit`, or `lo` when the range is empty.
fn spread(lo: f64, hi: f64, unit: f64) -> f64 {
    if hi <= lo {
        return lo;
    }
    let point = lo + unit * (hi - lo);
    if point < hi {
        point
    } else {
        // Rounding lands on `hi` for `unit` just below 1; the float just below `hi`
        // keeps the range half-open (and is still >= lo, since hi > lo >= 0).
        f64::from_bits(hi.to_bits() - 1)
    }
}

/// A delay as a finite non-negative number.
fn sanitize(ms: f64) -> f64 {
    if ms.is_nan() || ms <= 0.0 {
        0.0
    } else {
        ms.min(f64::MAX)
    }
}

/// The largest f64 below 1.
const BELOW_ONE: f64 = 1.0 - f64::EPSILON / 2.0;

fn clamp_unit(unit: f64) -> f64 {
    if unit.is_nan() || unit <= 0.0 {
        0.0
    } else {
        unit.min(BELOW_ONE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn backoff(jitter: Jitter) -> Backoff {
        Backoff {
            base_delay: 1000.0,
            max_delay: 60_000.0,
            jitter,
        }
    }

    const ALL: [Jitter; 5] = [
        Jitter::Additive,
        Jitter::Full,
        Jitter::Equal,
        Jitter::Decorrelated,
        Jitter::None,
    ];

    #[test]
    fn names_round_trip_and_nothing_else_parses() {
        for jitter in ALL {
            assert_eq!(Jitter::parse(jitter.as_str()), Some(jitter));
            assert!(Jitter::NAMES.contains(jitter.as_str()));
        }
        for bad in [
            "",
            "Full",
            " full",
            "full ",
            "random",
            "decorrelated-jitter",
        ] {
            assert_eq!(Jitter::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn none_doubles_until_the_cap() {
        let b = backoff(Jitter::None);
        let delays: Vec<f64> = (0..8).map(|n| b.delay(n, None, 0.5)).collect();
        assert_eq!(
            delays,
            [1000.0, 2000.0, 4000.0, 8000.0, 16000.0, 32000.0, 60000.0, 60000.0]
        );
        assert_eq!(b.delay(u32::MAX, None, 0.5), 60_000.0);
    }

    #[test]
    fn additive_adds_up_to_a_second_and_is_capped() {
        let b = backoff(Jitter::Additive);
        assert_eq!(b.delay(0, None, 0.0), 1000.0);
        assert_eq!(b.delay(0, None, 0.5), 1500.0);
        assert_eq!(b.delay(2, None, 0.25), 4250.0);
        assert_eq!(b.delay(5, None, 0.99), 32_990.0);
        assert_eq!(b.delay(6, None, 0.0), 60_000.0);
        assert_eq!(b.delay(1000, None, 0.7), 60_000.0);
    }

    #[test]
    fn full_spans_zero_to_the_cap() {
        let b = backoff(Jitter::Full);
        assert_eq!(b.delay(3, None, 0.0), 0.0);
        assert_eq!(b.delay(3, None, 0.5), 4000.0);
        assert!(b.delay(3, None, BELOW_ONE) < 8000.0);
        assert_eq!(b.delay(10, None, 0.5), 30_000.0);
    }

    #[test]
    fn equal_keeps_at_least_half() {
        let b = backoff(Jitter::Equal);
        assert_eq!(b.delay(3, None, 0.0), 4000.0);
        assert_eq!(b.delay(3, None, 0.5), 6000.0);
        assert!(b.delay(3, None, BELOW_ONE) < 8000.0);
        assert_eq!(b.delay(10, None, 0.0), 30_000.0);
    }

    #[test]
    fn decorrelated_grows_from_the_previous_delay() {
        let b = backoff(Jitter::Decorrelated);
        // Before the first retry the previous delay is the base: [1000, 3000).
        assert_eq!(b.delay(0, None, 0.0), 1000.0);
        assert_eq!(b.delay(0, None, 0.5), 2000.0);
        // The retry number plays no part.
        assert_eq!(b.delay(9, None, 0.5), 2000.0);
        // From 10 s: [1000, 30000).
        assert_eq!(b.delay(1, Some(10_000.0), 0.5), 15_500.0);
        // Capped at max_delay.
        assert_eq!(b.delay(1, Some(50_000.0), 0.9), 60_000.0);
        // 3 · previous <= base: the base.
        assert_eq!(b.delay(1, Some(100.0), 0.9), 1000.0);
        assert_eq!(b.delay(1, Some(f64::NAN), 0.9), 1000.0);
    }

    #[test]
    fn a_base_above_the_max_is_capped() {
        let b = Backoff {
            base_delay: 5000.0,
            max_delay: 1000.0,
            jitter: Jitter::None,
        };
        for jitter in ALL {
            let b = Backoff { jitter, ..b };
            for unit in [0.0, 0.5, BELOW_ONE] {
                let d = b.delay(0, None, unit);
                assert!((0.0..=1000.0).contains(&d), "{jitter:?} {d}");
            }
        }
    }

    #[test]
    fn zero_base_never_yields_nan() {
        for jitter in ALL {
            let b = Backoff {
                base_delay: 0.0,
                max_delay: 1000.0,
                jitter,
            };
            for retry in [0, 64, u32::MAX] {
                let d = b.delay(retry, Some(0.0), 0.5);
                let expected = if jitter == Jitter::Additive {
                    500.0
                } else {
                    0.0
                };
                assert_eq!(d, expected, "{jitter:?} retry {retry}");
            }
        }
    }

    #[test]
    fn unit_is_clamped_into_its_range() {
        let b = backoff(Jitter::Full);
        assert_eq!(b.delay(0, None, -3.0), 0.0);
        assert_eq!(b.delay(0, None, f64::NAN), 0.0);
        assert_eq!(b.delay(0, None, f64::NEG_INFINITY), 0.0);
        for unit in [1.0, 7.0, f64::INFINITY] {
            let d = b.delay(0, None, unit);
            assert!(d < 1000.0 && d > 999.0, "{unit} -> {d}");
        }
    }

    #[test]
    fn hostile_delays_give_finite_non_negative_results() {
        let odd = [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -1.0,
            0.0,
            f64::MIN_POSITIVE,
            1e300,
            f64::MAX,
        ];
        for jitter in ALL {
            for base_delay in odd {
                for max_delay in odd {
                    for previous in [None, Some(f64::MAX), Some(f64::INFINITY), Some(-5.0)] {
                        for retry in [0, 1, 1023, 1024, u32::MAX] {
                            let b = Backoff {
                                base_delay,
                                max_delay,
                                jitter,
                            };
                            let d = b.delay(retry, previous, 0.5);
                            assert!(d.is_finite() && d >= 0.0, "{b:?} {retry} -> {d}");
                            if max_delay.is_finite() {
                                assert!(d <= max_delay.max(0.0), "{b:?} {retry} -> {d}");
                            }
                        }
                    }
                }
            }
        }
    }
}
