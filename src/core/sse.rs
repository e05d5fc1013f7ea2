//! Framing of a `text/event-stream` body into events, after the WHATWG
//! "event stream interpretation" rules; and of the newline-delimited JSON that the
//! official SDK's `toReadableStream()` writes, each line one event's data.
//!
//! The parser takes raw bytes in whatever chunks the network delivers and keeps
//! the unfinished line between calls, so no chunking changes what it yields.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SseEvent {
    /// "message" unless an `event:` line named it.
    pub event: String,
    pub data: String,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

#[derive(Default)]
pub struct SseParser {
    /// The bytes of the line not yet ended; decoded only once complete, so a
    /// UTF-8 sequence split across chunks is whole by then.
    line: Vec<u8>,
    /// The last byte seen was a CR, so an LF next is the same line break.
    after_cr: bool,
    /// At least one line has ended, so a BOM is no longer expected.
    past_first_line: bool,
    event: String,
    /// None until a `data` line: an event without one is not dispatched.
    data: Option<String>,
    /// Newline-delimited JSON: every line that is not blank is the data of a "message".
    json_lines: bool,
}

impl SseParser {
    pub fn new() -> SseParser {
        SseParser::default()
    }

    /// A parser of newline-delimited JSON, the framing of a stream passed on with
    /// `toReadableStream()`: same line breaks, same chunking, one event per line.
    pub fn json_lines() -> SseParser {
        SseParser {
            json_lines: true,
            ..SseParser::default()
        }
    }

    /// Feeds raw bytes (chunks may split lines, CRLF pairs and UTF-8 sequences anywhere) and returns the events completed by them.
    pub fn push(&mut self, bytes: &[u8]) -> Vec<SseEvent> {
        let mut events = Vec::new();
        for &byte in bytes {
            let after_cr = std::mem::replace(&mut self.after_cr, byte == b'\r');
            match byte {
                b'\n' if after_cr => {}
                b'\n' | b'\r' => events.extend(self.end_line()),
                _ => self.line.push(byte),
            }
        }
        events
    }

    /// End of stream: returns a last event that was not followed by a blank line, if any.
    ///
    /// The WHATWG rules would drop such an event; it is kept because a proxy or
    /// server that closes the body early must not swallow a final `message_stop`
    /// or `error` that arrived whole. The parser is then ready for a new stream.
    pub fn finish(&mut self) -> Vec<SseEvent> {
        let mut events = Vec::new();
        if !self.line.is_empty() {
            events.extend(self.end_line());
        }
        events.extend(self.dispatch());
        *self = SseParser {
            json_lines: self.json_lines,
            ..SseParser::default()
        };
        events
    }

