//! Properties of the policy core that must hold for every input, not just the examples.

use claude_resilience::core::backoff::{Backoff, Jitter};
use claude_resilience::core::breaker::{
    Breaker, BreakerConfig, CircuitState, Outcome, Ticket, Transition,
};
use claude_resilience::core::budget::{BudgetConfig, RetryBudget};
use claude_resilience::core::classify::{ErrorFacts, RetryRules, DEFAULT_RETRYABLE_STATUSES};
use claude_resilience::core::engine::{Call, Stop, Verdict};
use claude_resilience::core::pacing::{Admission, Pacer, Report, Sent};
use claude_resilience::core::sse::{SseEvent, SseParser};
use proptest::prelude::*;

fn jitter() -> impl Strategy<Value = Jitter> {
    proptest::sample::select(vec![
        Jitter::Additive,
        Jitter::Full,
        Jitter::Equal,
        Jitter::Decorrelated,
        Jitter::None,
    ])
}

fn backoff() -> impl Strategy<Value = Backoff> {
    (0.0..1e6f64, 0.0..1e7f64, jitter()).prop_map(|(base_delay, max_delay, jitter)| Backoff {
        base_delay,
        max_delay,
        jitter,
    })
}

/// The float just below 1 is the worst case for the half-open ranges.
fn unit() -> impl Strategy<Value = f64> {
    prop_oneof![0.0..1.0f64, Just(0.0), Just(1.0 - f64::EPSILON / 2.0)]
}

proptest! {
    #[test]
    fn every_delay_lies_in_its_documented_range(
        b in backoff(),
        retry in 0u32..64,
        previous in proptest::option::of(0.0..1e7f64),
        unit in unit(),
    ) {
        let d = b.delay(retry, previous, unit);
        let (base, max) = (b.base_delay, b.max_delay);
        let exponential = base * 2f64.powi(retry as i32);
        let cap = exponential.min(max);
        prop_assert!(d.is_finite() && d >= 0.0 && d <= max, "{d}");
        match b.jitter {
            Jitter::Additive => prop_assert_eq!(d, (exponential + unit * 1000.0).min(max)),
            Jitter::None => prop_assert_eq!(d, cap),
            Jitter::Full if cap == 0.0 => prop_assert_eq!(d, 0.0),
            Jitter::Full => prop_assert!(d < cap, "{d} >= {cap}"),
            Jitter::Equal if cap == 0.0 => prop_assert_eq!(d, 0.0),
            Jitter::Equal => prop_assert!(cap / 2.0 <= d && d < cap, "{d} vs {cap}"),
            Jitter::Decorrelated => {
                let previous = previous.unwrap_or(base);
                if 3.0 * previous <= base {
                    prop_assert_eq!(d, base.min(max));
                } else {
                    prop_assert!(base.min(max) <= d && d < 3.0 * previous, "{d}");
                }
            }
        }
    }

    #[test]
    fn any_input_gives_a_finite_non_negative_delay(
        base_delay in proptest::num::f64::ANY,
        max_delay in proptest::num::f64::ANY,
        jitter in jitter(),
        retry in any::<u32>(),
        previous in proptest::option::of(proptest::num::f64::ANY),
        unit in proptest::num::f64::ANY,
    ) {
        let d = Backoff { base_delay, max_delay, jitter }.delay(retry, previous, unit);
        prop_assert!(d.is_finite() && d >= 0.0, "{d}");
        if max_delay.is_finite() {
            prop_assert!(d <= max_delay.max(0.0), "{d}");
        }
    }
}

fn rules() -> impl Strategy<Value = RetryRules> {
    (0u32..6, backoff(), any::<bool>()).prop_map(|(max_retries, backoff, respect_retry_after)| {
        RetryRules {
            max_retries,
            backoff,
            retryable_statuses: DEFAULT_RETRYABLE_STATUSES.to_vec(),
            respect_retry_after,
        }
    })
}

