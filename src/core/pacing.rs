//! Pacing to the API's rate limits: every response says what is left of the current window
//! (`anthropic-ratelimit-{requests,input-tokens}-{limit,remaining,reset}`), so a request that
//! would not fit waits for the reset here instead of collecting a 429 there.
//!
//! One [`Pacer`] per model, since the API limits each model class on its own (an overloaded
//! Opus window says nothing of Haiku's); [`Pacing`] keeps them by model name. Names are not
//! grouped into classes: aliases and dated versions change faster than any table here, and two
//! names of one class paced apart at worst collect the 429 they would have collected anyway.
//!
//! What a report says is counted down by what was sent after the request it answers, so calls
//! made while earlier answers are on their way are counted once, and an answer overtaken by a
//! later one is ignored. A request that does not fit joins a FIFO queue; once the window has
//! room the queue is let through one request per refill step (the window's length ÷ its limit),
//! not all at the reset instant, and a newcomer joins the back of the queue rather than
//! overtake it. Anything missing or malformed means no pacing for that window, never an error.

use std::collections::VecDeque;

use super::retry_after::{parse_reset, parse_retry_after_ms};

/// One window as a response reported it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Report {
    pub limit: f64,
    pub remaining: f64,
    /// When the window is full again (ms, the clock's `now`).
    pub reset_at: f64,
}

impl Report {
    /// From the three header values; None when one is missing or malformed, or when more
    /// remains than the limit allows.
    pub fn parse(
        limit: Option<&str>,
        remaining: Option<&str>,
        reset: Option<&str>,
    ) -> Option<Report> {
        let report = Report {
            limit: parse_retry_after_ms(limit?)?,
            remaining: parse_retry_after_ms(remaining?)?,
            reset_at: parse_reset(reset?)?,
        };
        (report.remaining <= report.limit).then_some(report)
    }
}

/// What the pacer knows of one window.
#[derive(Clone, Debug, PartialEq)]
struct Window {
    limit: f64,
    /// What is left before `reset_at`, counted down by every request let through.
    remaining: f64,
    reset_at: f64,
    /// The window's length as far as the reports show: the longest time to a reset any of them
    /// gave. For a rolling window that is its length, for a token bucket the time to refill
    /// from empty; either way `period / limit` is the time one unit takes to come back.
    period: f64,
}

impl Window {
    /// `report`, less `since` sent after the request it answers; `before` is the window it
    /// replaces, whose period it keeps when the limit is the same.
    fn reported(report: Report, since: f64, before: Option<&Window>, now: f64) -> Window {
        let observed = (report.reset_at - now).max(0.0);
        let period = match before {
            Some(before) if before.limit == report.limit => before.period.max(observed),
            _ => observed,
        };
        Window {
            limit: report.limit,
            remaining: report.remaining - since,
            reset_at: report.reset_at,
            period,
        }
    }

    /// Past its reset the window is full again and the next reset a period later; a window
    /// whose period is unknown is forgotten (false) until the next report.
    fn roll(&mut self, now: f64) -> bool {
        if now < self.reset_at {
            return true;
        }
        if !(self.period > 0.0 && self.period.is_finite()) {
            return false;
        }
        let periods = ((now - self.reset_at) / self.period).floor() + 1.0;
        self.reset_at += periods * self.period;
        self.remaining = self.limit;
        true
    }

    /// A request larger than the whole window goes: no wait would make it fit.
    fn fits(&self, need: f64) -> bool {
        need <= self.remaining || need > self.limit
    }

    /// The time `need` units take to come back.
    fn step(&self, need: f64) -> f64 {
        if self.limit > 0.0 {
            need.min(self.limit) * self.period / self.limit
        } else {
            0.0
        }
    }
}

/// A request let through: where it stands in what was sent, to count what was sent after it
/// when its answer reports the window.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sent {
    seq: u64,
    /// Input tokens sent up to and including this request.
    tokens_mark: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Admission {
    /// Send now.
    Go(Sent),
    /// Wait until `until`, then ask again with `ticket`, the caller's place in the queue.
    Wait { ticket: u64, until: f64 },
}

