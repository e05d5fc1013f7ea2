//! What a failure means: whether to retry it, how long to wait, whether it counts
//! against the circuit, and which status an in-stream error stands for.

use super::backoff::{Backoff, Jitter};

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
    /// The call was refused by an open circuit (`retry_after_ms` is then the breaker's).
    pub circuit_open: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RetryRules {
    pub max_retries: u32,
    pub backoff: Backoff,
    pub retryable_statuses: Vec<u16>,
    /// Whether the server's `x-should-retry` and retry-after headers override our own rules.
    pub respect_retry_after: bool,
}

/// `retryWithBackoff`'s defaults, the guide's: 5 retries, 1 s base, 60 s cap, additive jitter.
impl Default for RetryRules {
    fn default() -> RetryRules {
        RetryRules {
            max_retries: 5,
            backoff: Backoff {
                base_delay: 1000.0,
                max_delay: 60_000.0,
                jitter: Jitter::Additive,
            },
            retryable_statuses: DEFAULT_RETRYABLE_STATUSES.to_vec(),
            respect_retry_after: true,
        }
    }
}

impl RetryRules {
    /// The client's defaults, the official SDK's: 2 retries, 0.5 s base, 8 s cap, full jitter.
    pub fn client() -> RetryRules {
        RetryRules {
            max_retries: 2,
            backoff: Backoff {
                base_delay: 500.0,
                max_delay: 8000.0,
                jitter: Jitter::Full,
            },
            ..RetryRules::default()
        }
    }

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
pub(crate) mod tests {
    use super::*;

    /// The rules the engine's tests use too: 2 retries, 1 s base, 10 s cap, no jitter.
    pub(crate) fn rules() -> RetryRules {
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

    pub(crate) fn status(status: u16) -> ErrorFacts {
        ErrorFacts {
            status: Some(status),
            ..ErrorFacts::default()
        }
    }

    /// The defaults README.md's API table documents.
    #[test]
    fn defaults_are_the_documented_ones() {
        let statuses = vec![408, 409, 429, 500, 502, 503, 504, 529];
        assert_eq!(
            RetryRules::default(),
            RetryRules {
                max_retries: 5,
                backoff: Backoff {
                    base_delay: 1000.0,
                    max_delay: 60_000.0,
                    jitter: Jitter::Additive,
                },
                retryable_statuses: statuses.clone(),
                respect_retry_after: true,
            },
            "retryWithBackoff"
        );
        assert_eq!(
            RetryRules::client(),
            RetryRules {
                max_retries: 2,
                backoff: Backoff {
                    base_delay: 500.0,
                    max_delay: 8000.0,
                    jitter: Jitter::Full,
                },
                retryable_statuses: statuses,
                respect_retry_after: true,
            },
            "new Anthropic()"
        );
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
