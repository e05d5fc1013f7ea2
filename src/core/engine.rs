//! One call's retry decisions: the attempts it has made, its deadline, and after each failure
//! the verdict with its reason. Both drivers — `retryWithBackoff`'s loop in drivers.js and the
//! client's transport — keep one [`Call`] per call and ask it after every failure; they only
//! await, wait and report outcomes. Policies that limit retries across calls (a retry budget,
//! pacing to rate limits, per-model cooldowns) belong in [`Call::judge`], between the rules'
//! verdict and the deadline check, so that both drivers obey them.

use std::cell::RefCell;

use super::budget::RetryBudget;
use super::classify::{ErrorFacts, RetryRules};

/// Why the call waits before its next attempt.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Wait {
    /// The server asked for this delay (`retry-after-ms` / `retry-after`).
    ServerAsked,
    /// An open circuit said when it will admit calls again.
    CircuitOpen,
    /// The backoff schedule.
    Backoff,
    /// The model's rate-limit window has no room for the request (core/pacing.rs).
    RateLimit,
}

/// Why the call gives up and rethrows its error.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stop {
    /// The caller aborted.
    Aborted,
    /// The error is not worth another try (the rules', the server's or the user's answer).
    NotRetryable,
    /// Every retry allowed has been made.
    RetryLimit,
    /// The server asked for a wait longer than `maxDelay`.
    ServerWaitTooLong,
    /// The wait would overrun the call's deadline.
    Deadline,
    /// The retry budget shared with other calls is spent: the API is failing for everyone.
    Budget,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    Retry { delay_ms: f64, because: Wait },
    GiveUp(Stop),
}

impl Wait {
    /// What a log line says of it.
    pub fn describe(self) -> &'static str {
        match self {
            Wait::ServerAsked => "waiting as the server asked (retry-after)",
            Wait::CircuitOpen => "waiting for the circuit to admit calls again",
            Wait::Backoff => "waiting out the backoff",
            Wait::RateLimit => "waiting for room in the rate-limit window",
        }
    }
}

/// The state of one call.
#[derive(Clone, Debug, PartialEq)]
pub struct Call {
    /// The 0-based attempt that runs next (or has just failed).
    pub attempt: u32,
    /// This call's retry limit (a request may override its client's).
    pub max_retries: u32,
    /// The last wait, None before the first.
    pub previous_delay: Option<f64>,
    /// When the whole call must be over (ms, the clock's `now`), None without a deadline.
    pub deadline_at: Option<f64>,
    /// What this call's retries took from a retry budget, given back if it succeeds.
    pub spent: f64,
}

impl Call {
    pub fn new(max_retries: u32, deadline_at: Option<f64>) -> Call {
        Call {
            attempt: 0,
            max_retries,
            previous_delay: None,
            deadline_at,
            spent: 0.0,
        }
    }

    /// The call succeeded: the budget gets back what it spent, or its refill.
    pub fn succeeded(&self, budget: Option<&RefCell<RetryBudget>>) {
        if let Some(budget) = budget {
            budget.borrow_mut().succeeded(self.spent);
        }
    }

    /// ms left before the deadline (never negative), None without one.
    pub fn remaining_ms(&self, now: f64) -> Option<f64> {
        self.deadline_at.map(|at| (at - now).max(0.0))
    }

    /// Whether the call may wait for room in a rate-limit window until `until`, having begun
    /// waiting at `since`: a wait is bounded by `max_delay` and the deadline as a server's is,
    /// and one the call cannot take gives up at once rather than after a pointless sleep.
    pub fn pace(&self, since: f64, until: f64, max_delay: f64, now: f64) -> Result<(), Stop> {
        if until - since > max_delay {
            return Err(Stop::ServerWaitTooLong);
        }
        match self.remaining_ms(now) {
            Some(remaining) if until - now > remaining => Err(Stop::Deadline),
            _ => Ok(()),
        }
    }