    /// Interprets the line in `self.line`; a blank line yields the pending event.
    fn end_line(&mut self) -> Option<SseEvent> {
        let mut bytes = std::mem::take(&mut self.line);
        if !std::mem::replace(&mut self.past_first_line, true) && bytes.starts_with(BOM) {
            bytes.drain(..BOM.len());
        }
        if bytes.is_empty() {
            return self.dispatch();
        }
        if self.json_lines {
            self.data = Some(String::from_utf8_lossy(&bytes).into_owned());
            bytes.clear();
            self.line = bytes;
            return self.dispatch();
        }
        let line = String::from_utf8_lossy(&bytes);
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (&*line, ""),
        };
        match field {
            "event" => value.clone_into(&mut self.event),
            "data" => match &mut self.data {
                Some(data) => {
                    data.push('\n');
                    data.push_str(value);
                }
                None => self.data = Some(value.to_owned()),
            },
            // Comments (an empty field name), `id`, `retry` and unknown fields.
            _ => {}
        }
        // Reuses the line's allocation for the next line.
        bytes.clear();
        self.line = bytes;
        None
    }

    /// Ends the pending event: yields it if it had data, and starts afresh either way.
    fn dispatch(&mut self) -> Option<SseEvent> {
        let event = std::mem::take(&mut self.event);
        let data = self.data.take()?;
        Some(SseEvent {
            event: if event.is_empty() {
                "message".to_owned()
            } else {
                event
            },
            data,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(event: &str, data: &str) -> SseEvent {
        SseEvent {
            event: event.to_owned(),
            data: data.to_owned(),
        }
    }

    fn parse(stream: &[u8]) -> Vec<SseEvent> {
        let mut parser = SseParser::new();
        let mut events = parser.push(stream);
        events.extend(parser.finish());
        events
    }

    #[test]
    fn a_claude_stream() {
        let stream = b"event: message_start\ndata: {\"type\":\"message_start\"}\n\n\
            event: ping\ndata: {\"type\": \"ping\"}\n\n\
            event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
        assert_eq!(
            parse(stream),
            [
                event("message_start", "{\"type\":\"message_start\"}"),
                event("ping", "{\"type\": \"ping\"}"),
                event("message_stop", "{\"type\":\"message_stop\"}"),
            ]
        );
    }

    #[test]
    fn an_event_is_yielded_by_the_push_that_completes_it() {
        let mut parser = SseParser::new();
        assert_eq!(parser.push(b"data: a\n"), []);
        assert_eq!(parser.push(b"\ndata: b\n"), [event("message", "a")]);
        assert_eq!(parser.push(b"\n"), [event("message", "b")]);
        assert_eq!(parser.finish(), []);
    }

    #[test]
    fn every_line_ending() {
        let expected = [event("x", "1\n2"), event("message", "3")];
        for eol in ["\n", "\r\n", "\r"] {
            let stream = "event: x|data: 1|data: 2||data: 3||".replace('|', eol);
            assert_eq!(parse(stream.as_bytes()), expected, "{eol:?}");
        }
        assert_eq!(
            parse(b"data: 1\r\ndata: 2\rdata: 3\n\r\n"),
            [event("message", "1\n2\n3")]
        );
    }

    #[test]
    fn a_crlf_split_across_chunks_is_one_line_break() {
        let mut parser = SseParser::new();
        assert_eq!(parser.push(b"data: a\r"), []);
        assert_eq!(parser.push(b"\ndata: b\r"), []);
        assert_eq!(parser.push(b"\n\r"), [event("message", "a\nb")]);
        assert_eq!(parser.push(b"\n"), []);
        assert_eq!(parser.finish(), []);
    }

    #[test]
    fn cr_cr_is_a_blank_line() {
        assert_eq!(
            parse(b"data: a\r\rdata: b\r\r"),
            [event("message", "a"), event("message", "b")]
        );
    }

    #[test]
    fn field_values() {
        assert_eq!(
            parse(b"data:no space\ndata:  two spaces\ndata\ndata:\ndata: a:b\n\n"),
            [event("message", "no space\n two spaces\n\n\na:b")]
        );
    }

    #[test]
    fn comments_and_ignored_fields() {
        assert_eq!(
            parse(b": keep-alive\nid: 7\nretry: 10\nfoo: bar\nDATA: no\ndata: yes\n\n"),
            [event("message", "yes")]
        );
    }

    #[test]
    fn nothing_is_dispatched_without_data() {
        assert_eq!(
            parse(b"event: ping\n\n\n: comment\n\ndata: x\n\n"),
            [event("message", "x")]
        );
        // The type of an event without data does not leak into the next one.
        assert_eq!(parse(b"event: a\n\ndata: x\n\n"), [event("message", "x")]);
    }

    #[test]
    fn the_event_type_resets_after_each_event() {
        assert_eq!(
            parse(b"event: a\ndata: 1\n\ndata: 2\n\nevent:\ndata: 3\n\n"),
            [
                event("a", "1"),
                event("message", "2"),
                event("message", "3")
            ]
        );
    }

    #[test]
    fn the_last_event_is_kept_at_the_end_of_the_stream() {
        assert_eq!(
            parse(b"data: a\n\ndata: b"),
            [event("message", "a"), event("message", "b")]
        );
        assert_eq!(parse(b"event: e\ndata: b\n"), [event("e", "b")]);
        assert_eq!(parse(b"data: b\r"), [event("message", "b")]);
        assert_eq!(parse(b"event: e"), []);
        assert_eq!(parse(b""), []);
    }

    #[test]
    fn finish_readies_the_parser_for_a_new_stream() {
        let mut parser = SseParser::new();
        parser.push(b"event: e\ndata: half");
        assert_eq!(parser.finish(), [event("e", "half")]);
        assert_eq!(
            parser.push(b"\xEF\xBB\xBFdata: new\n\n"),
            [event("message", "new")]
        );
    }

    #[test]
    fn a_leading_bom_is_skipped_even_when_split() {
        assert_eq!(parse(b"\xEF\xBB\xBFdata: x\n\n"), [event("message", "x")]);
        let mut parser = SseParser::new();
        assert_eq!(parser.push(b"\xEF"), []);
        assert_eq!(parser.push(b"\xBB"), []);
        assert_eq!(parser.push(b"\xBFdata: x\n\n"), [event("message", "x")]);
        // Only at the very start.
        assert_eq!(
            parse(b"data: x\n\xEF\xBB\xBFdata: y\n\n"),
            [event("message", "x")]
        );
    }

    #[test]
    fn utf8_split_across_chunks_stays_whole() {
        let stream = "data: h\u{e9}llo \u{20ac} \u{1F600}\n\n".as_bytes();
        for split in 0..=stream.len() {
            let mut parser = SseParser::new();
            let mut events = parser.push(&stream[..split]);
            events.extend(parser.push(&stream[split..]));
            events.extend(parser.finish());
            assert_eq!(events, [event("message", "h\u{e9}llo \u{20ac} \u{1F600}")]);
        }
    }

    #[test]
    fn invalid_utf8_is_replaced_not_fatal() {
        assert_eq!(
            parse(b"data: a\xFFb\xE2\x82\n\n"),
            [event("message", "a\u{FFFD}b\u{FFFD}")]
        );
    }

    #[test]
    fn json_lines_are_one_event_each_in_any_chunking() {
        let stream = "{\"type\":\"message_start\"}\n\r\n{\"text\":\"h\u{e9}: \u{20ac}\"}\r\n{\"type\":\"message_stop\"}".as_bytes();
        let expected = [
            event("message", "{\"type\":\"message_start\"}"),
            event("message", "{\"text\":\"h\u{e9}: \u{20ac}\"}"),
            event("message", "{\"type\":\"message_stop\"}"),
        ];
        for split in 0..=stream.len() {
            let mut parser = SseParser::json_lines();
            let mut events = parser.push(&stream[..split]);
            events.extend(parser.push(&stream[split..]));
            events.extend(parser.finish());
            assert_eq!(events, expected, "split at {split}");
        }
    }

    #[test]
    fn json_lines_stay_json_lines_after_finish() {
        let mut parser = SseParser::json_lines();
        assert_eq!(parser.finish(), []);
        assert_eq!(parser.push(b"data: {}\n"), [event("message", "data: {}")]);
    }
}
