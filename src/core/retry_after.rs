//! The headers by which a server says whether and when to retry.
//!
//! Parsing is strict: a header that is not exactly a number or a date is ignored
//! (None) rather than read as JS `parseFloat` would ("12abc" → 12), so a garbled
//! header can never make the client wait an arbitrary time.
//!
//! Both parsers are hand-written rather than `str::parse::<f64>` and the `httpdate`
//! crate: the grammar is tiny, and those pull several KB of float-parsing and
//! `Duration` formatting code into the wasm (some 26 KB once optimised, most of it
//! dec2flt's power-of-five tables). Nothing here can panic on any input: bytes are read
//! through iterators and `get`, never indexed, and every sum is bounded beforehand.

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
    let date_ms = parse_http_date(value)? as f64 * 1000.0;
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

/// 10^18: below it, one more decimal digit still fits a `u64` (< 10^19 < 2^64).
const MANTISSA_LIMIT: u64 = 1_000_000_000_000_000_000;

/// Plain decimal digits with at most one point, trimmed as `str::trim` does: no sign,
/// exponent, "NaN" or "Infinity", which `str::parse` would accept. A value that
/// overflows f64 is None.
///
/// The first 19 significant digits are gathered into a `u64` and then scaled by a power
/// of ten once, so:
/// - up to 2^53 significant value (every integer up to 2^53 = 9007199254740992, and any
///   number of at most 15 significant digits) with at most 22 fraction digits, the
///   result is exact or correctly rounded, as `str::parse` gives: both the mantissa and
///   10^k (k ≤ 22) are exact f64s, and one division or product rounds once;
/// - with 16 to 19 significant digits it is within 1 ulp (two roundings);
/// - digits past the 19th are dropped (a relative error below 10^-18), and scales
///   beyond 10^22 (integers of more than 41 digits, or more than 22 fraction digits)
///   come from a few rounded squarings: within a few ulps, so a value within a few
///   ulps of `f64::MAX` may overflow to None. No header needs either.
fn parse_non_negative(value: &str) -> Option<f64> {
    let mut mantissa: u64 = 0;
    // Integer digits past the 19th (scale up) or fraction digits kept (scale down):
    // each at most one per byte, so neither can overflow, and at most one is non-zero.
    let mut dropped = 0usize;
    let mut fraction = 0usize;
    let mut any_digit = false;
    let mut point = false;
    for byte in value.trim().bytes() {
        match byte {
            b'.' if !point => point = true,
            b'0'..=b'9' => {
                any_digit = true;
                if mantissa < MANTISSA_LIMIT {
                    mantissa = mantissa * 10 + u64::from(byte - b'0');
                    fraction += usize::from(point);
                } else if !point {
                    dropped += 1;
                }
            }
            _ => return None,
        }
    }
    if !any_digit {
        return None;
    }
    let scale = pow10(dropped.max(fraction));
    let n = mantissa as f64;
    let value = if dropped > 0 { n * scale } else { n / scale };
    Some(value).filter(|n| n.is_finite())
}

/// 10^k by squaring: exact up to 10^22, infinite from 10^309, never NaN.
fn pow10(mut k: usize) -> f64 {
    let (mut result, mut base) = (1.0, 10.0);
    while k > 0 {
        if k & 1 == 1 {
            result *= base;
        }
        base *= base;
        k >>= 1;
    }
    result
}

