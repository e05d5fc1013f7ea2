//! The JSON text of a tool's input while it streams, completed so that its value so far can be
//! shown: the token cut off at the end is dropped and the open brackets are closed, as the
//! official SDK's partial parser does. A string still open is left out, as are a key without
//! its value and a number that may yet go on, so a value shown is never one the model did not
//! send. Text that is not cut-off JSON is not repaired: what `complete` gives for it fails the
//! strict parse that follows, or `complete` gives None.

const LITERALS: [&str; 3] = ["true", "false", "null"];

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

/// `input` cut after its last token that cannot change and with its open brackets closed; None
/// for a bracket that closes what is not open, or a character no JSON token starts with.
pub fn complete(input: &str) -> Option<String> {
    // Every access is checked (`get`): an index out of range or off a char boundary is None,
    // never a panic, which would trap the module and bring in the formatting of its message.
    let bytes = input.as_bytes();
    let byte_at = |at: usize| bytes.get(at).copied();
    // Each token as its first byte (`0` for a number, `t` for a literal), start and end.
    let mut tokens: Vec<(u8, usize, usize)> = Vec::new();
    let mut closers = Vec::new();
    let mut at = 0;
    'scan: while let Some(byte) = byte_at(at) {
        let start = at;
        at += 1;
        let kind = match byte {
            b'{' | b'[' => {
                closers.push(if byte == b'{' { b'}' } else { b']' });
                byte
            }
            b'}' | b']' if closers.pop() == Some(byte) => byte,
            b':' | b',' => byte,
            b'"' => {
                // A quote ends the string only after an even number of backslashes.
                let mut escaped = false;
                loop {
                    match byte_at(at) {
                        // Still open: left out.
                        None => break 'scan,
                        Some(b'"') if !escaped => break,
                        Some(next) => escaped = !escaped && next == b'\\',
                    }
                    at += 1;
                }
                at += 1;
                byte
            }
            _ if is_space(byte) => continue,
            b'0'..=b'9' | b'-' | b'.' => {
                let mut previous = byte;
                while let Some(next) = byte_at(at) {
                    let exponent_sign =
                        matches!(next, b'-' | b'+') && matches!(previous, b'e' | b'E');
                    if !(next.is_ascii_digit()
                        || matches!(next, b'.' | b'e' | b'E')
                        || exponent_sign)
                    {
                        break;
                    }
                    previous = next;
                    at += 1;
                }
                b'0'
            }
            _ if byte.is_ascii_alphabetic() => {
                while byte_at(at).is_some_and(|next| next.is_ascii_alphabetic()) {
                    at += 1;
                }
                let word = input.get(start..at)?;
                if !LITERALS.contains(&word) {
                    // A literal cut off by the end (`nul`) is left out; any other word is not JSON.
                    let cut_off = LITERALS.iter().any(|literal| literal.starts_with(word));
                    return (cut_off && bytes.get(at..)?.iter().all(|&byte| is_space(byte)))
                        .then(|| finish(input, &tokens, &closers))
                        .flatten();
                }
                b't'
            }
            _ => return None,
        };
        tokens.push((kind, start, at));
    }
    finish(input, &tokens, &closers)
}

/// Drops what may still change at the end — a colon, a number that runs to the end or is not
/// one, a key without its value, a trailing comma — and closes the brackets.
fn finish(input: &str, tokens: &[(u8, usize, usize)], closers: &[u8]) -> Option<String> {
    let in_object = closers.last() == Some(&b'}');
    let mut kept = tokens.len();
    while let Some(&(kind, start, end)) = kept.checked_sub(1).and_then(|last| tokens.get(last)) {
        let before = kept
            .checked_sub(2)
            .and_then(|at| tokens.get(at))
            .map(|token| token.0);
        let unfinished = match kind {
            b':' => true,
            b'0' => end == input.len() || !is_number(input.get(start..end)?),
            b'"' => in_object && matches!(before, Some(b',' | b'{')),
            b',' => {
                kept -= 1;
                break;
            }
            _ => false,
        };
        if !unfinished {
            break;
        }
        kept -= 1;
    }
    let cut = kept
        .checked_sub(1)
        .and_then(|last| tokens.get(last))
        .map_or(0, |token| token.2);
    let mut completed = input.get(..cut)?.to_owned();
    completed.extend(closers.iter().rev().map(|&byte| char::from(byte)));
    Some(completed)
}

