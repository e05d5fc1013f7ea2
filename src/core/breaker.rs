//! A circuit breaker: after enough consecutive failures it stops calls for a while,
//! so an ailing service gets room to recover and callers fail fast instead of piling up.
//!
//! Time is an argument, so the OPEN → HALF_OPEN move happens lazily: `state` reports
//! it as soon as it is due, and `admit` makes it (and returns the transition) on the
//! first call after that. No timer is needed.
//!
//! Every state change starts a new phase. Admission hands out a [`Ticket`] bound to
//! its phase, and outcomes carrying a ticket of an earlier phase are ignored: a slow
//! call admitted while CLOSED that fails after the circuit opened must not count
//! again, and a slow probe of an earlier HALF_OPEN must not close a circuit that a
//! later probe re-opened.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CircuitState {
    Closed,
    Open,
    HalfOpen,
}

impl CircuitState {
    pub fn as_str(self) -> &'static str {
        match self {
            CircuitState::Closed => "CLOSED",
            CircuitState::Open => "OPEN",
            CircuitState::HalfOpen => "HALF_OPEN",
        }
    }

    pub fn parse(name: &str) -> Option<CircuitState> {
        match name {
            "CLOSED" => Some(CircuitState::Closed),
            "OPEN" => Some(CircuitState::Open),
            "HALF_OPEN" => Some(CircuitState::HalfOpen),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreakerConfig {
    /// Consecutive failures that open the circuit (0 behaves as 1).
    pub failure_threshold: u32,
    pub recovery_timeout_ms: f64,
    /// Probes allowed in flight while HALF_OPEN (0 admits none: only `reset` closes it).
    pub half_open_max_calls: u32,
}

impl Default for BreakerConfig {
    fn default() -> BreakerConfig {
        BreakerConfig {
            failure_threshold: 5,
            recovery_timeout_ms: 30_000.0,
            half_open_max_calls: 1,
        }
    }
}

/// A state change, for the `onStateChange` listeners.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transition {
    pub from: CircuitState,
    pub to: CircuitState,
    pub at: f64,
}

/// Proof of admission; crosses to JS as a u32 and comes back with the call's outcome.
///
/// Bits: the phase in the upper 31, whether it is a probe in the lowest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket(u32);

impl Ticket {
    fn new(phase: u32, probe: bool) -> Ticket {
        Ticket((phase << 1) | u32::from(probe))
    }

    pub fn to_bits(self) -> u32 {
        self.0
    }

    pub fn from_bits(bits: u32) -> Ticket {
        Ticket(bits)
    }
}

/// Why a call was refused, and how long until asking again makes sense.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rejection {
    pub state: CircuitState,
    pub retry_after_ms: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Failure,
}

/// A breaker's state as it can be carried to another instance (`restore`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Snapshot {
    pub state: CircuitState,
    pub failure_count: u32,
    pub opened_at: Option<f64>,
}

/// The phase counter wraps within the 31 bits a ticket has for it.
const PHASE_MASK: u32 = u32::MAX >> 1;

#[derive(Clone, Debug)]
pub struct Breaker {
    config: BreakerConfig,
    /// The state as last changed; OPEN may already be due for HALF_OPEN (see `state`).
    state: CircuitState,
    /// Consecutive failures: reset by a success, and still counting while the
    /// circuit is open, so a failed probe leaves it one higher than before.
    failure_count: u32,
    /// When the circuit last opened; None while CLOSED.
    opened_at: Option<f64>,
    /// Probes admitted in the current HALF_OPEN phase.
    probes: u32,
    phase: u32,
}

impl Breaker {
    pub fn new(config: BreakerConfig) -> Breaker {
        Breaker {
            config,
            state: CircuitState::Closed,
            failure_count: 0,
            opened_at: None,
            probes: 0,
            phase: 0,
        }
    }

    pub fn config(&self) -> BreakerConfig {
        self.config
    }

