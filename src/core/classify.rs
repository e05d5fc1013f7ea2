//! What a failure means: whether to retry it, how long to wait, whether it counts
//! against the circuit, and which status an in-stream error stands for.

use super::backoff::Backoff;

/// Retried by default, as the official SDK: 408, 409, 429 and the 5xx an API returns.
pub const DEFAULT_RETRYABLE_STATUSES: [u16; 8] = [408, 409, 429, 500, 502, 503, 504, 529];

/// What the bindings read off a thrown value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ErrorFacts {
    /// HTTP status (from `status` or `statusCode`), None for connection errors and plain errors.
    pub status: Option<u16>,
    /// A user abort (AbortError, APIUserAbortError, or the caller's signal aborted): never retried, never a breaker failure.
    pub aborted: bool,
    /// The `x-should-retry` header, when present and "true"/"false".
    pub should_retry: Option<bool>,
    /// A delay the server (or an open breaker) asked for, in ms, already parsed.
    pub retry_after_ms: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RetryRules {
    pub max_retries: u32,
    pub backoff: Backoff,
    pub retryable_statuses: Vec<u16>,
    /// Whether the server's `x-should-retry` and retry-after headers override our own rules.
    pub respect_retry_after: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    Retry { delay_ms: f64 },
    GiveUp,
}

impl RetryRules {
    /// The built-in classification (the user's shouldRetry replaces it in the bindings).
    /// A failure without a status never reached the API, so it is always worth another try.
    pub fn is_retryable(&self, facts: &ErrorFacts) -> bool {
        if facts.aborted {
            return false;
        }
        match facts.should_retry {
            Some(told) if self.respect_retry_after => told,
            _ => facts
                .status
                .is_none_or(|status| self.retryable_statuses.contains(&status)),
        }
    }

    /// `attempt` is the 0-based attempt that failed; `retryable` is is_retryable's answer or the
    /// user's shouldRetry's; `previous_delay` the last wait (None before the first);
    /// `remaining_ms` the time left of the overall budget (None = no budget); `unit` random.
    ///
    /// A server-requested delay longer than `max_delay` gives up at once: retrying
    /// early would only be refused again, and waiting that long exceeds what the
    /// caller allowed. A wait that would overrun the budget gives up too, so the
    /// caller gets the real error rather than a timeout after a pointless sleep.
    /// Only a finite positive server delay counts; anything else falls back to backoff.
    pub fn decide(
        &self,
        attempt: u32,
        retryable: bool,
        facts: &ErrorFacts,
        previous_delay: Option<f64>,
        remaining_ms: Option<f64>,
        unit: f64,
    ) -> Verdict {
        if facts.aborted || !retryable || attempt >= self.max_retries {
            return Verdict::GiveUp;
        }
        let requested = facts
            .retry_after_ms
            .filter(|ms| self.respect_retry_after && ms.is_finite() && *ms > 0.0);
        let delay_ms = match requested {
            Some(ms) if ms > self.backoff.max_delay => return Verdict::GiveUp,
            Some(ms) => ms,
            None => self.backoff.delay(attempt, previous_delay, unit),
        };
        match remaining_ms {
            Some(remaining) if delay_ms > remaining => Verdict::GiveUp,
            _ => Verdict::Retry { delay_ms },
        }
    }
}

/// The breaker's default failure test: connection errors and HTTP >= 500; aborts and other statuses (4xx, 429 included) are not failures.
///
/// A 4xx says the request was wrong, not that the service is down; tripping the
/// circuit on it would lock every caller out because of one bad request.
pub fn is_breaker_failure(facts: &ErrorFacts) -> bool {
    !facts.aborted && facts.status.is_none_or(|status| status >= 500)
}

