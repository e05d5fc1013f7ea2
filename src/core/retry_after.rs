//! The headers by which a server says whether and when to retry.
//!
//! Parsing is strict: a header that is not exactly a number or a date is ignored
//! (None) rather than read as JS `parseFloat` would ("12abc" → 12), so a garbled
//! header can never make the client wait an arbitrary time.

use std::time::UNIX_EPOCH;

/// `x-should-retry`: "true" / "false" (trimmed, ASCII case-insensitive); anything else None.
pub fn parse_should_retry(value: &str) -> Option<bool> {
    let value = value.trim();
    if value.eq_ignore_ascii_case("true") {
        Some(true)
    } else if value.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// `retry-after-ms`: a finite non-negative number (decimals allowed) → ms.
pub fn parse_retry_after_ms(value: &str) -> Option<f64> {
    parse_non_negative(value)
}

/// `retry-after`: delay-seconds (non-negative integer or decimal) or an HTTP date (IMF-fixdate,
/// RFC 850, asctime) → ms from `now`, clamped at 0 for a date in the past.
///
/// `now` is the caller's clock rather than the system's, which wasm does not have;
/// a date with a non-finite `now` has no meaning and gives None.
pub fn parse_retry_after(value: &str, now: f64) -> Option<f64> {
    if let Some(seconds) = parse_non_negative(value) {
        return Some(seconds * 1000.0).filter(|ms| ms.is_finite());
    }
    if !now.is_finite() {
        return None;
    }
    let date = httpdate::parse_http_date(value).ok()?;
    let date_ms = date.duration_since(UNIX_EPOCH).ok()?.as_secs_f64() * 1000.0;
    Some((date_ms - now).max(0.0))
}

/// The SDK's precedence: `retry-after-ms` when it parses, else `retry-after`.
pub fn server_delay_ms(
    retry_after_ms: Option<&str>,
    retry_after: Option<&str>,
    now: f64,
) -> Option<f64> {
    retry_after_ms
        .and_then(parse_retry_after_ms)
        .or_else(|| retry_after.and_then(|value| parse_retry_after(value, now)))
}

/// Plain decimal digits with at most one point: no sign, exponent, "NaN" or
/// "Infinity", which `str::parse` would accept.
fn parse_non_negative(value: &str) -> Option<f64> {
    let value = value.trim();
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let points = value.bytes().filter(|&b| b == b'.').count();
    if digits == 0 || points > 1 || digits + points != value.len() {
        return None;
    }
    value.parse::<f64>().ok().filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sun, 06 Nov 1994 08:49:37 GMT, the RFC's example date.
    const EXAMPLE_MS: f64 = 784_111_777_000.0;

    #[test]
    fn should_retry_reads_true_and_false_only() {
        for (value, expected) in [
            ("true", Some(true)),
            ("false", Some(false)),
            (" TRUE ", Some(true)),
            ("False", Some(false)),
            ("\ttrue", Some(true)),
            ("", None),
            ("1", None),
            ("yes", None),
            ("truee", None),
            ("t rue", None),
        ] {
            assert_eq!(parse_should_retry(value), expected, "{value:?}");
        }
    }

    #[test]
    fn retry_after_ms_reads_plain_numbers() {
        for (value, expected) in [
            ("0", 0.0),
            ("1500", 1500.0),
            ("12.5", 12.5),
            (".5", 0.5),
            ("7.", 7.0),
            (" 250 ", 250.0),
            ("007", 7.0),
        ] {
            assert_eq!(parse_retry_after_ms(value), Some(expected), "{value:?}");
        }
    }

    #[test]
    fn garbage_is_none() {
        for value in [
            "", " ", ".", "-1", "-0", "+5", "1e3", "NaN", "nan", "Infinity", "inf", "12abc",
            "1.2.3", "1 2", "0x10", "٣", "1,5",
        ] {
            assert_eq!(parse_retry_after_ms(value), None, "{value:?}");
            assert_eq!(parse_retry_after(value, EXAMPLE_MS), None, "{value:?}");
        }
    }

    #[test]
    fn a_number_too_large_for_f64_is_none() {
        let huge = "9".repeat(400);
        assert_eq!(parse_retry_after_ms(&huge), None);
        assert_eq!(parse_retry_after(&huge, 0.0), None);
        // Finite as seconds, infinite as ms.
        assert_eq!(parse_retry_after(&"9".repeat(308), 0.0), None);
    }

    #[test]
    fn retry_after_seconds_become_ms() {
        assert_eq!(parse_retry_after("120", EXAMPLE_MS), Some(120_000.0));
        assert_eq!(parse_retry_after("0", EXAMPLE_MS), Some(0.0));
        assert_eq!(parse_retry_after("1.5", f64::NAN), Some(1500.0));
    }

    #[test]
    fn retry_after_dates_in_every_http_format() {
        let now = EXAMPLE_MS - 30_000.0;
        for value in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "  Sun, 06 Nov 1994 08:49:37 GMT ",
        ] {
            assert_eq!(parse_retry_after(value, now), Some(30_000.0), "{value:?}");
        }
    }

    #[test]
    fn a_past_date_is_zero() {
        let value = "Sun, 06 Nov 1994 08:49:37 GMT";
        assert_eq!(parse_retry_after(value, EXAMPLE_MS + 5000.0), Some(0.0));
        assert_eq!(parse_retry_after(value, EXAMPLE_MS), Some(0.0));
    }

    #[test]
    fn bad_dates_and_clocks_are_none() {
        for value in [
            "Mon, 06 Nov 1994 08:49:37 GMT",
            "Sun, 32 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "06 Nov 1994",
        ] {
            assert_eq!(parse_retry_after(value, 0.0), None, "{value:?}");
        }
        let value = "Sun, 06 Nov 1994 08:49:37 GMT";
        for now in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(parse_retry_after(value, now), None, "{now}");
        }
    }

    #[test]
    fn retry_after_ms_takes_precedence() {
        assert_eq!(server_delay_ms(Some("250"), Some("3"), 0.0), Some(250.0));
        assert_eq!(server_delay_ms(Some("soon"), Some("3"), 0.0), Some(3000.0));
        assert_eq!(server_delay_ms(None, Some("3"), 0.0), Some(3000.0));
        assert_eq!(server_delay_ms(Some("0"), Some("3"), 0.0), Some(0.0));
        assert_eq!(server_delay_ms(None, None, 0.0), None);
        assert_eq!(server_delay_ms(Some("x"), Some("y"), 0.0), None);
        assert_eq!(
            server_delay_ms(
                None,
                Some("Sun, 06 Nov 1994 08:49:37 GMT"),
                EXAMPLE_MS - 1.0
            ),
            Some(1.0)
        );
    }
}