/// The pacing of one model.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pacer {
    requests: Option<Window>,
    input_tokens: Option<Window>,
    /// Requests let through so far, and their input tokens.
    sent: u64,
    tokens_sent: f64,
    /// The request whose answer the windows come from.
    reported: Option<u64>,
    /// Tickets of the calls waiting, oldest first.
    queue: VecDeque<u64>,
    tickets: u64,
    /// The queue lets its next call through no earlier than this: one refill step after the
    /// last it let through.
    next_release: f64,
    /// A 429 whose wait the call could not take holds every call back until then.
    held_until: f64,
}

impl Pacer {
    /// Takes in the windows a response reported, for the request `sent`. The answer to an
    /// earlier request than the one in force says less than it and is ignored.
    pub fn observe(
        &mut self,
        requests: Option<Report>,
        input_tokens: Option<Report>,
        sent: Sent,
        now: f64,
    ) {
        if self.reported.is_some_and(|seq| seq > sent.seq) {
            return;
        }
        self.reported = Some(sent.seq);
        let since = self.sent.saturating_sub(sent.seq + 1) as f64;
        let tokens_since = (self.tokens_sent - sent.tokens_mark).max(0.0);
        self.requests =
            requests.map(|report| Window::reported(report, since, self.requests.as_ref(), now));
        self.input_tokens = input_tokens
            .map(|report| Window::reported(report, tokens_since, self.input_tokens.as_ref(), now));
    }

    /// Holds every call back until `until` (the API refused one with a wait it could not take).
    pub fn hold(&mut self, until: f64) {
        if until.is_finite() {
            self.held_until = self.held_until.max(until);
        }
    }

    /// Whether a request of `tokens` estimated input tokens may go, for a call without a
    /// `ticket` (asking the first time) or with one (waiting in the queue). A call told to wait
    /// is in the queue until it goes or [`leave`](Pacer::leave)s.
    pub fn admit(&mut self, ticket: Option<u64>, tokens: f64, now: f64) -> Admission {
        self.roll(now);
        let position = ticket.and_then(|ticket| self.queue.iter().position(|&t| t == ticket));
        let first = match position {
            Some(position) => position == 0,
            None => self.queue.is_empty(),
        };
        if first && self.ready(tokens, now) {
            if position.is_some() {
                self.queue.pop_front();
                self.next_release = now + self.step(tokens);
            }
            return Admission::Go(self.grant(tokens));
        }
        let (ticket, position) = match (ticket, position) {
            (Some(ticket), Some(position)) => (ticket, position),
            _ => {
                let ticket = self.tickets;
                self.tickets += 1;
                self.queue.push_back(ticket);
                (ticket, self.queue.len() - 1)
            }
        };
        let until = self.start(tokens, now) + position as f64 * self.step(tokens);
        // Behind another caller, wake no sooner than a millisecond on: it goes first.
        let until = if position > 0 {
            until.max(now + 1.0)
        } else {
            until
        };
        Admission::Wait { ticket, until }
    }

    /// A request let through as `sent` with `tokens` was never sent (the circuit breaker refused
    /// it): the window gets its share back, unless the window in force comes from a later
    /// request's answer and so never counted it.
    pub fn unsend(&mut self, sent: Sent, tokens: f64) {
        if self.reported.is_some_and(|seq| seq > sent.seq) {
            return;
        }
        for (window, need) in [(&mut self.requests, 1.0), (&mut self.input_tokens, tokens)] {
            if let Some(window) = window {
                window.remaining = (window.remaining + need).min(window.limit);
            }
        }
    }

    /// A waiting call gives up its place (aborted, out of time, or gone).
    pub fn leave(&mut self, ticket: u64) {
        self.queue.retain(|&t| t != ticket);
    }

    /// How many calls wait.
    pub fn waiting(&self) -> usize {
        self.queue.len()
    }

    fn roll(&mut self, now: f64) {
        for window in [&mut self.requests, &mut self.input_tokens] {
            if window.as_mut().is_some_and(|w| !w.roll(now)) {
                *window = None;
            }
        }
    }

    fn ready(&self, tokens: f64, now: f64) -> bool {
        now >= self.next_release
            && now >= self.held_until
            && self.requests.as_ref().is_none_or(|w| w.fits(1.0))
            && self.input_tokens.as_ref().is_none_or(|w| w.fits(tokens))
    }