fn facts() -> impl Strategy<Value = ErrorFacts> {
    (
        proptest::option::of(100u16..600),
        any::<bool>(),
        proptest::option::of(any::<bool>()),
        proptest::option::of(prop_oneof![0.0..2e7f64, Just(0.0), Just(f64::NAN)]),
        any::<bool>(),
    )
        .prop_map(
            |(status, aborted, should_retry, retry_after_ms, circuit_open)| ErrorFacts {
                status,
                aborted,
                should_retry,
                retry_after_ms,
                circuit_open,
            },
        )
}

/// The clock's reading at the failure; at 0 the budget is exactly `remaining`, so the
/// properties can probe waits right at its edge without float rounding.
const NOW: f64 = 0.0;

/// The engine's verdict on `attempt` of a call under `rules`, after a wait of `previous`, with
/// `remaining` ms left before its deadline.
fn decide(
    rules: &RetryRules,
    attempt: u32,
    retryable: bool,
    facts: &ErrorFacts,
    previous: Option<f64>,
    remaining: Option<f64>,
    unit: f64,
) -> Verdict {
    let mut call = Call {
        attempt,
        max_retries: rules.max_retries,
        previous_delay: previous,
        deadline_at: remaining.map(|ms| NOW + ms),
        spent: 0.0,
    };
    match call.judge(rules, facts, || Ok::<_, ()>(retryable), (NOW, unit), None) {
        Ok(verdict) => verdict,
        Err(()) => unreachable!("the classifier never fails here"),
    }
}

proptest! {
    #[test]
    fn decide_retries_only_what_it_may(
        rules in rules(),
        attempt in 0u32..10,
        retryable in any::<bool>(),
        facts in facts(),
        previous in proptest::option::of(0.0..1e7f64),
        remaining in proptest::option::of(-10.0..1e7f64),
        unit in unit(),
    ) {
        let verdict = decide(&rules, attempt, retryable, &facts, previous, remaining, unit);
        if let Verdict::Retry { delay_ms, .. } = verdict {
            prop_assert!(retryable && !facts.aborted && attempt < rules.max_retries);
            prop_assert!(delay_ms.is_finite() && delay_ms >= 0.0);
            prop_assert!(delay_ms <= rules.backoff.max_delay);
        }
    }

    #[test]
    fn decide_waits_at_least_what_the_server_asked(
        rules in rules(),
        attempt in 0u32..5,
        previous in proptest::option::of(0.0..1e7f64),
        r in 0.001..1.2e7f64,
        unit in unit(),
    ) {
        let rules = RetryRules { max_retries: 5, respect_retry_after: true, ..rules };
        let facts = ErrorFacts { status: Some(429), retry_after_ms: Some(r), ..ErrorFacts::default() };
        let verdict = decide(&rules, attempt, true, &facts, previous, None, unit);
        if r > rules.backoff.max_delay {
            prop_assert_eq!(verdict, Verdict::GiveUp(Stop::ServerWaitTooLong));
        } else {
            let waited = match verdict {
                Verdict::Retry { delay_ms, .. } => Some(delay_ms),
                Verdict::GiveUp(_) => None,
            };
            prop_assert_eq!(waited, Some(r));
        }
    }

    #[test]
    fn decide_never_waits_past_the_budget(
        rules in rules(),
        attempt in 0u32..10,
        facts in facts(),
        previous in proptest::option::of(0.0..1e7f64),
        remaining in -10.0..2e7f64,
        slack in -2.0..2.0f64,
        unit in unit(),
    ) {
        let unbounded = decide(&rules, attempt, true, &facts, previous, None, unit);
        // A random budget, and budgets right around the delay itself.
        let mut budgets = vec![remaining];
        if let Verdict::Retry { delay_ms, .. } = unbounded {
            budgets.extend([delay_ms, delay_ms + slack, delay_ms - f64::EPSILON * delay_ms]);
        }
        for remaining in budgets {
            let bounded = decide(&rules, attempt, true, &facts, previous, Some(remaining), unit);
            match unbounded {
                Verdict::Retry { delay_ms, .. } if delay_ms > remaining.max(0.0) => {
                    prop_assert_eq!(bounded, Verdict::GiveUp(Stop::Deadline))
                }
                _ => prop_assert_eq!(bounded, unbounded),
            }
        }
    }
}

