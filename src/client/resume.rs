//! Going on with a stream that failed after content arrived: the continuation request (the
//! partial answer as the assistant's prefill) and the stitching of its events onto the first
//! stream, so the consumer sees one message.

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;

use crate::interop::object::{assign, property, set};

/// How the continuation's events land on the message being assembled.
pub struct Stitch {
    /// Where the continuation's block 0 lands: the block that was cut, which it continues.
    offset: u32,
    /// The end of the partial text the prefill left out (the API refuses a prefill ending in
    /// whitespace). The consumer has seen it already, so it is skipped where the continuation
    /// repeats it.
    skip: String,
    /// The usage reported before the cut: the continuation's is added to it.
    usage_before: JsValue,
}

/// The continuation of `params` after `message` was cut, for `model` (None: as requested),
/// and how to stitch its events; None where continuing is not sound — anything but text in
/// the answer (a thinking or tool_use block), or a prefill of the caller's that is not text.
pub fn continuation(
    params: &JsValue,
    model: Option<&str>,
    message: &JsValue,
) -> Result<Option<(JsValue, Stitch)>, JsValue> {
    let Some(blocks) = property(message, "content").dyn_into::<Array>().ok() else {
        return Ok(None);
    };
    if blocks.length() == 0 {
        return Ok(None);
    }
    let mut texts = Vec::new();
    for block in blocks.iter() {
        if property(&block, "type").as_string().as_deref() != Some("text") {
            return Ok(None);
        }
        texts.push(property(&block, "text").as_string().unwrap_or_default());
    }
    let Some(messages) = property(params, "messages").dyn_into::<Array>().ok() else {
        return Ok(None);
    };
    let messages = messages.slice(0, messages.length());
    // A prefill of the caller's is continued by the answer: the two make one prefill.
    let last = messages.get(messages.length().saturating_sub(1));
    let callers = if property(&last, "role").as_string().as_deref() == Some("assistant") {
        let Some(text) = property(&last, "content").as_string() else {
            return Ok(None);
        };
        messages.pop();
        text
    } else {
        String::new()
    };
    let mut prefill = callers;
    let joined: String = texts.concat();
    prefill.push_str(&joined);
    let kept = prefill.trim_end().len();
    let skip = prefill.split_off(kept);
    if !prefill.is_empty() {
        let turn = Object::new();
        set(&turn, "role", &"assistant".into());
        set(&turn, "content", &prefill.into());
        messages.push(&turn);
    }
    let body = assign(&Object::new(), params)?;
    set(&body, "messages", &messages);
    set(&body, "stream", &true.into());
    if let Some(model) = model {
        set(&body, "model", &model.into());
    }
    let usage = property(message, "usage");
    let usage_before = if usage.is_object() {
        JSON::parse(&String::from(JSON::stringify(&usage)?))?
    } else {
        Object::new().into()
    };
    let stitch = Stitch {
        offset: blocks.length() - 1,
        skip,
        usage_before,
    };
    Ok(Some((JSON::stringify(&body)?.into(), stitch)))
}

impl Stitch {
    /// `event` of the continuation as the consumer sees it, placed on the message being
    /// assembled; None for what it must not see twice (a second `message_start`, the restart
    /// of the block that was cut, text it has already had). `message` takes the usage sums.
    pub fn apply(&mut self, event: &JsValue, message: &JsValue) -> Option<JsValue> {
        let kind = property(event, "type").as_string().unwrap_or_default();
        let index = property(event, "index").as_f64().map(|index| index as u32);
        match kind.as_str() {
            "message_start" => {
                let usage = property(&property(event, "message"), "usage");
                let total = Object::assign(&Object::new(), self.usage_before.unchecked_ref());
                let total = Object::assign(&total, &self.added(&usage));
                set(message, "usage", &total);
                return None;
            }
            "content_block_start" if index == Some(0) => return None,
            "content_block_delta" if index == Some(0) => {
                let delta = property(event, "delta");
                let text = property(&delta, "text").as_string();
                match text {
                    Some(text) if !self.skip.is_empty() => {
                        let kept = self.unseen(&text);
                        if kept.is_empty() {
                            return None;
                        }
                        set(&delta, "text", &kept.into());
                    }
                    Some(_) => {}
                    None => self.skip.clear(),
                }
            }
            "message_delta" => {
                let usage = property(event, "usage");
                if usage.is_object() {
                    set(event, "usage", &self.added(&usage));
                }
            }
            _ => {}
        }
        if let Some(index) = index {
            set(event, "index", &(index + self.offset).into());
        }
        Some(event.clone())
    }

    /// What of `text` the consumer has not seen: the part of `skip` it repeats comes off.
    fn unseen(&mut self, text: &str) -> String {
        let common = self
            .skip
            .chars()
            .zip(text.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum::<usize>();
        let repeats_all_of_text = common == text.len();
        self.skip = if repeats_all_of_text {
            self.skip.split_off(common)
        } else {
            String::new()
        };
        let mut text = text.to_string();
        text.split_off(common)
    }

    /// The fields of the continuation's `usage`, each with what was reported before the cut
    /// added (the continuation reports only its own request's).
    fn added(&self, usage: &JsValue) -> Object {
        let total = Object::new();
        if !usage.is_object() {
            return total;
        }
        for key in Object::keys(usage.unchecked_ref::<Object>()).iter() {
            let value = Reflect::get(usage, &key).unwrap_or(JsValue::UNDEFINED);
            let before = Reflect::get(&self.usage_before, &key).ok();
            let sum = match (value.as_f64(), before.and_then(|before| before.as_f64())) {
                (Some(now), Some(before)) => JsValue::from(now + before),
                _ => value,
            };
            let _ = Reflect::set(&total, &key, &sum);
        }
        total
    }
}