/// The status an `error` event inside a stream stands for, by its `error.type` (the API's
/// error types, as the official SDK lists them, and the older request_too_large); unknown → 500.
///
/// The stream's HTTP status was already 200, so this is what lets a mid-stream
/// error be classified (and retried) like the same error returned up front.
pub fn status_for_error_type(error_type: &str) -> u16 {
    match error_type {
        "invalid_request_error" => 400,
        "authentication_error" => 401,
        "billing_error" => 402,
        "permission_error" => 403,
        "not_found_error" => 404,
        "conflict_error" | "memory_path_conflict_error" => 409,
        "memory_precondition_failed_error" => 412,
        "request_too_large" => 413,
        "rate_limit_error" => 429,
        "timeout_error" => 504,
        "overloaded_error" => 529,
        _ => 500,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::backoff::Jitter;

    fn rules() -> RetryRules {
        RetryRules {
            max_retries: 2,
            backoff: Backoff {
                base_delay: 1000.0,
                max_delay: 10_000.0,
                jitter: Jitter::None,
            },
            retryable_statuses: DEFAULT_RETRYABLE_STATUSES.to_vec(),
            respect_retry_after: true,
        }
    }

    fn status(status: u16) -> ErrorFacts {
        ErrorFacts {
            status: Some(status),
            ..ErrorFacts::default()
        }
    }

    fn server_asks(ms: f64) -> ErrorFacts {
        ErrorFacts {
            status: Some(429),
            retry_after_ms: Some(ms),
            ..ErrorFacts::default()
        }
    }

    #[test]
    fn default_statuses_are_retryable_and_others_are_not() {
        let r = rules();
        for s in DEFAULT_RETRYABLE_STATUSES {
            assert!(r.is_retryable(&status(s)), "{s}");
        }
        for s in [200, 400, 401, 403, 404, 413, 422, 501, 505] {
            assert!(!r.is_retryable(&status(s)), "{s}");
        }
    }

    #[test]
    fn a_network_failure_is_retryable() {
        assert!(rules().is_retryable(&ErrorFacts::default()));
    }

    #[test]
    fn an_abort_is_never_retryable() {
        let facts = ErrorFacts {
            aborted: true,
            should_retry: Some(true),
            status: Some(503),
            ..ErrorFacts::default()
        };
        assert!(!rules().is_retryable(&facts));
        assert!(!rules().is_retryable(&ErrorFacts {
            aborted: true,
            ..ErrorFacts::default()
        }));
    }

    #[test]
    fn x_should_retry_overrides_the_status_only_when_respected() {
        let told = |status: u16, should: bool| ErrorFacts {
            status: Some(status),
            should_retry: Some(should),
            ..ErrorFacts::default()
        };
        let r = rules();
        assert!(r.is_retryable(&told(400, true)));
        assert!(!r.is_retryable(&told(503, false)));
        let ignoring = RetryRules {
            respect_retry_after: false,
            ..rules()
        };
        assert!(!ignoring.is_retryable(&told(400, true)));
        assert!(ignoring.is_retryable(&told(503, false)));
    }

    #[test]
    fn custom_status_list_replaces_the_default() {
        let r = RetryRules {
            retryable_statuses: vec![418],
            ..rules()
        };
        assert!(r.is_retryable(&status(418)));
        assert!(!r.is_retryable(&status(503)));
    }

    #[test]
    fn decide_backs_off_then_gives_up_after_max_retries() {
        let r = rules();
        let f = status(503);
        assert_eq!(
            r.decide(0, true, &f, None, None, 0.3),
            Verdict::Retry { delay_ms: 1000.0 }
        );
        assert_eq!(
            r.decide(1, true, &f, Some(1000.0), None, 0.3),
            Verdict::Retry { delay_ms: 2000.0 }
        );
        assert_eq!(
            r.decide(2, true, &f, Some(2000.0), None, 0.3),
            Verdict::GiveUp
        );
        assert_eq!(
            r.decide(u32::MAX, true, &f, None, None, 0.3),
            Verdict::GiveUp
        );
        let never = RetryRules {
            max_retries: 0,
            ..rules()
        };
        assert_eq!(never.decide(0, true, &f, None, None, 0.3), Verdict::GiveUp);
    }

    #[test]
    fn decide_gives_up_when_not_retryable_or_aborted() {
        let r = rules();
        assert_eq!(
            r.decide(0, false, &status(503), None, None, 0.3),
            Verdict::GiveUp
        );
        let aborted = ErrorFacts {
            aborted: true,
            ..ErrorFacts::default()
        };
        assert_eq!(
            r.decide(0, true, &aborted, None, None, 0.3),
            Verdict::GiveUp
        );
    }

    #[test]
    fn decide_waits_exactly_what_the_server_asked() {
        let r = rules();
        assert_eq!(
            r.decide(0, true, &server_asks(7500.0), None, None, 0.3),
            Verdict::Retry { delay_ms: 7500.0 }
        );
        assert_eq!(
            r.decide(0, true, &server_asks(10_000.0), None, None, 0.3),
            Verdict::Retry { delay_ms: 10_000.0 }
        );
        // Shorter than our backoff still wins.
        assert_eq!(
            r.decide(1, true, &server_asks(5.0), None, None, 0.3),
            Verdict::Retry { delay_ms: 5.0 }
        );
    }

    #[test]
    fn decide_gives_up_when_the_server_asks_past_max_delay() {
        let r = rules();
        assert_eq!(
            r.decide(0, true, &server_asks(10_000.5), None, None, 0.3),
            Verdict::GiveUp
        );
    }

    #[test]
    fn decide_backs_off_when_the_server_delay_is_unusable_or_ignored() {
        let r = rules();
        let backoff = Verdict::Retry { delay_ms: 1000.0 };
        for ms in [0.0, -5.0, f64::NAN, f64::INFINITY] {
            assert_eq!(
                r.decide(0, true, &server_asks(ms), None, None, 0.3),
                backoff,
                "{ms}"
            );
        }
        let ignoring = RetryRules {
            respect_retry_after: false,
            ..rules()
        };
        assert_eq!(
            ignoring.decide(0, true, &server_asks(50_000.0), None, None, 0.3),
            backoff
        );
    }

    #[test]
    fn decide_gives_up_when_the_wait_overruns_the_budget() {
        let r = rules();
        assert_eq!(
            r.decide(0, true, &status(503), None, Some(999.0), 0.3),
            Verdict::GiveUp
        );
        assert_eq!(
            r.decide(0, true, &status(503), None, Some(1000.0), 0.3),
            Verdict::Retry { delay_ms: 1000.0 }
        );
        assert_eq!(
            r.decide(0, true, &server_asks(5000.0), None, Some(4000.0), 0.3),
            Verdict::GiveUp
        );
        assert_eq!(
            r.decide(0, true, &status(503), None, Some(-1.0), 0.3),
            Verdict::GiveUp
        );
    }

    #[test]
    fn decide_uses_the_configured_jitter() {
        let r = RetryRules {
            backoff: Backoff {
                jitter: Jitter::Decorrelated,
                ..rules().backoff
            },
            ..rules()
        };
        // base + unit · (3 · previous − base) = 1000 + 0.5 · 5000
        assert_eq!(
            r.decide(1, true, &status(503), Some(2000.0), None, 0.5),
            Verdict::Retry { delay_ms: 3500.0 }
        );
    }

    #[test]
    fn breaker_failures_are_outages_not_bad_requests() {
        assert!(is_breaker_failure(&ErrorFacts::default()));
        for s in [500, 502, 503, 504, 529, 599] {
            assert!(is_breaker_failure(&status(s)), "{s}");
        }
        for s in [400, 401, 404, 408, 409, 429, 499] {
            assert!(!is_breaker_failure(&status(s)), "{s}");
        }
        let aborted = ErrorFacts {
            aborted: true,
            ..ErrorFacts::default()
        };
        assert!(!is_breaker_failure(&aborted));
        assert!(!is_breaker_failure(&ErrorFacts {
            status: Some(503),
            ..aborted
        }));
    }

    #[test]
    fn stream_error_types_map_to_statuses() {
        let cases = [
            ("invalid_request_error", 400),
            ("authentication_error", 401),
            ("billing_error", 402),
            ("permission_error", 403),
            ("not_found_error", 404),
            ("conflict_error", 409),
            ("memory_path_conflict_error", 409),
            ("memory_precondition_failed_error", 412),
            ("request_too_large", 413),
            ("rate_limit_error", 429),
            ("timeout_error", 504),
            ("api_error", 500),
            ("overloaded_error", 529),
            ("", 500),
            ("something_new", 500),
            ("Overloaded_Error", 500),
        ];
        for (error_type, status) in cases {
            assert_eq!(status_for_error_type(error_type), status, "{error_type:?}");
        }
    }
}