    /// Always current: OPEN reads HALF_OPEN once recovery_timeout has passed, without any call.
    pub fn state(&self, now: f64) -> CircuitState {
        match self.due_at() {
            Some(due) if now >= due => CircuitState::HalfOpen,
            _ => self.state,
        }
    }

    /// Whether `admit`, or `record` of a success, reads `now`: not while CLOSED, so the hot
    /// path of a healthy circuit need not read the clock at all.
    pub fn needs_clock(&self) -> bool {
        self.state != CircuitState::Closed
    }

    /// The ticket `admit` gives every call while CLOSED (one per phase), so that a caller may
    /// hand it out without asking; None in the other states.
    pub fn closed_ticket(&self) -> Option<Ticket> {
        (self.state == CircuitState::Closed).then_some(Ticket::new(self.phase, false))
    }

    pub fn failure_count(&self) -> u32 {
        self.failure_count
    }

    pub fn opened_at(&self) -> Option<f64> {
        self.opened_at
    }

    /// Admits a call or refuses it; a due OPEN → HALF_OPEN move is made (and returned) here.
    pub fn admit(&mut self, now: f64) -> (Result<Ticket, Rejection>, Option<Transition>) {
        let transition = match self.due_at() {
            Some(due) if now >= due => self.change(CircuitState::HalfOpen, due),
            _ => None,
        };
        let admission = match self.state {
            CircuitState::Closed => Ok(Ticket::new(self.phase, false)),
            CircuitState::Open => Err(Rejection {
                state: CircuitState::Open,
                // `max` drops the NaN a NaN `now` would give.
                retry_after_ms: self.due_at().map_or(0.0, |due| (due - now).max(0.0)),
            }),
            CircuitState::HalfOpen if self.probes < self.config.half_open_max_calls => {
                self.probes += 1;
                Ok(Ticket::new(self.phase, true))
            }
            CircuitState::HalfOpen => Err(Rejection {
                state: CircuitState::HalfOpen,
                retry_after_ms: 0.0,
            }),
        };
        (admission, transition)
    }

    /// Records the outcome of an admitted call; a ticket from an earlier phase is ignored.
    pub fn record(&mut self, ticket: Ticket, outcome: Outcome, now: f64) -> Option<Transition> {
        if ticket.to_bits() >> 1 != self.phase {
            return None;
        }
        let probe = ticket.to_bits() & 1 == 1;
        match (self.state, probe, outcome) {
            (CircuitState::Closed, false, Outcome::Success) => {
                self.failure_count = 0;
                None
            }
            (CircuitState::Closed, false, Outcome::Failure) => {
                self.failure_count = self.failure_count.saturating_add(1);
                if self.failure_count >= self.config.failure_threshold {
                    self.open(now)
                } else {
                    None
                }
            }
            (CircuitState::HalfOpen, true, Outcome::Success) => {
                self.failure_count = 0;
                self.opened_at = None;
                self.change(CircuitState::Closed, now)
            }
            (CircuitState::HalfOpen, true, Outcome::Failure) => {
                self.failure_count = self.failure_count.saturating_add(1);
                self.open(now)
            }
            // A forged ticket: no ticket of this phase has this kind.
            _ => None,
        }
    }

    /// Back to CLOSED with a zero count.
    ///
    /// Starts a new phase even when already CLOSED: outcomes of calls admitted
    /// before the reset must not count towards the fresh start.
    pub fn reset(&mut self, now: f64) -> Option<Transition> {
        // Reported from the state callers see: HALF_OPEN when that is due.
        let from = self.state(now);
        *self = Breaker {
            phase: (self.phase + 1) & PHASE_MASK,
            ..Breaker::new(self.config)
        };
        (from != CircuitState::Closed).then_some(Transition {
            from,
            to: CircuitState::Closed,
            at: now,
        })
    }

    pub fn snapshot(&self, now: f64) -> Snapshot {
        Snapshot {
            state: self.state(now),
            failure_count: self.failure_count,
            opened_at: self.opened_at,
        }
    }