    /// When the head of the queue could go: after the spacing, the hold, and the reset of
    /// each window it does not fit.
    fn start(&self, tokens: f64, now: f64) -> f64 {
        let blocked = |window: &Option<Window>, need: f64| match window {
            Some(window) if !window.fits(need) => window.reset_at,
            _ => now,
        };
        now.max(self.next_release)
            .max(self.held_until)
            .max(blocked(&self.requests, 1.0))
            .max(blocked(&self.input_tokens, tokens))
    }

    /// The spacing between two calls let through from the queue: the slower window's.
    fn step(&self, tokens: f64) -> f64 {
        let requests = self.requests.as_ref().map_or(0.0, |w| w.step(1.0));
        let input = self.input_tokens.as_ref().map_or(0.0, |w| w.step(tokens));
        requests.max(input)
    }

    fn grant(&mut self, tokens: f64) -> Sent {
        if let Some(window) = self.requests.as_mut() {
            window.remaining -= 1.0;
        }
        if let Some(window) = self.input_tokens.as_mut() {
            window.remaining -= tokens;
        }
        let seq = self.sent;
        self.sent += 1;
        self.tokens_sent += tokens;
        Sent {
            seq,
            tokens_mark: self.tokens_sent,
        }
    }
}

/// The pacers of one client, by model.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pacing {
    lanes: Vec<(String, Pacer)>,
}