fn is_number(text: &str) -> bool {
    fn digits(rest: &mut &[u8]) -> usize {
        let count = rest.iter().take_while(|byte| byte.is_ascii_digit()).count();
        *rest = rest.get(count..).unwrap_or_default();
        count
    }
    let mut rest = text.as_bytes();
    if let [b'-', tail @ ..] = rest {
        rest = tail;
    }
    let leading_zero = rest.first() == Some(&b'0');
    let whole = digits(&mut rest);
    if whole == 0 || (whole > 1 && leading_zero) {
        return false;
    }
    if let [b'.', tail @ ..] = rest {
        rest = tail;
        if digits(&mut rest) == 0 {
            return false;
        }
    }
    if let [b'e' | b'E', tail @ ..] = rest {
        rest = tail;
        if let [b'-' | b'+', tail @ ..] = rest {
            rest = tail;
        }
        if digits(&mut rest) == 0 {
            return false;
        }
    }
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::complete;

    #[test]
    fn every_prefix_of_a_tool_input_completes_to_a_value_it_had() {
        let cases = [
            ("", ""),
            ("{", "{}"),
            (r#"{"loc"#, "{}"),
            (r#"{"location""#, "{}"),
            (r#"{"location":"#, "{}"),
            (r#"{"location":"San Fr"#, "{}"),
            (
                r#"{"location":"San Francisco""#,
                r#"{"location":"San Francisco"}"#,
            ),
            (r#"{"location":"SF","#, r#"{"location":"SF"}"#),
            (r#"{"location":"SF","unit""#, r#"{"location":"SF"}"#),
            (r#"{"n":12"#, "{}"),
            (r#"{"n":12,"#, r#"{"n":12}"#),
            (r#"{"n":1."#, "{}"),
            (r#"{"n":1.5,"m":2"#, r#"{"n":1.5}"#),
            ("[1,2", "[1]"),
            ("[1,2,", "[1,2]"),
            ("[1. ", "[]"),
            (r#"["a","b"#, r#"["a"]"#),
            (r#"["a","b""#, r#"["a","b"]"#),
            (r#"{"ok":tru"#, "{}"),
            (r#"{"ok":true"#, r#"{"ok":true}"#),
            (r#"{"a":{"b":[null"#, r#"{"a":{"b":[null]}}"#),
            (r#"{"a":[1,2],"b"#, r#"{"a":[1,2]}"#),
            (r#"{"q":"say \"hi\"""#, r#"{"q":"say \"hi\""}"#),
            (r#"{"q":"ends in \\""#, r#"{"q":"ends in \\"}"#),
            (r#"{"q":"still \"open"#, "{}"),
            (r#"{"é":"ü🦀""#, r#"{"é":"ü🦀"}"#),
            (
                "{\n  \"location\": \"SF\",\n  \"unit\": \"c",
                "{\n  \"location\": \"SF\"}",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(complete(input).as_deref(), Some(expected), "{input:?}");
        }
    }

    #[test]
    fn text_that_is_not_cut_off_json_is_left_to_the_strict_parse() {
        for input in [
            "{\"a\": yes}",
            "{\"a\": 1]",
            "]",
            "{\"a\": nul }x",
            "@",
            "{\"a\": nulx",
        ] {
            assert_eq!(complete(input), None, "{input:?}");
        }
    }

    #[test]
    fn numbers_follow_the_json_grammar() {
        for (text, valid) in [
            ("0", true),
            ("-0", true),
            ("12", true),
            ("1.5", true),
            ("1e10", true),
            ("1.5E-9", true),
            ("01", false),
            ("1.", false),
            ("1e", false),
            ("1e-", false),
            ("-", false),
            (".5", false),
            ("1.2.3", false),
        ] {
            assert_eq!(super::is_number(text), valid, "{text}");
        }
    }
}
