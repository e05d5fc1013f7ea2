//! The official SDK's guard against a non-streaming request that may outlast its 10-minute
//! timeout: such a request is refused before it is sent, with the SDK's own message.

/// What the SDK says when it refuses (an `AnthropicError` there and here).
pub const STREAMING_REQUIRED: &str = "Streaming is required for operations that may take \
longer than 10 minutes. See https://platform.claude.com/docs/en/cli-sdks-libraries/sdks/typescript#long-requests \
for more details";

/// The official SDK's timeout of an attempt, the client's default; the estimate is held to it.
pub const DEFAULT_TIMEOUT_MS: f64 = 600_000.0;
/// The time the SDK allows for 128,000 output tokens.
const MAX_TIME_MS: f64 = 3_600_000.0;
const TOKENS_IN_MAX_TIME: f64 = 128_000.0;

/// Models that refuse longer non-streaming outputs whatever the time (the SDK's list).
const NONSTREAMING_TOKEN_LIMITS: [(&str, f64); 3] = [
    ("claude-opus-4@20250514", 8192.0),
    ("anthropic.claude-opus-4-1-20250805-v1:0", 8192.0),
    ("claude-opus-4-1@20250805", 8192.0),
];

/// Whether a non-streaming request for `max_tokens` of `model` must stream instead. The SDK
/// asks only when neither the client nor the request set a timeout of its own.
pub fn streaming_required(max_tokens: f64, model: &str) -> bool {
    let expected_ms = MAX_TIME_MS * max_tokens / TOKENS_IN_MAX_TIME;
    let over_model_limit = NONSTREAMING_TOKEN_LIMITS
        .iter()
        .any(|(name, limit)| *name == model && max_tokens > *limit);
    expected_ms > DEFAULT_TIMEOUT_MS || over_model_limit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn up_to_21333_tokens_fit_in_ten_minutes() {
        assert!(!streaming_required(1024.0, "claude-sonnet-5-5"));
        assert!(!streaming_required(21_333.0, "claude-sonnet-5-5"));
        assert!(streaming_required(21_334.0, "claude-sonnet-5-5"));
        assert!(streaming_required(64_000.0, "claude-opus-5-5"));
    }

    #[test]
    fn some_models_have_a_lower_limit_of_their_own() {
        assert!(!streaming_required(8192.0, "claude-opus-4@20250514"));
        assert!(streaming_required(8193.0, "claude-opus-4@20250514"));
        assert!(streaming_required(8193.0, "claude-opus-4-1@20250805"));
        assert!(!streaming_required(8193.0, "claude-opus-4-1"));
    }

    #[test]
    fn odd_numbers_are_not_refused() {
        for tokens in [f64::NAN, -1.0, 0.0, f64::NEG_INFINITY] {
            assert!(!streaming_required(tokens, "m"), "{tokens}");
        }
        assert!(streaming_required(f64::INFINITY, "m"));
    }
}