/// An `anthropic-ratelimit-*-reset` time, RFC 3339 (`2026-12-07T03:06:00Z`, with an optional
/// fraction and `Z` or a `±hh:mm` offset) → ms since the Unix epoch. A time in whole seconds is
/// read as the end of that second: the API gives whole seconds, cut from a reset that may fall
/// anywhere within the second, and waiting a little long costs less than a 429. None for
/// anything else, or a year before 1970.
pub fn parse_reset(value: &str) -> Option<f64> {
    let s = value.trim().as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        s.get(range)?.iter().try_fold(0u32, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let at = |i: usize| s.get(i).copied();
    if at(4) != Some(b'-')
        || at(7) != Some(b'-')
        || !matches!(at(10), Some(b'T' | b't' | b' '))
        || at(13) != Some(b':')
        || at(16) != Some(b':')
    {
        return None;
    }
    let (days, seconds_of_day) = civil_time(
        [digits(0..4)?, digits(5..7)?, digits(8..10)?],
        [digits(11..13)?, digits(14..16)?, digits(17..19)?],
    )?;
    let mut rest = s.get(19..)?;
    let mut fraction_ms = 1000.0;
    if rest.first() == Some(&b'.') {
        let count = rest
            .iter()
            .skip(1)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if count == 0 {
            return None;
        }
        let (mut ms, mut scale) = (0.0, 100.0);
        for &b in rest.get(1..=count)? {
            ms += f64::from(b - b'0') * scale;
            scale /= 10.0;
        }
        fraction_ms = ms;
        rest = rest.get(count + 1..)?;
    }
    let offset_minutes: i64 = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let two = |a: u8, b: u8| {
                (a.is_ascii_digit() && b.is_ascii_digit()).then(|| (a - b'0') * 10 + (b - b'0'))
            };
            let (hours, minutes) = (two(*h1, *h2)?, two(*m1, *m2)?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let total = i64::from(hours) * 60 + i64::from(minutes);
            if *sign == b'-' {
                -total
            } else {
                total
            }
        }
        _ => return None,
    };
    let seconds = days as i64 * 86_400 + i64::from(seconds_of_day) - offset_minutes * 60;
    Some(seconds as f64 * 1000.0 + fraction_ms).filter(|ms| *ms >= 0.0)
}

/// Weekday names from 1970-01-01's weekday minus 4, so index = (days + 4) % 7; the
/// short names (IMF-fixdate, asctime) are their first three letters.
const WEEKDAYS: [&[u8]; 7] = [
    b"Sunday",
    b"Monday",
    b"Tuesday",
    b"Wednesday",
    b"Thursday",
    b"Friday",
    b"Saturday",
];
const MONTHS: &[u8; 36] = b"JanFebMarAprMayJunJulAugSepOctNovDec";

/// An HTTP date (RFC 9110 §5.6.7) → seconds since the Unix epoch. The three forms:
///
/// - IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`
/// - obsolete RFC 850: `Sunday, 06-Nov-94 08:49:37 GMT`
/// - asctime: `Sun Nov  6 08:49:37 1994` (day space- or zero-padded)
///
/// Compatible with the `httpdate` crate this replaces: the value must be all ASCII,
/// is trimmed, names are case-sensitive, the weekday must be the date's own, the year
/// 1970–9999 (no dates before the epoch), and a two-digit RFC 850 year is taken in the
/// fixed window 1970–2069. RFC 9110 instead reads it against the clock (a year more
/// than 50 years ahead is the previous century's); the two agree on every year from
/// `now` − 49 to 2069, so they differ only on dates some 44+ years ahead (as of 2026),
/// which the window reads as the 1970s, in the past: no wait. A fixed window keeps the
/// date independent of `now`. Two deliberate differences from httpdate: a leap second
/// `:60` is accepted (as :59) where httpdate refused it, and RFC 850's space between
/// date and time is required where httpdate skipped checking that byte.
fn parse_http_date(value: &str) -> Option<u64> {
    if !value.is_ascii() {
        return None;
    }
    let s = value.trim().as_bytes();
    // The weekday name runs to the first ',' (IMF-fixdate, RFC 850) or ' ' (asctime);
    // the rest must then match its form's template exactly, byte for byte: `d` a day
    // digit, `_` a day digit or padding space, `b` a month-name letter, `y` a year
    // digit, `h` / `n` / `s` hour / minute / second digits, anything else itself.
    let split = s.iter().position(|&b| b == b',' || b == b' ')?;
    let (name, rest) = (s.get(..split)?, s.get(split..)?);
    let rfc850 = rest.first() == Some(&b',') && name.len() > 3;
    let template: &[u8] = if rfc850 {
        b", dd-bbb-yy hh:nn:ss GMT"
    } else if rest.first() == Some(&b',') {
        b", dd bbb yyyy hh:nn:ss GMT"
    } else {
        b" bbb _d hh:nn:ss yyyy"
    };
    if rest.len() != template.len() {
        return None;
    }
    let weekday = weekday_index(name, rfc850)?;
    let [mut day, mut year, mut hour, mut minute, mut second] = [0u32; 5];
    let mut month_name = [0u8; 3];
    let mut month_len = 0;
    for (&t, &c) in template.iter().zip(rest) {
        let field = match t {
            b'd' | b'_' => &mut day,
            b'y' => &mut year,
            b'h' => &mut hour,
            b'n' => &mut minute,
            b's' => &mut second,
            b'b' => {
                *month_name.get_mut(month_len)? = c;
                month_len += 1;
                continue;
            }
            _ if c == t => continue,
            _ => return None,
        };
        // At most four digits per field, so no overflow.
        let digit = match c {
            b' ' if t == b'_' => 0,
            b'0'..=b'9' => c - b'0',
            _ => return None,
        };
        *field = *field * 10 + u32::from(digit);
    }
    let month = month_number(&month_name)?;
    if rfc850 {
        year += if year < 70 { 2000 } else { 1900 };
    }
    let (days, seconds_of_day) = civil_time([year, month, day], [hour, minute, second])?;
    if (days + 4) % 7 != u64::from(weekday) {
        return None;
    }
    Some(days * 86_400 + u64::from(seconds_of_day))
}