    /// The verdict on the attempt that just failed; a retry moves the call to its next attempt.
    /// `retryable` asks the rules or the user's `shouldRetry` (whose failure is returned), and
    /// only when neither an abort nor the retry limit has settled it; `unit` is uniform random.
    /// A retry that passes every other check is paid from `budget`, when there is one, last:
    /// a call that gives up for its own reasons spends nothing. The budget is borrowed only to
    /// pay, after `retryable` ran: a user's `shouldRetry` may read the same budget.
    ///
    /// A server-requested delay longer than `max_delay` gives up at once: retrying early would
    /// only be refused again, and waiting that long exceeds what the caller allowed. A wait that
    /// would overrun the deadline gives up too, so the caller gets the real error rather than a
    /// timeout after a pointless sleep. Only a finite positive server delay counts; anything
    /// else falls back to backoff.
    pub fn judge<E>(
        &mut self,
        rules: &RetryRules,
        facts: &ErrorFacts,
        retryable: impl FnOnce() -> Result<bool, E>,
        (now, unit): (f64, f64),
        budget: Option<&RefCell<RetryBudget>>,
    ) -> Result<Verdict, E> {
        let mut verdict = self.verdict(rules, facts, retryable, now, unit)?;
        if let (Verdict::Retry { .. }, Some(budget)) = (verdict, budget) {
            let paid = budget.borrow_mut().spend();
            match paid {
                Some(cost) => self.spent += cost,
                None => verdict = Verdict::GiveUp(Stop::Budget),
            }
        }
        if let Verdict::Retry { delay_ms, .. } = verdict {
            self.previous_delay = Some(delay_ms);
            self.attempt = self.attempt.saturating_add(1);
        }
        Ok(verdict)
    }