impl Pacing {
    /// The pacer of `model`, made on first use.
    pub fn lane(&mut self, model: &str) -> &mut Pacer {
        let index = match self.lanes.iter().position(|(name, _)| name == model) {
            Some(index) => index,
            None => {
                self.lanes.push((model.into(), Pacer::default()));
                self.lanes.len() - 1
            }
        };
        &mut self.lanes[index].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: f64 = 1_000_000.0;

    fn report(limit: f64, remaining: f64, reset_in: f64) -> Option<Report> {
        Some(Report {
            limit,
            remaining,
            reset_at: NOW + reset_in,
        })
    }

    fn go(pacer: &mut Pacer, tokens: f64, now: f64) -> Sent {
        match pacer.admit(None, tokens, now) {
            Admission::Go(sent) => sent,
            other => panic!("expected to go at {now}, got {other:?}"),
        }
    }

    fn wait(admission: Admission) -> (u64, f64) {
        match admission {
            Admission::Wait { ticket, until } => (ticket, until),
            other => panic!("expected a wait, got {other:?}"),
        }
    }

    #[test]
    fn reports_parse_strictly() {
        let reset = Some("2026-12-07T03:06:00.500Z");
        assert_eq!(
            Report::parse(Some("50"), Some("49"), reset),
            Some(Report {
                limit: 50.0,
                remaining: 49.0,
                reset_at: 1_796_612_760_500.0
            })
        );
        for (limit, remaining, reset) in [
            (None, Some("1"), reset),
            (Some("50"), None, reset),
            (Some("50"), Some("1"), None),
            (Some("50"), Some("1"), Some("tomorrow")),
            (Some("50"), Some("-1"), reset),
            (Some("fifty"), Some("1"), reset),
            (Some("50"), Some("51"), reset),
            (Some("50"), Some("NaN"), reset),
        ] {
            assert_eq!(Report::parse(limit, remaining, reset), None);
        }
    }

    #[test]
    fn without_a_report_every_call_goes() {
        let mut pacer = Pacer::default();
        for _ in 0..1000 {
            go(&mut pacer, 1e9, NOW);
        }
    }

    #[test]
    fn a_call_that_does_not_fit_waits_exactly_until_the_reset() {
        let mut pacer = Pacer::default();
        let first = go(&mut pacer, 10.0, NOW);
        pacer.observe(report(2.0, 1.0, 5000.0), None, first, NOW);
        go(&mut pacer, 10.0, NOW + 1.0);
        let (ticket, until) = wait(pacer.admit(None, 10.0, NOW + 2.0));
        assert_eq!(until, NOW + 5000.0);
        assert_eq!(
            pacer.admit(Some(ticket), 10.0, NOW + 4999.0),
            Admission::Wait {
                ticket,
                until: NOW + 5000.0
            }
        );
        assert!(matches!(
            pacer.admit(Some(ticket), 10.0, NOW + 5000.0),
            Admission::Go(_)
        ));
        assert_eq!(pacer.waiting(), 0);
    }

    #[test]
    fn input_tokens_that_do_not_fit_wait_too_and_a_request_larger_than_the_window_goes() {
        let mut pacer = Pacer::default();
        let first = go(&mut pacer, 100.0, NOW);
        pacer.observe(None, report(1000.0, 300.0, 8000.0), first, NOW);
        go(&mut pacer, 250.0, NOW);
        let (_, until) = wait(pacer.admit(None, 100.0, NOW));
        assert_eq!(until, NOW + 8000.0);
        let mut other = Pacer::default();
        let first = go(&mut other, 100.0, NOW);
        other.observe(None, report(1000.0, 0.0, 8000.0), first, NOW);
        go(&mut other, 5000.0, NOW);
    }

    #[test]
    fn the_queue_is_first_in_first_out_and_released_a_refill_step_apart() {
        let mut pacer = Pacer::default();
        let first = go(&mut pacer, 1.0, NOW);
        // Ten requests a 10 s window, none left: one comes back every second.
        pacer.observe(report(10.0, 0.0, 10_000.0), None, first, NOW);
        let waits: Vec<(u64, f64)> = (0..4).map(|_| wait(pacer.admit(None, 1.0, NOW))).collect();
        let untils: Vec<f64> = waits.iter().map(|w| w.1).collect();
        assert_eq!(
            untils,
            [11_000.0, 12_000.0, 13_000.0, 14_000.0].map(|ms| NOW + ms - 1000.0)
        );
        // The second may not go before the first, even when asked first.
        let (second, _) = waits[1];
        assert!(matches!(
            pacer.admit(Some(second), 1.0, NOW + 10_000.0),
            Admission::Wait { .. }
        ));
        let mut order = Vec::new();
        let mut now = NOW + 10_000.0;
        while order.len() < 4 {
            for &(ticket, _) in &waits {
                if order.contains(&ticket) {
                    continue;
                }
                if let Admission::Go(_) = pacer.admit(Some(ticket), 1.0, now) {
                    order.push(ticket);
                    assert_eq!(now, NOW + 10_000.0 + 1000.0 * (order.len() - 1) as f64);
                }
            }
            now += 1.0;
        }
        assert_eq!(order, waits.iter().map(|w| w.0).collect::<Vec<_>>());
    }

    #[test]
    fn a_newcomer_joins_the_back_of_the_queue_even_when_the_window_has_room() {
        let mut pacer = Pacer::default();
        let first = go(&mut pacer, 1.0, NOW);
        pacer.observe(report(10.0, 0.0, 1000.0), None, first, NOW);
        let (head, _) = wait(pacer.admit(None, 1.0, NOW));
        assert!(matches!(
            pacer.admit(None, 1.0, NOW + 1000.0),
            Admission::Wait { .. }
        ));
        assert!(matches!(
            pacer.admit(Some(head), 1.0, NOW + 1000.0),
            Admission::Go(_)
        ));
    }

    #[test]
    fn a_caller_that_leaves_lets_the_next_go() {
        let mut pacer = Pacer::default();
        let first = go(&mut pacer, 1.0, NOW);
        pacer.observe(report(10.0, 0.0, 1000.0), None, first, NOW);
        let (head, _) = wait(pacer.admit(None, 1.0, NOW));
        let (next, _) = wait(pacer.admit(None, 1.0, NOW));
        pacer.leave(head);
        assert!(matches!(
            pacer.admit(Some(next), 1.0, NOW + 1000.0),
            Admission::Go(_)
        ));
        assert_eq!(pacer.waiting(), 0);
    }

    #[test]
    fn answers_count_what_was_sent_after_their_request_and_stale_ones_are_ignored() {
        let mut pacer = Pacer::default();
        let a = go(&mut pacer, 1.0, NOW);
        let b = go(&mut pacer, 1.0, NOW);
        go(&mut pacer, 1.0, NOW);
        // b's answer: 3 left when b arrived, and c was sent since: 2 left.
        pacer.observe(report(10.0, 3.0, 1000.0), None, b, NOW);
        go(&mut pacer, 1.0, NOW);
        go(&mut pacer, 1.0, NOW);
        assert!(matches!(
            pacer.admit(None, 1.0, NOW),
            Admission::Wait { .. }
        ));
        // a's answer is older than b's: it says nothing new.
        pacer.observe(report(10.0, 9.0, 1000.0), None, a, NOW);
        assert_eq!(pacer.requests.as_ref().map(|w| w.remaining), Some(0.0));
    }

    #[test]
    fn past_the_reset_the_window_is_full_again_for_another_period() {
        let mut pacer = Pacer::default();
        let first = go(&mut pacer, 1.0, NOW);
        pacer.observe(report(2.0, 0.0, 1000.0), None, first, NOW);
        assert!(matches!(
            pacer.admit(None, 1.0, NOW + 999.0),
            Admission::Wait { .. }
        ));
        let mut pacer = Pacer::default();
        let first = go(&mut pacer, 1.0, NOW);
        pacer.observe(report(2.0, 0.0, 1000.0), None, first, NOW);
        go(&mut pacer, 1.0, NOW + 1000.0);
        go(&mut pacer, 1.0, NOW + 1000.0);
        let (_, until) = wait(pacer.admit(None, 1.0, NOW + 1000.0));
        assert_eq!(until, NOW + 2000.0);
    }

    #[test]
    fn a_request_never_sent_gives_its_share_back() {
        let mut pacer = Pacer::default();
        let first = go(&mut pacer, 1.0, NOW);
        pacer.observe(
            report(10.0, 1.0, 1000.0),
            report(100.0, 50.0, 1000.0),
            first,
            NOW,
        );
        for _ in 0..100 {
            let refused = go(&mut pacer, 40.0, NOW);
            pacer.unsend(refused, 40.0);
        }
        go(&mut pacer, 40.0, NOW);
        assert!(matches!(
            pacer.admit(None, 1.0, NOW),
            Admission::Wait { .. }
        ));
        // Once a later request's answer is in force, an earlier one has nothing to give back.
        let mut pacer = Pacer::default();
        let early = go(&mut pacer, 1.0, NOW);
        let late = go(&mut pacer, 1.0, NOW);
        pacer.observe(report(10.0, 0.0, 1000.0), None, late, NOW);
        pacer.unsend(early, 1.0);
        assert!(matches!(
            pacer.admit(None, 1.0, NOW),
            Admission::Wait { .. }
        ));
    }

    #[test]
    fn a_missing_window_stops_pacing_it() {
        let mut pacer = Pacer::default();
        let first = go(&mut pacer, 1.0, NOW);
        pacer.observe(report(1.0, 0.0, 1000.0), None, first, NOW);
        assert!(matches!(
            pacer.admit(None, 1.0, NOW),
            Admission::Wait { .. }
        ));
        let mut pacer = Pacer::default();
        let first = go(&mut pacer, 1.0, NOW);
        pacer.observe(report(1.0, 0.0, 1000.0), None, first, NOW);
        let second = go(&mut pacer, 1.0, NOW + 1000.0);
        pacer.observe(None, None, second, NOW + 1000.0);
        go(&mut pacer, 1.0, NOW + 1000.0);
        go(&mut pacer, 1.0, NOW + 1000.0);
    }

    #[test]
    fn a_hold_keeps_every_call_back_until_it_ends() {
        let mut pacer = Pacer::default();
        pacer.hold(NOW + 3000.0);
        pacer.hold(NOW + 1000.0);
        pacer.hold(f64::NAN);
        let (ticket, until) = wait(pacer.admit(None, 1.0, NOW));
        assert_eq!(until, NOW + 3000.0);
        assert!(matches!(
            pacer.admit(Some(ticket), 1.0, NOW + 3000.0),
            Admission::Go(_)
        ));
    }

    #[test]
    fn models_are_paced_apart() {
        let mut pacing = Pacing::default();
        let first = go(pacing.lane("opus"), 1.0, NOW);
        pacing
            .lane("opus")
            .observe(report(1.0, 0.0, 1000.0), None, first, NOW);
        assert!(matches!(
            pacing.lane("opus").admit(None, 1.0, NOW),
            Admission::Wait { .. }
        ));
        go(pacing.lane("haiku"), 1.0, NOW);
    }
}