/// A UTC date and time of day → (days since the Unix epoch, seconds into that day); None for
/// a field out of range or a year before 1970. A leap second (`:60`, which RFC 5322 and RFC 3339
/// allow) is read as `:59`, which POSIX time cannot tell apart.
fn civil_time(
    [year, month, day]: [u32; 3],
    [hour, minute, second]: [u32; 3],
) -> Option<(u64, u32)> {
    if year < 1970
        || !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    Some((
        days_from_civil(year, month, day),
        hour * 3600 + minute * 60 + second.min(59),
    ))
}

/// A weekday name, `full` (RFC 850) or its first three letters (the other forms), → its
/// index in [`WEEKDAYS`], 0 for Sunday.
fn weekday_index(name: &[u8], full: bool) -> Option<u32> {
    let index = WEEKDAYS.iter().position(|&day| {
        if full {
            day == name
        } else {
            day.get(..3) == Some(name)
        }
    })?;
    // `position` is below 7, so the cast is lossless.
    Some(index as u32)
}

/// "Jan" … "Dec" → 1 … 12.
fn month_number(name: &[u8]) -> Option<u32> {
    let index = MONTHS.chunks_exact(3).position(|month| month == name)?;
    Some(index as u32 + 1)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date from 1970 on, already validated
/// (the caller checks the year and day first, so nothing underflows): Howard
/// Hinnant's `days_from_civil`, in unsigned arithmetic since the year is never before
/// 1969 once January and February count as the previous year's last months.
fn days_from_civil(year: u32, month: u32, day: u32) -> u64 {
    let year = year - u32::from(month <= 2);
    let (era, year_of_era) = (year / 400, year % 400);
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    u64::from(era * 146_097 + day_of_era) - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reset_is_read_to_the_millisecond_and_whole_seconds_as_their_end() {
        // 2026-12-07T03:06:00Z
        let at = 1_796_612_760_000.0;
        assert_eq!(parse_reset("2026-12-07T03:06:00Z"), Some(at + 1000.0));
        assert_eq!(parse_reset("2026-12-07T03:06:00.250Z"), Some(at + 250.0));
        assert_eq!(parse_reset("2026-12-07T03:06:00.000Z"), Some(at));
        assert_eq!(parse_reset(" 2026-12-07t03:06:00.5z "), Some(at + 500.0));
        assert_eq!(parse_reset("2026-12-07T04:06:00.000+01:00"), Some(at));
        assert_eq!(parse_reset("2026-12-07T02:36:00.000-00:30"), Some(at));
        assert_eq!(parse_reset("1970-01-01T00:00:00.000Z"), Some(0.0));
        for bad in [
            "",
            "soon",
            "60",
            "2026-12-07",
            "2026-12-07T03:06:00",
            "2026-13-07T03:06:00Z",
            "2026-02-30T03:06:00Z",
            "2026-12-07T24:06:00Z",
            "2026-12-07T03:06:00.Z",
            "2026-12-07T03:06:00+1:00",
            "2026-12-07T03:06:00+01:+1",
            "2026-12-07T03:06:00ZZ",
            "+026-12-07T03:06:00Z",
            "1969-12-31T23:59:59Z",
            "1970-01-01T00:00:00.000+00:01",
            "2026-12-07T03:06:00Z\u{0}",
            "２026-12-07T03:06:00Z",
        ] {
            assert_eq!(parse_reset(bad), None, "{bad:?}");
        }
    }

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

    // ---- The number parser ----

    #[test]
    fn numbers_with_whitespace_and_precision() {
        for (value, expected) in [
            ("\t42\r\n", 42.0),
            ("0.1", 0.1),
            ("0.000", 0.0),
            ("000.000", 0.0),
            ("1.25", 1.25),
            ("9007199254740992", 9_007_199_254_740_992.0),
            ("9007199254740993", 9_007_199_254_740_992.0),
            ("123456789.123456", 123_456_789.123_456),
            ("0.1234567890123456789012", 0.123_456_789_012_345_68),
            ("1.00000000000000000000000000000000000001", 1.0),
            ("18446744073709551616", 18_446_744_073_709_551_616.0),
            ("1e0", f64::NAN),
        ] {
            let parsed = parse_retry_after_ms(value);
            if expected.is_nan() {
                assert_eq!(parsed, None, "{value:?}");
            } else {
                assert_eq!(parsed, Some(expected), "{value:?}");
            }
        }
        // Long runs of zeros neither overflow nor lose the value.
        let zeros = "0".repeat(10_000);
        assert_eq!(parse_retry_after_ms(&zeros), Some(0.0));
        assert_eq!(parse_retry_after_ms(&format!("{zeros}5.5")), Some(5.5));
        assert_eq!(parse_retry_after_ms(&format!("0.{zeros}")), Some(0.0));
        assert_eq!(parse_retry_after_ms(&format!("0.{zeros}7")), Some(0.0));
        assert_eq!(parse_retry_after_ms(&format!("3.{zeros}7")), Some(3.0));
        // Near the top of the range: 1e308 parses (within a few ulps, past 10^22 scaling),
        // while 2e308 overflows f64. (A value within a few ulps of f64::MAX may too.)
        let big = parse_retry_after_ms(&format!("1{}", "0".repeat(308))).unwrap_or(0.0);
        assert!(ulps_apart(big, 1e308) <= 4, "{big}");
        assert_eq!(parse_retry_after_ms(&format!("2{}", "0".repeat(308))), None);
    }

    /// A small deterministic generator, so the cross-checks need no crate.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            self.0 >> 33
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    fn ulps_apart(a: f64, b: f64) -> u64 {
        a.to_bits().abs_diff(b.to_bits())
    }

    #[test]
    fn numbers_agree_with_std() {
        let mut rng = Lcg(7);
        for _ in 0..20_000 {
            let int_len = rng.below(20) as usize;
            let frac_len = rng.below(12) as usize;
            let point = frac_len > 0 || rng.below(2) == 0;
            let mut text = String::new();
            for _ in 0..int_len {
                text.push(char::from(b'0' + rng.below(10) as u8));
            }
            if point {
                text.push('.');
            }
            for _ in 0..frac_len {
                text.push(char::from(b'0' + rng.below(10) as u8));
            }
            let expected = text.parse::<f64>().ok();
            let parsed = parse_retry_after_ms(&text);
            match (parsed, expected) {
                (None, None) => assert!(text.is_empty() || text == ".", "{text:?}"),
                (Some(got), Some(want)) => {
                    let significant = text.trim_start_matches(['0', '.']).len();
                    if significant <= 15 {
                        assert_eq!(got, want, "{text:?}");
                    } else {
                        assert!(ulps_apart(got, want) <= 1, "{text:?}: {got} vs {want}");
                    }
                }
                other => panic!("{text:?}: {other:?}"),
            }
        }
        // Every integer up to 2^53 is exact; spot-check the top of the range.
        for n in (1u64 << 53) - 1000..=1u64 << 53 {
            assert_eq!(parse_retry_after_ms(&n.to_string()), Some(n as f64), "{n}");
        }
    }

    // ---- The HTTP-date parser ----

    /// Seconds since the epoch → (year, month, day, hour, minute, second, weekday 0 = Sunday),
    /// Hinnant's `civil_from_days`, the inverse of the code under test.
    fn civil(seconds: u64) -> (u64, u64, u64, u64, u64, u64, u64) {
        let days = seconds / 86_400;
        let z = days + 719_468;
        let era = z / 146_097;
        let doe = z % 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + u64::from(month <= 2);
        let sod = seconds % 86_400;
        (
            year,
            month,
            day,
            sod / 3600,
            sod / 60 % 60,
            sod % 60,
            (days + 4) % 7,
        )
    }

    const SHORT_DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const LONG_DAYS: [&str; 7] = [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ];
    const MONTH_NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];

    /// The three forms of one instant.
    fn formats(seconds: u64) -> [String; 3] {
        let (y, mo, d, h, mi, s, wd) = civil(seconds);
        let (wd, mo) = (wd as usize, MONTH_NAMES[mo as usize - 1]);
        [
            format!(
                "{}, {d:02} {mo} {y:04} {h:02}:{mi:02}:{s:02} GMT",
                SHORT_DAYS[wd]
            ),
            format!(
                "{}, {d:02}-{mo}-{:02} {h:02}:{mi:02}:{s:02} GMT",
                LONG_DAYS[wd],
                y % 100
            ),
            format!(
                "{} {mo} {d:>2} {h:02}:{mi:02}:{s:02} {y:04}",
                SHORT_DAYS[wd]
            ),
        ]
    }

    #[test]
    fn each_date_form_parses_to_the_epoch_seconds() {
        let example = (EXAMPLE_MS / 1000.0) as u64;
        for value in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Sun Nov 06 08:49:37 1994",
            "\t Sun Nov  6 08:49:37 1994\r\n",
        ] {
            assert_eq!(parse_http_date(value), Some(example), "{value:?}");
        }
        for (value, seconds) in [
            ("Thu, 01 Jan 1970 00:00:00 GMT", 0),
            ("Thursday, 01-Jan-70 00:00:00 GMT", 0),
            ("Thu Jan  1 00:00:00 1970", 0),
            ("Wed, 31 Dec 1969 23:59:59 GMT", u64::MAX),
            ("Tue, 29 Feb 2000 12:00:00 GMT", 951_825_600),
            ("Thu, 29 Feb 2024 00:00:00 GMT", 1_709_164_800),
            ("Mon, 01 Mar 2100 00:00:00 GMT", 4_107_542_400),
            ("Fri, 31 Dec 9999 23:59:59 GMT", 253_402_300_799),
            ("Tue, 19 Jan 2038 03:14:08 GMT", 1 << 31),
            // Two-digit years: 1970–2069.
            ("Tuesday, 31-Dec-69 23:59:59 GMT", 3_155_759_999),
            ("Thursday, 01-Jan-70 00:00:00 GMT", 0),
            ("Tuesday, 21-Oct-25 07:28:00 GMT", 1_761_031_680),
            // A leap second reads as :59.
            ("Sat, 31 Dec 2016 23:59:60 GMT", 1_483_228_799),
        ] {
            let expected = (seconds != u64::MAX).then_some(seconds);
            assert_eq!(parse_http_date(value), expected, "{value:?}");
        }
    }

    #[test]
    fn invalid_dates_are_none() {
        for value in [
            // Days past the month's end, leap years and their exceptions.
            "Fri, 30 Feb 2024 00:00:00 GMT",
            "Thu, 29 Feb 2023 00:00:00 GMT",
            "Mon, 29 Feb 2100 00:00:00 GMT",
            "Thu, 31 Apr 2025 00:00:00 GMT",
            "Sun, 00 Nov 1994 08:49:37 GMT",
            "Sun, 32 Nov 1994 08:49:37 GMT",
            "Sun Nov  0 08:49:37 1994",
            "Tuesday, 31-Jun-25 00:00:00 GMT",
            // Out-of-range or malformed clock fields.
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 08:60:37 GMT",
            "Sun, 06 Nov 1994 08:49:61 GMT",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
            "Sun, 06 Nov 1994 08-49-37 GMT",
            "Sun, 06 Nov 1994 08:49:3x GMT",
            "Sun, 06 Nov 1994 +8:49:37 GMT",
            "Sun Nov  6 08:49:37 94",
            // Before the epoch, or a mismatched weekday.
            "Wed, 31 Dec 1969 23:59:59 GMT",
            "Mon, 06 Nov 1994 08:49:37 GMT",
            "Monday, 06-Nov-94 08:49:37 GMT",
            "Mon Nov  6 08:49:37 1994",
            // Bad or wrongly cased names, and each form's names in another's place.
            "Sux, 06 Nov 1994 08:49:37 GMT",
            "sun, 06 Nov 1994 08:49:37 GMT",
            "SUN, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 nov 1994 08:49:37 GMT",
            "Sun, 06 Nox 1994 08:49:37 GMT",
            "Sunday, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06-Nov-94 08:49:37 GMT",
            "Sund, 06-Nov-94 08:49:37 GMT",
            "Sundayy, 06-Nov-94 08:49:37 GMT",
            ", 06-Nov-94 08:49:37 GMT",
            "Sunday, 06-November-94 08:49:37 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Sunday, 06-Nov-94T08:49:37 GMT",
            "Sunday 06-Nov-94 08:49:37 GMT",
            "Sunday, 6-Nov-94 08:49:37 GMT",
            "Sunday Nov  6 08:49:37 1994",
            "Sun Nov  6 08:49:37 1994 GMT",
            // Separators, zones, padding and stray bytes.
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 1994 08:49:37 gmt",
            "Sun, 06 Nov 1994 08:49:37",
            "Sun,  6 Nov 1994 08:49:37 GMT",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun 06 Nov 1994 08:49:37 GMT",
            "Sun,06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994  08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT x",
            "Sun Nov 6 08:49:37 1994",
            "Sun Nov   6 08:49:37 1994",
            "Sun Nov 6  08:49:37 1994",
            "Sun Nov  6 08:49:37  1994",
            "Sun, 06 Nov 1994 08:49:37 GMT\u{a0}",
            "\u{a0}Sun, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT\0",
            "1994-11-06T08:49:37Z",
            "06 Nov 1994",
            "GMT",
            " GMT",
            ",",
            "",
            "Sun, ",
        ] {
            assert_eq!(parse_http_date(value), None, "{value:?}");
            assert_eq!(parse_retry_after(value, 0.0), None, "{value:?}");
        }
    }

    #[test]
    fn no_prefix_of_a_date_panics_or_parses() {
        for full in formats(784_111_777) {
            for end in 0..full.len() {
                assert_eq!(parse_http_date(&full[..end]), None, "{:?}", &full[..end]);
                let start = end + 1;
                assert_eq!(
                    parse_http_date(&full[start..]),
                    None,
                    "{:?}",
                    &full[start..]
                );
            }
            // Each byte swapped for another: whatever the result, no panic.
            for i in 0..full.len() {
                for b in [b' ', b'0', b'9', b',', b':', b'-', b'A', b'z', 0x7f] {
                    let mut bytes = full.clone().into_bytes();
                    bytes[i] = b;
                    let text = String::from_utf8(bytes).unwrap_or_default();
                    let _ = parse_http_date(&text);
                    let _ = parse_retry_after(&text, 0.0);
                }
            }
        }
    }

    #[test]
    fn generated_dates_round_trip() {
        let mut rng = Lcg(1994);
        // Random instants over the whole range, then each day near the leap-year edges.
        let mut instants: Vec<u64> = (0..600).map(|_| rng.below(253_402_300_800)).collect();
        for year_start in [951_782_400u64, 4_107_456_000, 1_709_078_400, 946_684_800] {
            instants.extend((0..3).map(|d| year_start + d * 86_400 + rng.below(86_400)));
        }
        instants.extend([0, 253_402_300_799, 3_155_759_999]);
        for seconds in instants {
            let [imf, rfc850, asctime] = formats(seconds);
            assert_eq!(parse_http_date(&imf), Some(seconds), "{imf}");
            assert_eq!(parse_http_date(&asctime), Some(seconds), "{asctime}");
            // RFC 850 only round-trips within its two-digit window; outside it the
            // same "yy" is read in the window, a century or more away.
            let year = civil(seconds).0;
            if (1970..2070).contains(&year) {
                assert_eq!(parse_http_date(&rfc850), Some(seconds), "{rfc850}");
            } else {
                assert_ne!(parse_http_date(&rfc850), Some(seconds), "{rfc850}");
            }
            // And through the public API, relative to a clock.
            let ms = seconds as f64 * 1000.0;
            assert_eq!(parse_retry_after(&imf, ms - 1500.0), Some(1500.0), "{imf}");
        }
    }

    #[test]
    fn day_counts_step_by_one_through_the_calendar() {
        // An independent walk over every day 1970–2400 against days_from_civil.
        let mut days = 0u64;
        for year in 1970..=2400u32 {
            for month in 1..=12 {
                for day in 1..=days_in_month(year, month) {
                    assert_eq!(
                        days_from_civil(year, month, day),
                        days,
                        "{year}-{month}-{day}"
                    );
                    days += 1;
                }
            }
        }
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
    }
}