    /// Rebuilds a breaker from a snapshot; Err names what is inconsistent (e.g. "OPEN needs openedAt").
    ///
    /// A CLOSED snapshot's openedAt is dropped: it has no meaning there, and this
    /// keeps `opened_at` None exactly while CLOSED. HALF_OPEN restores with no probe
    /// in flight, since the probes of the persisted instance can never report here.
    pub fn restore(config: BreakerConfig, snapshot: Snapshot) -> Result<Breaker, &'static str> {
        if snapshot.opened_at.is_some_and(|at| !at.is_finite()) {
            return Err("openedAt must be a finite number");
        }
        let opened_at = match snapshot.state {
            CircuitState::Open if snapshot.opened_at.is_none() => {
                return Err("OPEN needs openedAt")
            }
            CircuitState::Closed => None,
            _ => snapshot.opened_at,
        };
        Ok(Breaker {
            state: snapshot.state,
            failure_count: snapshot.failure_count,
            opened_at,
            ..Breaker::new(config)
        })
    }

    /// When a stored OPEN becomes HALF_OPEN; None in any other state. Until then every
    /// `admit` is refused for the time left, so a driver may refuse without asking.
    pub fn due_at(&self) -> Option<f64> {
        match (self.state, self.opened_at) {
            (CircuitState::Open, Some(at)) => Some(at + self.config.recovery_timeout_ms),
            _ => None,
        }
    }

    fn open(&mut self, now: f64) -> Option<Transition> {
        self.opened_at = Some(now);
        self.change(CircuitState::Open, now)
    }

    /// Enters `to`, starting a new phase, if it is a change.
    fn change(&mut self, to: CircuitState, at: f64) -> Option<Transition> {
        let from = self.state;
        if from == to {
            return None;
        }
        self.state = to;
        self.probes = 0;
        self.phase = (self.phase + 1) & PHASE_MASK;
        Some(Transition { from, to, at })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closed_ticket_is_what_admit_gives_while_closed() {
        let mut breaker = Breaker::new(BreakerConfig::default());
        let ticket = breaker.closed_ticket().expect("closed");
        assert_eq!(breaker.admit(0.0).0, Ok(ticket));
        breaker.reset(0.0);
        let after_reset = breaker.closed_ticket().expect("closed");
        assert_ne!(after_reset, ticket, "a new phase, a new ticket");
        for _ in 0..BreakerConfig::default().failure_threshold {
            let ticket = breaker.admit(0.0).0.expect("admitted");
            breaker.record(ticket, Outcome::Failure, 0.0);
        }
        assert_eq!(breaker.closed_ticket(), None);
    }

    #[test]
    fn a_closed_circuit_ignores_the_clock_for_admissions_and_successes() {
        let mut breaker = Breaker::new(BreakerConfig::default());
        assert!(!breaker.needs_clock());
        let (admission, transition) = breaker.admit(f64::NAN);
        let ticket = admission.expect("a closed circuit admits");
        assert_eq!(transition, None);
        let failed = breaker.admit(1000.0).0.expect("admitted");
        assert_eq!(breaker.record(failed, Outcome::Failure, 1000.0), None);
        assert_eq!(breaker.failure_count(), 1);
        assert_eq!(breaker.record(ticket, Outcome::Success, f64::NAN), None);
        assert_eq!(breaker.failure_count(), 0);
        assert_eq!(breaker.state(0.0), CircuitState::Closed);
        for _ in 0..BreakerConfig::default().failure_threshold {
            let ticket = breaker.admit(2000.0).0.expect("admitted");
            breaker.record(ticket, Outcome::Failure, 2000.0);
        }
        assert!(breaker.needs_clock());
    }
    use CircuitState::{Closed, HalfOpen, Open};
    use Outcome::{Failure, Success};

    fn config(failure_threshold: u32, half_open_max_calls: u32) -> BreakerConfig {
        BreakerConfig {
            failure_threshold,
            recovery_timeout_ms: 1000.0,
            half_open_max_calls,
        }
    }

    fn ticket(breaker: &mut Breaker, now: f64) -> Ticket {
        match breaker.admit(now) {
            (Ok(ticket), _) => ticket,
            (Err(rejection), _) => panic!("refused: {rejection:?}"),
        }
    }

    /// Opens a fresh breaker (threshold 2) at time 100.
    fn opened(half_open_max_calls: u32) -> Breaker {
        let mut b = Breaker::new(config(2, half_open_max_calls));
        for _ in 0..2 {
            let t = ticket(&mut b, 100.0);
            b.record(t, Failure, 100.0);
        }
        assert_eq!(b.state(100.0), Open);
        b
    }

    #[test]
    fn names_round_trip() {
        for state in [Closed, Open, HalfOpen] {
            assert_eq!(CircuitState::parse(state.as_str()), Some(state));
        }
        assert_eq!(Closed.as_str(), "CLOSED");
        assert_eq!(Open.as_str(), "OPEN");
        assert_eq!(HalfOpen.as_str(), "HALF_OPEN");
        for bad in ["", "closed", "HALF-OPEN", "HalfOpen", " OPEN"] {
            assert_eq!(CircuitState::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn default_config() {
        assert_eq!(
            BreakerConfig::default(),
            BreakerConfig {
                failure_threshold: 5,
                recovery_timeout_ms: 30_000.0,
                half_open_max_calls: 1,
            }
        );
    }

    #[test]
    fn tickets_cross_as_bits() {
        let t = Ticket::new(12345, true);
        assert_eq!(Ticket::from_bits(t.to_bits()), t);
        assert_ne!(Ticket::new(12345, false), t);
    }

    #[test]
    fn opens_after_threshold_consecutive_failures() {
        let mut b = Breaker::new(config(3, 1));
        for expected in 1..=2 {
            let t = ticket(&mut b, 0.0);
            assert_eq!(b.record(t, Failure, 0.0), None);
            assert_eq!(b.failure_count(), expected);
        }
        let t = ticket(&mut b, 0.0);
        assert_eq!(
            b.record(t, Failure, 50.0),
            Some(Transition {
                from: Closed,
                to: Open,
                at: 50.0
            })
        );
        assert_eq!(b.state(50.0), Open);
        assert_eq!(b.opened_at(), Some(50.0));
        assert_eq!(b.failure_count(), 3);
    }

    #[test]
    fn a_success_resets_the_count() {
        let mut b = Breaker::new(config(3, 1));
        for outcome in [Failure, Failure, Success, Failure, Failure] {
            let t = ticket(&mut b, 0.0);
            assert_eq!(b.record(t, outcome, 0.0), None);
        }
        assert_eq!(b.state(0.0), Closed);
        assert_eq!(b.failure_count(), 2);
    }

    #[test]
    fn open_refuses_with_the_time_left() {
        let mut b = opened(1);
        assert_eq!(
            b.admit(400.0),
            (
                Err(Rejection {
                    state: Open,
                    retry_after_ms: 700.0
                }),
                None
            )
        );
        assert_eq!(
            b.admit(1099.5).0,
            Err(Rejection {
                state: Open,
                retry_after_ms: 0.5
            })
        );
        // A clock going backwards is not a panic, just a longer wait.
        assert_eq!(
            b.admit(0.0).0,
            Err(Rejection {
                state: Open,
                retry_after_ms: 1100.0
            })
        );
    }

    #[test]
    fn open_reads_half_open_when_due_without_any_call() {
        let b = opened(1);
        assert_eq!(b.state(1099.0), Open);
        assert_eq!(b.state(1100.0), HalfOpen);
        assert_eq!(
            b.snapshot(5000.0),
            Snapshot {
                state: HalfOpen,
                failure_count: 2,
                opened_at: Some(100.0)
            }
        );
    }

    #[test]
    fn admit_makes_the_due_move_dated_when_it_became_due() {
        let mut b = opened(1);
        let (admission, transition) = b.admit(5000.0);
        assert!(admission.is_ok());
        assert_eq!(
            transition,
            Some(Transition {
                from: Open,
                to: HalfOpen,
                at: 1100.0
            })
        );
        assert_eq!(b.admit(5001.0).1, None);
    }

    #[test]
    fn half_open_admits_only_max_probes() {
        let mut b = opened(2);
        ticket(&mut b, 2000.0);
        ticket(&mut b, 2000.0);
        assert_eq!(
            b.admit(2000.0),
            (
                Err(Rejection {
                    state: HalfOpen,
                    retry_after_ms: 0.0
                }),
                None
            )
        );
    }

    #[test]
    fn zero_probes_keeps_it_half_open_until_reset() {
        let mut b = opened(0);
        assert!(b.admit(2000.0).0.is_err());
        assert_eq!(b.state(9e9), HalfOpen);
        assert!(b.reset(9e9).is_some());
        assert!(b.admit(9e9).0.is_ok());
    }

    #[test]
    fn a_successful_probe_closes() {
        let mut b = opened(1);
        let probe = ticket(&mut b, 2000.0);
        assert_eq!(
            b.record(probe, Success, 2500.0),
            Some(Transition {
                from: HalfOpen,
                to: Closed,
                at: 2500.0
            })
        );
        assert_eq!(b.failure_count(), 0);
        assert_eq!(b.opened_at(), None);
        assert!(b.admit(2500.0).0.is_ok());
    }

    #[test]
    fn a_failed_probe_reopens_one_failure_higher() {
        let mut b = opened(1);
        let probe = ticket(&mut b, 2000.0);
        assert_eq!(
            b.record(probe, Failure, 2500.0),
            Some(Transition {
                from: HalfOpen,
                to: Open,
                at: 2500.0
            })
        );
        assert_eq!(b.opened_at(), Some(2500.0));
        assert_eq!(b.failure_count(), 3);
        assert_eq!(b.state(3499.0), Open);
        assert_eq!(b.state(3500.0), HalfOpen);
    }

    #[test]
    fn late_outcomes_from_an_earlier_phase_are_ignored() {
        let mut b = Breaker::new(config(1, 1));
        let slow = ticket(&mut b, 0.0);
        let fast = ticket(&mut b, 0.0);
        assert!(b.record(fast, Failure, 10.0).is_some());
        // The slow call admitted while CLOSED neither closes nor counts.
        assert_eq!(b.record(slow, Success, 20.0), None);
        assert_eq!(b.record(slow, Failure, 20.0), None);
        assert_eq!(b.state(20.0), Open);
        assert_eq!(b.opened_at(), Some(10.0));
        assert_eq!(b.failure_count(), 1);

        // A stale probe cannot close a circuit a later probe re-opened.
        let old_probe = ticket(&mut b, 2000.0);
        assert!(b.record(old_probe, Failure, 2000.0).is_some());
        let new_probe = ticket(&mut b, 4000.0);
        assert_eq!(b.record(old_probe, Success, 4000.0), None);
        assert_eq!(b.state(4000.0), HalfOpen);
        assert!(b.record(new_probe, Success, 4000.0).is_some());
        assert_eq!(b.state(4000.0), Closed);
    }

    #[test]
    fn forged_tickets_are_ignored() {
        let mut b = opened(1);
        // The current phase is OPEN: no ticket belongs to it.
        for bits in [0, 1, 2, 3, 4, 5, u32::MAX] {
            assert_eq!(b.record(Ticket::from_bits(bits), Success, 200.0), None);
        }
        assert_eq!(b.state(200.0), Open);
        // A non-probe ticket of a HALF_OPEN phase is not a probe.
        let probe = ticket(&mut b, 2000.0);
        let not_probe = Ticket::from_bits(probe.to_bits() & !1);
        assert_eq!(b.record(not_probe, Success, 2000.0), None);
        assert_eq!(b.state(2000.0), HalfOpen);
    }

    #[test]
    fn reset_closes_from_any_state() {
        let mut b = opened(1);
        assert_eq!(
            b.reset(200.0),
            Some(Transition {
                from: Open,
                to: Closed,
                at: 200.0
            })
        );
        assert_eq!(
            b.snapshot(200.0),
            Snapshot {
                state: Closed,
                failure_count: 0,
                opened_at: None
            }
        );

        let mut b = opened(1);
        assert_eq!(b.reset(5000.0).map(|t| t.from), Some(HalfOpen));

        let mut b = Breaker::new(config(3, 1));
        let before = ticket(&mut b, 0.0);
        assert_eq!(b.record(before, Failure, 0.0), None);
        assert_eq!(b.reset(0.0), None);
        assert_eq!(b.failure_count(), 0);
        // A call admitted before the reset no longer counts.
        let before = ticket(&mut b, 0.0);
        b.reset(0.0);
        b.record(before, Failure, 0.0);
        assert_eq!(b.failure_count(), 0);
    }

    #[test]
    fn restore_rebuilds_each_state() {
        let snapshot = Snapshot {
            state: Open,
            failure_count: 7,
            opened_at: Some(100.0),
        };
        let b = Breaker::restore(config(5, 1), snapshot);
        let b = b.expect("a consistent snapshot");
        assert_eq!(b.snapshot(200.0), snapshot);
        assert_eq!(b.state(1100.0), HalfOpen);
        assert_eq!(b.config(), config(5, 1));

        let half_open = Snapshot {
            state: HalfOpen,
            failure_count: 5,
            opened_at: Some(100.0),
        };
        let mut b = Breaker::restore(config(5, 1), half_open).expect("a consistent snapshot");
        assert_eq!(b.snapshot(0.0), half_open);
        let (admission, transition) = b.admit(0.0);
        assert!(admission.is_ok());
        assert_eq!(transition, None);
        assert!(b.admit(0.0).0.is_err());

        let closed = Snapshot {
            state: Closed,
            failure_count: 4,
            opened_at: Some(100.0),
        };
        let mut b = Breaker::restore(config(5, 1), closed).expect("a consistent snapshot");
        assert_eq!(b.opened_at(), None);
        assert_eq!(b.failure_count(), 4);
        let t = ticket(&mut b, 0.0);
        assert_eq!(b.record(t, Failure, 0.0).map(|t| t.to), Some(Open));
    }

    #[test]
    fn restore_refuses_inconsistent_snapshots() {
        let open = Snapshot {
            state: Open,
            failure_count: 5,
            opened_at: None,
        };
        assert_eq!(
            Breaker::restore(config(5, 1), open).err(),
            Some("OPEN needs openedAt")
        );
        for state in [Closed, Open, HalfOpen] {
            for at in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
                let snapshot = Snapshot {
                    state,
                    failure_count: 0,
                    opened_at: Some(at),
                };
                assert!(Breaker::restore(config(5, 1), snapshot).is_err());
            }
        }
    }

    #[test]
    fn zero_threshold_opens_on_the_first_failure() {
        let mut b = Breaker::new(config(0, 1));
        let t = ticket(&mut b, 0.0);
        assert_eq!(b.record(t, Failure, 0.0).map(|t| t.to), Some(Open));
    }

    #[test]
    fn odd_times_do_not_panic() {
        for now in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0, f64::MAX] {
            let mut b = Breaker::new(config(1, 1));
            let t = ticket(&mut b, now);
            b.record(t, Failure, now);
            let (admission, _) = b.admit(now);
            if let Err(rejection) = admission {
                assert!(rejection.retry_after_ms >= 0.0, "{now}");
            }
            b.snapshot(now);
            b.reset(now);
        }
    }
}