    fn verdict<E>(
        &self,
        rules: &RetryRules,
        facts: &ErrorFacts,
        retryable: impl FnOnce() -> Result<bool, E>,
        now: f64,
        unit: f64,
    ) -> Result<Verdict, E> {
        if facts.aborted {
            return Ok(Verdict::GiveUp(Stop::Aborted));
        }
        if self.attempt >= self.max_retries {
            return Ok(Verdict::GiveUp(Stop::RetryLimit));
        }
        if !retryable()? {
            return Ok(Verdict::GiveUp(Stop::NotRetryable));
        }
        let requested = facts
            .retry_after_ms
            .filter(|ms| rules.respect_retry_after && ms.is_finite() && *ms > 0.0);
        let (delay_ms, because) = match requested {
            Some(ms) if ms > rules.backoff.max_delay => {
                return Ok(Verdict::GiveUp(Stop::ServerWaitTooLong))
            }
            Some(ms) if facts.circuit_open => (ms, Wait::CircuitOpen),
            Some(ms) => (ms, Wait::ServerAsked),
            None => (
                rules.backoff.delay(self.attempt, self.previous_delay, unit),
                Wait::Backoff,
            ),
        };
        Ok(match self.remaining_ms(now) {
            Some(remaining) if delay_ms > remaining => Verdict::GiveUp(Stop::Deadline),
            _ => Verdict::Retry { delay_ms, because },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::backoff::{Backoff, Jitter};
    use crate::core::classify::tests::{rules, status};

    const NOW: f64 = 1_000_000.0;

    fn server_asks(ms: f64) -> ErrorFacts {
        ErrorFacts {
            status: Some(429),
            retry_after_ms: Some(ms),
            ..ErrorFacts::default()
        }
    }

    /// The verdict for attempt `attempt` of a call under `r`, after a wait of `previous`, with
    /// `remaining` ms left of its deadline.
    fn decide(
        r: &RetryRules,
        attempt: u32,
        retryable: bool,
        facts: &ErrorFacts,
        previous: Option<f64>,
        remaining: Option<f64>,
        unit: f64,
    ) -> Verdict {
        let mut call = Call {
            attempt,
            max_retries: r.max_retries,
            previous_delay: previous,
            deadline_at: remaining.map(|ms| NOW + ms),
            spent: 0.0,
        };
        let never_fails = || Ok::<_, ()>(retryable);
        call.judge(r, facts, never_fails, (NOW, unit), None)
            .unwrap()
    }

    fn ok() -> Result<bool, ()> {
        Ok(true)
    }

    fn backoff(delay_ms: f64) -> Verdict {
        Verdict::Retry {
            delay_ms,
            because: Wait::Backoff,
        }
    }

    fn asked(delay_ms: f64) -> Verdict {
        Verdict::Retry {
            delay_ms,
            because: Wait::ServerAsked,
        }
    }

    #[test]
    fn backs_off_then_gives_up_after_max_retries() {
        let r = rules();
        let f = status(503);
        assert_eq!(decide(&r, 0, true, &f, None, None, 0.3), backoff(1000.0));
        assert_eq!(
            decide(&r, 1, true, &f, Some(1000.0), None, 0.3),
            backoff(2000.0)
        );
        assert_eq!(
            decide(&r, 2, true, &f, Some(2000.0), None, 0.3),
            Verdict::GiveUp(Stop::RetryLimit)
        );
        assert_eq!(
            decide(&r, u32::MAX, true, &f, None, None, 0.3),
            Verdict::GiveUp(Stop::RetryLimit)
        );
        let never = RetryRules {
            max_retries: 0,
            ..rules()
        };
        assert_eq!(
            decide(&never, 0, true, &f, None, None, 0.3),
            Verdict::GiveUp(Stop::RetryLimit)
        );
    }

    #[test]
    fn gives_up_when_not_retryable_or_aborted() {
        let r = rules();
        assert_eq!(
            decide(&r, 0, false, &status(503), None, None, 0.3),
            Verdict::GiveUp(Stop::NotRetryable)
        );
        let aborted = ErrorFacts {
            aborted: true,
            ..ErrorFacts::default()
        };
        assert_eq!(
            decide(&r, 0, true, &aborted, None, None, 0.3),
            Verdict::GiveUp(Stop::Aborted)
        );
    }

    #[test]
    fn waits_exactly_what_the_server_asked() {
        let r = rules();
        assert_eq!(
            decide(&r, 0, true, &server_asks(7500.0), None, None, 0.3),
            asked(7500.0)
        );
        assert_eq!(
            decide(&r, 0, true, &server_asks(10_000.0), None, None, 0.3),
            asked(10_000.0)
        );
        // Shorter than our backoff still wins.
        assert_eq!(
            decide(&r, 1, true, &server_asks(5.0), None, None, 0.3),
            asked(5.0)
        );
    }

    #[test]
    fn an_open_circuit_says_when_to_come_back() {
        let facts = ErrorFacts {
            retry_after_ms: Some(250.0),
            circuit_open: true,
            ..ErrorFacts::default()
        };
        assert_eq!(
            decide(&rules(), 0, true, &facts, None, None, 0.3),
            Verdict::Retry {
                delay_ms: 250.0,
                because: Wait::CircuitOpen
            }
        );
    }

    #[test]
    fn gives_up_when_the_server_asks_past_max_delay() {
        assert_eq!(
            decide(&rules(), 0, true, &server_asks(10_000.5), None, None, 0.3),
            Verdict::GiveUp(Stop::ServerWaitTooLong)
        );
    }

    #[test]
    fn backs_off_when_the_server_delay_is_unusable_or_ignored() {
        let r = rules();
        for ms in [0.0, -5.0, f64::NAN, f64::INFINITY] {
            assert_eq!(
                decide(&r, 0, true, &server_asks(ms), None, None, 0.3),
                backoff(1000.0),
                "{ms}"
            );
        }
        let ignoring = RetryRules {
            respect_retry_after: false,
            ..rules()
        };
        assert_eq!(
            decide(&ignoring, 0, true, &server_asks(50_000.0), None, None, 0.3),
            backoff(1000.0)
        );
    }

    #[test]
    fn gives_up_when_the_wait_overruns_the_deadline() {
        let r = rules();
        assert_eq!(
            decide(&r, 0, true, &status(503), None, Some(999.0), 0.3),
            Verdict::GiveUp(Stop::Deadline)
        );
        assert_eq!(
            decide(&r, 0, true, &status(503), None, Some(1000.0), 0.3),
            backoff(1000.0)
        );
        assert_eq!(
            decide(&r, 0, true, &server_asks(5000.0), None, Some(4000.0), 0.3),
            Verdict::GiveUp(Stop::Deadline)
        );
        assert_eq!(
            decide(&r, 0, true, &status(503), None, Some(-1.0), 0.3),
            Verdict::GiveUp(Stop::Deadline)
        );
    }

    #[test]
    fn the_classifier_is_not_asked_when_an_abort_or_the_limit_decides() {
        let aborted = ErrorFacts {
            aborted: true,
            ..ErrorFacts::default()
        };
        let asked = || -> Result<bool, ()> { panic!("asked") };
        let mut call = Call::new(2, None);
        let verdict = call.judge(&rules(), &aborted, asked, (NOW, 0.3), None);
        assert_eq!(verdict, Ok(Verdict::GiveUp(Stop::Aborted)));
        let mut spent = Call::new(0, None);
        let verdict = spent.judge(&rules(), &status(503), asked, (NOW, 0.3), None);
        assert_eq!(verdict, Ok(Verdict::GiveUp(Stop::RetryLimit)));
        let failing = || Err("classifier failed");
        let verdict = call.judge(&rules(), &status(503), failing, (NOW, 0.3), None);
        assert_eq!(verdict, Err("classifier failed"));
        assert_eq!(call.attempt, 0);
    }

    #[test]
    fn uses_the_configured_jitter() {
        let r = RetryRules {
            backoff: Backoff {
                jitter: Jitter::Decorrelated,
                ..rules().backoff
            },
            ..rules()
        };
        // base + unit · (3 · previous − base) = 1000 + 0.5 · 5000
        assert_eq!(
            decide(&r, 1, true, &status(503), Some(2000.0), None, 0.5),
            backoff(3500.0)
        );
    }

    #[test]
    fn a_retry_moves_the_call_on_and_remembers_its_wait() {
        let r = rules();
        let mut call = Call::new(2, None);
        call.judge(&r, &status(503), ok, (NOW, 0.3), None).unwrap();
        assert_eq!((call.attempt, call.previous_delay), (1, Some(1000.0)));
        call.judge(&r, &status(503), ok, (NOW, 0.3), None).unwrap();
        assert_eq!((call.attempt, call.previous_delay), (2, Some(2000.0)));
        let verdict = call.judge(&r, &status(503), ok, (NOW, 0.3), None).unwrap();
        assert_eq!(verdict, Verdict::GiveUp(Stop::RetryLimit));
        assert_eq!(call.attempt, 2, "giving up leaves the call where it was");
    }

    #[test]
    fn the_call_limit_overrides_the_rules() {
        let mut call = Call::new(5, None);
        call.attempt = 3;
        assert_eq!(
            call.judge(&rules(), &status(503), ok, (NOW, 0.3), None)
                .unwrap(),
            backoff(8000.0)
        );
    }

    #[test]
    fn a_retry_is_paid_from_the_budget_last_and_refused_when_it_is_spent() {
        use crate::core::budget::BudgetConfig;
        let config = BudgetConfig {
            capacity: 10.0,
            retry_cost: 5.0,
            refill: 1.0,
        };
        let budget = RefCell::new(RetryBudget::new(config));
        let mut call = Call::new(5, None);
        for _ in 0..2 {
            let verdict = call.judge(&rules(), &status(503), ok, (NOW, 0.3), Some(&budget));
            assert!(matches!(verdict, Ok(Verdict::Retry { .. })));
        }
        assert_eq!((budget.borrow().tokens(), call.spent), (0.0, 10.0));
        let refused = call.judge(&rules(), &status(503), ok, (NOW, 0.3), Some(&budget));
        assert_eq!(refused, Ok(Verdict::GiveUp(Stop::Budget)));
        assert_eq!(call.attempt, 2, "a refused retry does not move the call on");
        // Giving up for the call's own reasons spends nothing.
        let mut other = Call::new(0, None);
        let verdict = other.judge(&rules(), &status(503), ok, (NOW, 0.3), Some(&budget));
        assert_eq!(verdict, Ok(Verdict::GiveUp(Stop::RetryLimit)));
        call.succeeded(Some(&budget));
        assert_eq!(
            budget.borrow().tokens(),
            10.0,
            "a recovered call gets its tokens back"
        );
    }

    #[test]
    fn the_classifier_may_read_the_budget_it_is_judged_against() {
        let budget = RefCell::new(RetryBudget::new(Default::default()));
        let reads = || Ok::<_, ()>(budget.borrow().tokens() > 0.0);
        let mut call = Call::new(1, None);
        let verdict = call.judge(&rules(), &status(503), reads, (NOW, 0.3), Some(&budget));
        assert!(matches!(verdict, Ok(Verdict::Retry { .. })));
        assert_eq!(budget.borrow().tokens(), 495.0);
    }

    #[test]
    fn a_pacing_wait_is_bounded_by_max_delay_and_the_deadline() {
        let call = Call::new(2, Some(NOW + 5000.0));
        assert_eq!(call.pace(NOW, NOW + 5000.0, 8000.0, NOW), Ok(()));
        assert_eq!(
            call.pace(NOW, NOW + 5000.5, 8000.0, NOW),
            Err(Stop::Deadline)
        );
        assert_eq!(
            call.pace(NOW - 4000.0, NOW + 4001.0, 8000.0, NOW),
            Err(Stop::ServerWaitTooLong),
            "the whole wait counts, not only what is left of it"
        );
        assert_eq!(
            Call::new(2, None).pace(NOW, NOW + 1e9, f64::INFINITY, NOW),
            Ok(())
        );
    }

    #[test]
    fn remaining_time_counts_down_to_zero() {
        let call = Call::new(1, Some(NOW + 500.0));
        assert_eq!(call.remaining_ms(NOW), Some(500.0));
        assert_eq!(call.remaining_ms(NOW + 900.0), Some(0.0));
        assert_eq!(Call::new(1, None).remaining_ms(NOW), None);
    }
}