#[derive(Clone, Debug)]
enum Step {
    Admit,
    /// Records the outcome of the n-th ticket handed out (mod their number).
    Record(usize, Outcome),
    Wait(f64),
    Reset,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => Just(Step::Admit),
        4 => (any::<usize>(), prop_oneof![Just(Outcome::Success), Just(Outcome::Failure)])
            .prop_map(|(n, outcome)| Step::Record(n, outcome)),
        2 => (0.0..1500.0f64).prop_map(Step::Wait),
        1 => Just(Step::Reset),
    ]
}

fn breaker_config() -> impl Strategy<Value = BreakerConfig> {
    (1u32..5, prop_oneof![Just(0.0), 1.0..2000.0f64], 0u32..4).prop_map(
        |(failure_threshold, recovery_timeout_ms, half_open_max_calls)| BreakerConfig {
            failure_threshold,
            recovery_timeout_ms,
            half_open_max_calls,
        },
    )
}

proptest! {
    #[test]
    fn the_breaker_limits_probes_and_ignores_stale_outcomes(
        config in breaker_config(),
        steps in proptest::collection::vec(step(), 0..80),
    ) {
        let mut breaker = Breaker::new(config);
        let mut now = 1_000_000.0;
        // Each ticket with the phase it was handed out in.
        let mut tickets: Vec<(Ticket, u32)> = Vec::new();
        let mut phase = 0;
        // Probes admitted since the circuit last changed state.
        let mut probes = 0;
        for step in steps {
            let before = breaker.state(now);
            let transition: Option<Transition> = match step {
                Step::Admit => {
                    let (admission, transition) = breaker.admit(now);
                    if let Some(transition) = transition {
                        // The move was due already, so `before` read HALF_OPEN.
                        prop_assert_eq!(before, CircuitState::HalfOpen);
                        prop_assert_eq!(transition.from, CircuitState::Open);
                        prop_assert_eq!(transition.to, CircuitState::HalfOpen);
                        prop_assert!(transition.at <= now);
                        probes = 0;
                        phase += 1;
                    }
                    match admission {
                        Ok(ticket) => {
                            if breaker.state(now) == CircuitState::HalfOpen {
                                probes += 1;
                                prop_assert!(probes <= config.half_open_max_calls);
                            }
                            tickets.push((ticket, phase));
                        }
                        Err(rejection) => {
                            prop_assert_ne!(before, CircuitState::Closed);
                            prop_assert_eq!(rejection.state, breaker.state(now));
                            prop_assert!(rejection.retry_after_ms.is_finite());
                            prop_assert!(rejection.retry_after_ms >= 0.0);
                        }
                    }
                    None
                }
                Step::Record(n, outcome) if !tickets.is_empty() => {
                    let (ticket, issued) = tickets[n % tickets.len()];
                    let unchanged = breaker.snapshot(now);
                    let transition = breaker.record(ticket, outcome, now);
                    if issued != phase {
                        // A late outcome from an earlier phase changes nothing.
                        prop_assert_eq!(transition, None);
                        prop_assert_eq!(breaker.snapshot(now), unchanged);
                    }
                    transition
                }
                Step::Record(..) => None,
                Step::Wait(ms) => {
                    now += ms;
                    None
                }
                Step::Reset => {
                    // A new phase even without a transition.
                    phase += 1;
                    let transition = breaker.reset(now);
                    prop_assert_eq!(breaker.state(now), CircuitState::Closed);
                    prop_assert_eq!(breaker.failure_count(), 0);
                    transition
                }
            };
            if let Some(transition) = transition {
                probes = 0;
                phase += 1;
                prop_assert_eq!(transition.from, before);
                prop_assert_ne!(transition.from, transition.to);
                if transition.to == CircuitState::Open {
                    prop_assert_eq!(breaker.opened_at(), Some(now));
                }
            } else if !matches!(step, Step::Wait(_)) {
                prop_assert_eq!(breaker.state(now), before);
            }
            let snapshot = breaker.snapshot(now);
            prop_assert_eq!(snapshot.opened_at.is_none(), snapshot.state == CircuitState::Closed);
            let restored = Breaker::restore(config, snapshot);
            prop_assert!(restored.is_ok(), "{:?}", snapshot);
        }
    }

    #[test]
    fn the_breaker_survives_any_clock(
        config in (any::<u32>(), proptest::num::f64::ANY, any::<u32>()).prop_map(
            |(failure_threshold, recovery_timeout_ms, half_open_max_calls)| BreakerConfig {
                failure_threshold: failure_threshold % 4,
                recovery_timeout_ms,
                half_open_max_calls,
            },
        ),
        steps in proptest::collection::vec((step(), proptest::num::f64::ANY), 0..60),
    ) {
        let mut breaker = Breaker::new(config);
        let mut tickets = Vec::new();
        for (step, now) in steps {
            match step {
                Step::Admit => {
                    let (admission, _) = breaker.admit(now);
                    match admission {
                        Ok(ticket) => tickets.push(ticket),
                        Err(rejection) => prop_assert!(rejection.retry_after_ms >= 0.0),
                    }
                }
                Step::Record(n, outcome) => {
                    let bits = tickets.get(n % (tickets.len() + 1)).map_or(n as u32, |t| t.to_bits());
                    breaker.record(Ticket::from_bits(bits), outcome, now);
                }
                Step::Wait(_) => {
                    breaker.snapshot(now);
                }
                Step::Reset => {
                    breaker.reset(now);
                }
            }
        }
    }
}

