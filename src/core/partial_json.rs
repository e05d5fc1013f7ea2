//! The JSON text of a tool's input while it streams, completed so that its value so far can be
//! shown: the token cut off at the end is dropped and the open brackets are closed, as the
//! official SDK's partial parser does. A string still open is left out, as are a key without
//! its value and a number that may yet go on, so a value shown is never one the model did not
//! send. Text that is not cut-off JSON (an unknown word, a stray or mismatched bracket) is not
//! repaired: `complete` returns None and the caller's strict parse reports it.

#[derive(Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Open(u8),
    Close(u8),
    Colon,
    Comma,
    Str(&'a str),
    Number { text: &'a str, at_end: bool },
    Literal(&'a str),
}

const LITERALS: [&str; 3] = ["true", "false", "null"];

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

/// `input` as a complete JSON text, or None when it holds more than cut-off JSON.
pub fn complete(input: &str) -> Option<String> {
    let mut tokens = tokenize(input)?;
    strip(&mut tokens);
    let closers = closers(&tokens)?;
    let mut out = String::with_capacity(input.len() + closers.len());
    let mut previous_scalar = false;
    for token in &tokens {
        let scalar = matches!(
            token,
            Token::Str(_) | Token::Number { .. } | Token::Literal(_)
        );
        // Adjacent scalars stay apart, so that `12 3` still fails the strict parse.
        if scalar && previous_scalar {
            out.push(' ');
        }
        previous_scalar = scalar;
        match *token {
            Token::Open(byte) | Token::Close(byte) => out.push(byte as char),
            Token::Colon => out.push(':'),
            Token::Comma => out.push(','),
            Token::Str(text) => {
                out.push('"');
                out.push_str(text);
                out.push('"');
            }
            Token::Number { text, .. } | Token::Literal(text) => out.push_str(text),
        }
    }
    out.extend(closers.iter().rev().map(|&byte| byte as char));
    Some(out)
}

fn tokenize(input: &str) -> Option<Vec<Token<'_>>> {
    // Every access is checked (`get`): an index out of range or off a char boundary is None,
    // never a panic, which would trap the module and bring in the formatting of its message.
    let bytes = input.as_bytes();
    let byte_at = |at: usize| bytes.get(at).copied();
    let mut tokens = Vec::new();
    let mut at = 0;
    while let Some(byte) = byte_at(at) {
        match byte {
            b'{' | b'[' => tokens.push(Token::Open(byte)),
            b'}' | b']' => tokens.push(Token::Close(byte)),
            b':' => tokens.push(Token::Colon),
            b',' => tokens.push(Token::Comma),
            b'"' => {
                // A quote ends the string only after an even number of backslashes.
                let start = at + 1;
                let mut end = start;
                let mut escaped = false;
                loop {
                    match byte_at(end) {
                        // Still open: left out.
                        None => return Some(tokens),
                        Some(b'"') if !escaped => break,
                        Some(next) => escaped = !escaped && next == b'\\',
                    }
                    end += 1;
                }
                tokens.push(Token::Str(input.get(start..end)?));
                at = end;
            }
            _ if is_space(byte) => {}
            b'0'..=b'9' | b'-' | b'.' => {
                let start = at;
                let mut previous = byte;
                at += 1;
                while let Some(next) = byte_at(at) {
                    let exponent_sign =
                        matches!(next, b'-' | b'+') && matches!(previous, b'e' | b'E');
                    let digit_like = next.is_ascii_digit() || matches!(next, b'.' | b'e' | b'E');
                    if !digit_like && !exponent_sign {
                        break;
                    }
                    previous = next;
                    at += 1;
                }
                tokens.push(Token::Number {
                    text: input.get(start..at)?,
                    at_end: at == bytes.len(),
                });
                continue;
            }
            _ if byte.is_ascii_alphabetic() => {
                let start = at;
                while byte_at(at).is_some_and(|next| next.is_ascii_alphabetic()) {
                    at += 1;
                }
                let word = input.get(start..at)?;
                if LITERALS.contains(&word) {
                    tokens.push(Token::Literal(word));
                } else {
                    let cut_off = LITERALS.iter().any(|literal| literal.starts_with(word));
                    let rest = bytes.get(at..)?;
                    if !cut_off || !rest.iter().all(|&byte| is_space(byte)) {
                        return None;
                    }
                }
                continue;
            }
            _ => return None,
        }
        at += 1;
    }
    Some(tokens)
}

/// Drops what may still change at the end: a colon, a number that runs to the end or is not
/// one, a key without its value, a trailing comma.
fn strip(tokens: &mut Vec<Token<'_>>) {
    let mut depth = Vec::new();
    for token in tokens.iter() {
        match token {
            Token::Open(byte) => depth.push(*byte),
            Token::Close(_) => {
                depth.pop();
            }
            _ => {}
        }
    }
    let in_object = depth.last() == Some(&b'{');
    while let Some(&last) = tokens.last() {
        let before = tokens.len().checked_sub(2).and_then(|at| tokens.get(at));
        match last {
            Token::Colon => {}
            Token::Number { text, at_end } if at_end || !is_number(text) => {}
            Token::Str(_)
                if in_object && matches!(before, Some(Token::Comma | Token::Open(b'{'))) => {}
            Token::Comma => {
                tokens.pop();
                return;
            }
            _ => return,
        }
        tokens.pop();
    }
}

/// The closing brackets the open ones need, innermost last; None for a bracket that closes
/// what is not open.
fn closers(tokens: &[Token<'_>]) -> Option<Vec<u8>> {
    let mut open = Vec::new();
    for token in tokens {
        match *token {
            Token::Open(b'{') => open.push(b'}'),
            Token::Open(_) => open.push(b']'),
            Token::Close(byte) if open.pop() != Some(byte) => return None,
            _ => {}
        }
    }
    Some(open)
}

/// JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`.
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
            ("", Some("")),
            ("{", Some("{}")),
            ("{\"loc", Some("{}")),
            ("{\"location\"", Some("{}")),
            ("{\"location\":", Some("{}")),
            ("{\"location\": \"San Fr", Some("{}")),
            (
                "{\"location\": \"San Francisco\"",
                Some("{\"location\":\"San Francisco\"}"),
            ),
            ("{\"location\": \"SF\",", Some("{\"location\":\"SF\"}")),
            (
                "{\"location\": \"SF\", \"unit\"",
                Some("{\"location\":\"SF\"}"),
            ),
            ("{\"n\": 12", Some("{}")),
            ("{\"n\": 12,", Some("{\"n\":12}")),
            ("{\"n\": 1.", Some("{}")),
            ("{\"n\": 1.5, \"m\": 2", Some("{\"n\":1.5}")),
            ("[1, 2", Some("[1]")),
            ("[1, 2,", Some("[1,2]")),
            ("[\"a\", \"b", Some("[\"a\"]")),
            ("[\"a\", \"b\"", Some("[\"a\",\"b\"]")),
            ("{\"ok\": tru", Some("{}")),
            ("{\"ok\": true", Some("{\"ok\":true}")),
            ("{\"a\": {\"b\": [null", Some("{\"a\":{\"b\":[null]}}")),
            (
                "{\"q\": \"say \\\"hi\\\"\"",
                Some("{\"q\":\"say \\\"hi\\\"\"}"),
            ),
            ("{\"q\": \"ends in \\\\\"", Some("{\"q\":\"ends in \\\\\"}")),
            ("{\"q\": \"still \\\"open", Some("{}")),
            ("{\"é\": \"ü🦀\"", Some("{\"é\":\"ü🦀\"}")),
        ];
        for (input, expected) in cases {
            assert_eq!(complete(input).as_deref(), expected, "{input:?}");
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