/// One event as written on the wire, and the event it must parse to.
#[derive(Clone, Debug)]
struct WireEvent {
    name: Option<String>,
    data: Vec<String>,
    comment_before: bool,
}

fn wire_event() -> impl Strategy<Value = WireEvent> {
    (
        proptest::option::of("[a-z_]{1,12}"),
        proptest::collection::vec("[ -~é€😀]{0,10}", 1..4),
        any::<bool>(),
    )
        .prop_map(|(name, data, comment_before)| WireEvent {
            name,
            data,
            comment_before,
        })
}

/// A stream, its expected events, with a random line ending on every line.
fn stream() -> impl Strategy<Value = (Vec<u8>, Vec<SseEvent>)> {
    (
        proptest::collection::vec(wire_event(), 0..5),
        proptest::collection::vec(proptest::sample::select(vec!["\n", "\r\n", "\r"]), 64),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(events, endings, bom, unterminated)| {
            let mut endings = endings.into_iter().cycle();
            let mut wire = String::new();
            if bom {
                wire.push('\u{FEFF}');
            }
            let mut line = |wire: &mut String, text: &str| {
                let mut ending = endings.next().unwrap_or("\n");
                // CR then a blank line ended by LF would read as one CRLF.
                if text.is_empty() && wire.ends_with('\r') && ending == "\n" {
                    ending = "\r\n";
                }
                wire.push_str(text);
                wire.push_str(ending);
            };
            let mut expected = Vec::new();
            for (i, event) in events.iter().enumerate() {
                if event.comment_before {
                    line(&mut wire, ": keep-alive");
                }
                if let Some(name) = &event.name {
                    line(&mut wire, &format!("event: {name}"));
                }
                for data in &event.data {
                    line(&mut wire, &format!("data: {data}"));
                }
                if !(unterminated && i + 1 == events.len()) {
                    line(&mut wire, "");
                }
                expected.push(SseEvent {
                    event: event.name.clone().unwrap_or_else(|| "message".to_owned()),
                    data: event.data.join("\n"),
                });
            }
            (wire.into_bytes(), expected)
        })
}

fn parse_in_chunks<'a>(chunks: impl IntoIterator<Item = &'a [u8]>) -> Vec<SseEvent> {
    let mut parser = SseParser::new();
    let mut events = Vec::new();
    for chunk in chunks {
        events.extend(parser.push(chunk));
    }
    events.extend(parser.finish());
    events
}

proptest! {
    #[test]
    fn sse_events_do_not_depend_on_chunking(
        (wire, expected) in stream(),
        cuts in proptest::collection::vec(any::<usize>(), 0..12),
    ) {
        prop_assert_eq!(&parse_in_chunks([&wire[..]]), &expected);
        for split in 0..=wire.len() {
            prop_assert_eq!(&parse_in_chunks([&wire[..split], &wire[split..]]), &expected);
        }
        prop_assert_eq!(&parse_in_chunks(wire.chunks(1)), &expected);
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c % (wire.len() + 1)).collect();
        cuts.push(0);
        cuts.push(wire.len());
        cuts.sort_unstable();
        prop_assert_eq!(
            &parse_in_chunks(cuts.windows(2).map(|w| &wire[w[0]..w[1]])),
            &expected
        );
    }
}

proptest! {
    #[test]
    fn the_retry_budget_stays_between_zero_and_capacity(
        capacity in 0.0..1000.0f64,
        retry_cost in 0.0..50.0f64,
        refill in 0.0..20.0f64,
        steps in proptest::collection::vec((any::<bool>(), 0.0..100.0f64), 0..400),
    ) {
        let mut budget = RetryBudget::new(BudgetConfig { capacity, retry_cost, refill });
        for (spend, spent) in steps {
            let before = budget.tokens();
            if spend {
                match budget.spend() {
                    Some(cost) => prop_assert_eq!(budget.tokens(), before - cost),
                    None => prop_assert_eq!(budget.tokens(), before, "a refusal takes nothing"),
                }
            } else {
                budget.succeeded(spent);
                prop_assert!(budget.tokens() >= before);
            }
            prop_assert!(budget.tokens() >= 0.0 && budget.tokens() <= capacity);
        }
    }

    #[test]
    fn successes_added_together_leave_the_bucket_as_one_by_one(
        capacity in 0.0..1000.0f64,
        retry_cost in 0.0..50.0f64,
        refill in 0.0..20.0f64,
        spends in 0usize..300,
        calls in 0u32..1000,
    ) {
        let mut one_by_one = RetryBudget::new(BudgetConfig { capacity, retry_cost, refill });
        for _ in 0..spends {
            one_by_one.spend();
        }
        let mut together = one_by_one.clone();
        for _ in 0..calls {
            one_by_one.succeeded(0.0);
        }
        together.refilled(f64::from(calls));
        let (a, b) = (together.tokens(), one_by_one.tokens());
        prop_assert!((a - b).abs() <= 1e-9 * capacity.max(1.0), "{} vs {}", a, b);
    }
}

/// One step of a caller of a pacer, at a clock that only moves forward.
#[derive(Clone, Debug)]
enum PaceStep {
    /// A new call asks to go with this many input tokens.
    Arrive(f64),
    /// The waiting call at this index (modulo the number waiting) asks again.
    Ask(usize),
    /// The waiting call at this index gives up.
    Leave(usize),
    /// The answer to the sent request at this index (modulo) reports the windows.
    Answer(usize, f64, f64, f64),
    /// The clock moves on.
    Tick(f64),
}

fn pace_step() -> impl Strategy<Value = PaceStep> {
    prop_oneof![
        (0.0..500.0f64).prop_map(PaceStep::Arrive),
        any::<usize>().prop_map(PaceStep::Ask),
        any::<usize>().prop_map(PaceStep::Leave),
        (any::<usize>(), 1.0..20.0f64, 0.0..1.0f64, 0.0..5000.0f64).prop_map(
            |(index, limit, share, reset_in)| PaceStep::Answer(
                index,
                limit.floor(),
                share,
                reset_in
            )
        ),
        (0.0..2000.0f64).prop_map(PaceStep::Tick),
    ]
}

proptest! {
    /// Whatever the reports and the timing, calls leave the queue in the order they joined
    /// it, a wait never ends in the past, and a call told to wait is in the queue.
    #[test]
    fn the_pacing_queue_is_first_in_first_out(steps in proptest::collection::vec(pace_step(), 1..200)) {
        let mut pacer = Pacer::default();
        let mut now = 1_000_000.0;
        let mut waiting: Vec<(u64, f64)> = Vec::new();
        let mut sent: Vec<Sent> = Vec::new();
        let mut released: Vec<u64> = Vec::new();
        let ask = |pacer: &mut Pacer, ticket: Option<u64>, tokens: f64, now: f64,
                       waiting: &mut Vec<(u64, f64)>, sent: &mut Vec<Sent>, released: &mut Vec<u64>| {
            match pacer.admit(ticket, tokens, now) {
                Admission::Go(s) => {
                    sent.push(s);
                    if let Some(ticket) = ticket {
                        released.push(ticket);
                        waiting.retain(|w| w.0 != ticket);
                    }
                }
                Admission::Wait { ticket: given, until } => {
                    assert!(until >= now, "{until} < {now}");
                    if let Some(ticket) = ticket {
                        assert_eq!(given, ticket);
                    } else {
                        waiting.push((given, tokens));
                    }
                }
            }
            assert_eq!(pacer.waiting(), waiting.len());
        };
        for step in steps {
            match step {
                PaceStep::Arrive(tokens) => ask(&mut pacer, None, tokens, now, &mut waiting, &mut sent, &mut released),
                PaceStep::Ask(i) if !waiting.is_empty() => {
                    let (ticket, tokens) = waiting[i % waiting.len()];
                    ask(&mut pacer, Some(ticket), tokens, now, &mut waiting, &mut sent, &mut released);
                }
                PaceStep::Leave(i) if !waiting.is_empty() => {
                    let (ticket, _) = waiting.remove(i % waiting.len());
                    pacer.leave(ticket);
                }
                PaceStep::Answer(i, limit, share, reset_in) if !sent.is_empty() => {
                    let report = Report { limit, remaining: (limit * share).floor(), reset_at: now + reset_in };
                    pacer.observe(Some(report), Some(Report { limit: limit * 100.0, ..report }), sent[i % sent.len()], now);
                }
                PaceStep::Tick(ms) => now += ms,
                _ => {}
            }
        }
        let mut order = released.clone();
        order.sort_unstable();
        prop_assert_eq!(order, released);
    }

    /// Before its reset, a window lets through no more requests than it reported left.
    #[test]
    fn pacing_never_sends_more_than_remains(
        limit in 1u32..50,
        share in 0.0..1.0f64,
        arrivals in proptest::collection::vec(0.0..100.0f64, 1..200),
    ) {
        let now = 1_000_000.0;
        let limit = f64::from(limit);
        let remaining = (limit * share).floor();
        let mut pacer = Pacer::default();
        let Admission::Go(first) = pacer.admit(None, 1.0, now) else { panic!("no report yet") };
        pacer.observe(Some(Report { limit, remaining, reset_at: now + 60_000.0 }), None, first, now);
        let mut gone = 0.0;
        for (i, at) in arrivals.iter().enumerate() {
            let at = now + at;
            if let Admission::Go(_) = pacer.admit(None, 1.0, at) {
                gone += 1.0;
            }
            prop_assert!(gone <= remaining, "{} went of {} left, at arrival {}", gone, remaining, i);
        }
    }
}
