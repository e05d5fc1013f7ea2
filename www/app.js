// The demo page: the package used as a page uses it, plus a picture of what it does.
// No framework, no build step. Query: ?recovery=<ms> (breaker cool-down, default 5000),
// ?threshold=<n> (failures that open it, default 3), ?idle=<ms> (the stream watchdog, default 3000).
import Anthropic, { withFallback, VERSION } from 'claude-resilience';

const params = new URLSearchParams(location.search);
const RECOVERY_MS = positive(params.get('recovery'), 5000);
const THRESHOLD = positive(params.get('threshold'), 3);
// Short, so that a stalled stream is cut and resumed while the visitor watches; the client's
// own default (2 minutes) suits real answers.
const IDLE_MS = positive(params.get('idle'), 3000);
const MODEL = 'claude-sonnet-5-5';
const FALLBACK_MODEL = 'claude-haiku-5-5';
const FALLBACK_TEXT = "I'm sorry, I'm currently unavailable.";
const MAX_TOKENS = 256;
const MAX_LANES = 14;
// Pacing waits can be long against the tight window (a burst's last call waits two windows);
// the client's default cap (8 s) would refuse them.
const MAX_DELAY_MS = 30_000;
// The mock's faults the sliders set (POST /__mock/faults); the outage switch sets `outage`.
const SLIDERS = ['rate429', 'retryAfterSec', 'rate529', 'rate500', 'latencyMs', 'streamDelayMs', 'rateStreamDrop', 'rateStreamStall'];
/** The sliders that set a share of requests (shown in %). */
const SHARES = ['rate429', 'rate529', 'rate500', 'rateStreamDrop', 'rateStreamStall'];

function positive(text, fallback) {
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const seconds = (ms) => (ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`);
const clock = (ms) => new Date(ms).toLocaleTimeString([], { hour12: false }) + `.${String(ms % 1000).padStart(3, '0')}`;
const shortModel = (m) => (m ?? '').replace(/^claude-/, '');

// ───────────────────────────── one client, a breaker per model ─────────────────────────────

// One client for the page: pacing, the retry budget and the breakers are a client's, shared by
// its calls, so a burst is paced as one app's traffic. The budget is the client's own, with its
// defaults (`client.retryBudget`, whose level the page shows). From the `circuitBreaker` options the
// client gives the requested model its own breaker (`client.circuitBreaker`) and builds one
// per fallback model on its first use (`client.circuitBreakerFor(model)`).
const MODELS = [MODEL, FALLBACK_MODEL];
const histories = Object.fromEntries(MODELS.map((m) => [m, [{ state: 'CLOSED', at: Date.now() }]]));
const breakerOf = (model) => (model === MODEL ? client.circuitBreaker : client.circuitBreakerFor(model));

/** A change of a breaker's state, once, whether onStateChange or the state getter saw it first:
 *  the breaker holds no timer, so it reports OPEN → HALF_OPEN only at the next call, while its
 *  `state` reads HALF_OPEN as soon as the cool-down is over. */
function noteState(model, from, to, at) {
  const history = histories[model];
  if (history.at(-1).state === to) return;
  history.push({ state: to, from, at, model });
  renderTransitions();
}

/** onStateChange names no breaker (every model's is built from the same options): the one
 *  whose state now reads `to` and whose history does not is the one that changed. */
function changed({ from, to, at }) {
  for (const model of MODELS) {
    if (breakerOf(model)?.state === to) noteState(model, from, to, at);
  }
}

function makeClient() {
  return new Anthropic({
    apiKey: null, // the demo server (or the mock) is the API; in proxy mode it adds the key
    baseURL: location.origin,
    circuitBreaker: { failureThreshold: THRESHOLD, recoveryTimeout: RECOVERY_MS, onStateChange: (e) => changed(e) },
    retry: { maxDelay: MAX_DELAY_MS },
    // A stream cut mid-answer (a dropped connection, the watchdog) goes on where it stopped.
    resume: true,
    streamIdleTimeout: IDLE_MS,
    logger: (event) => route(event),
    fetch: sendAttempt,
  });
}

// ───────────────────────────── requests, each a lane of the timeline ─────────────────────────────

const lanes = [];
let laneCount = 0;
let latestRateLimit = null;
let latestRateLimitId = null;
let client = makeClient();

/** The retry hint of a response, in ms, as the client reads it (retry-after-ms, then retry-after). */
function retryHint(headers) {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.has('retry-after-ms') && Number.isFinite(ms)) return ms;
  const value = headers.get('retry-after');
  if (value === null) return null;
  const secs = Number(value);
  if (Number.isFinite(secs)) return secs * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

// The client's log events name no call. The page ties them to lanes: every request carries its
// lane in a header the fetch wrapper reads (and the proxy does not forward), so attempts and
// request ids are known; an event with a request id goes to that request's lane. A pacing
// wait names none: the waits queue first come, first served, so the call that sends after
// being held goes with the oldest wait not yet claimed (see `paceQueue`). The other events
// without one (a call the open breaker refused, its cool-down) go to the oldest running lane
// with no attempt in flight.
const LANE_HEADER = 'x-demo-lane';
const byRequestId = new Map();

async function sendAttempt(input, init) {
  const lane = lanes.find((l) => String(l.id) === new Headers(init?.headers).get(LANE_HEADER));
  const now = Date.now();
  if (lane && now - lane.readySince() > HELD_MS && paceQueue.length > 0) lane.paced(paceQueue.shift(), now);
  const attempt = lane?.attemptStarted(now);
  try {
    const response = await fetch(input, init);
    const requestId = response.headers.get('request-id');
    if (lane && requestId) byRequestId.set(requestId, lane);
    lane?.attemptAnswered(attempt, response, requestId);
    return response;
  } catch (error) {
    lane?.attemptFailed(attempt, error);
    throw error;
  }
}

function laneOf(event) {
  if (event.requestId && byRequestId.has(event.requestId)) return byRequestId.get(event.requestId);
  const running = lanes.filter((l) => l.outcome === 'running');
  if (event.event === 'circuit' && event.message !== 'circuit open: request not sent') return lastLane;
  return running.find((l) => !l.current) ?? running[0] ?? null;
}

let lastLane = null;
function route(event) {
  if (event.event === 'budget') noteBudget(event);
  if (event.event === 'pace') return notePace(event);
  const lane = event.event === 'request' ? null : laneOf(event);
  if (lane) {
    lastLane = lane;
    lane.record(event);
  }
  // The client has taken in the response's rate-limit headers by the time it logs it.
  if (event.event === 'response' || event.event === 'error') takeRateLimit(event.requestId);
}

// ───────────────────────────── pacing and the retry budget, as the log tells them ─────────────────────────────

/** The calls waiting for room in the window, first come first served: { start, until, model }
 *  per waiting call, until the call sends. */
const paceQueue = [];
let pacedCalls = 0;
/** A lane that sends this long after it was ready to was held by pacing (nothing else delays
 *  a send: the breaker refuses at once). */
const HELD_MS = 50;
/** A wait nobody claimed this long after its end was a call that never sent (aborted). */
const UNCLAIMED_MS = 2000;
/** Retries the budget refused, as the log tells them (the level is read from the budget). */
const budgetRefusals = [];

function notePace(event) {
  const at = Date.parse(event.timestamp);
  const until = at + event.delayMs;
  // A call whose turn came while the window still had no room waits again, from the end of
  // its last wait: the same call, its wait longer.
  const again = paceQueue.find((w) => Math.abs(w.until - at) < 100);
  if (again) {
    again.until = until;
  } else {
    paceQueue.push({ start: at, until, model: /of model (\S+)/.exec(event.message ?? '')?.[1] ?? MODEL });
    pacedCalls += 1;
  }
  dirty = true;
}

/** The lanes held by pacing now, oldest first, each with its wait (the queue's order). */
function heldLanes(now) {
  const held = lanes.filter((l) => l.outcome === 'running' && !l.current && now - l.readySince() > HELD_MS)
    .sort((a, b) => a.readySince() - b.readySince());
  return paceQueue.slice(0, held.length).map((wait, i) => ({ lane: held[i], wait }));
}

function noteBudget(event) {
  budgetRefusals.push({ at: Date.parse(event.timestamp) });
  dirty = true;
}

function renderShaping() {
  const now = Date.now();
  const gone = paceQueue.filter((w) => w.until < now - UNCLAIMED_MS);
  if (gone.length > 0) paceQueue.splice(0, Infinity, ...paceQueue.filter((w) => !gone.includes(w)));
  const waiting = paceQueue;
  const untils = waiting.map((w) => w.until).sort((a, b) => a - b);
  const queue = $('pace-queue');
  queue.dataset.waiting = String(waiting.length);
  queue.innerHTML = waiting.length === 0
    ? `<span class="muted">no call waiting</span>${pacedCalls ? ` · ${pacedCalls} paced so far` : ''}`
    : `<b>${waiting.length}</b> ${waiting.length === 1 ? 'call waits' : 'calls wait'} for room in the window of ` +
      `${[...new Set(waiting.map((w) => shortModel(w.model)))].map(esc).join(', ')} · ` +
      `next in <b>${seconds(Math.max(0, untils[0] - now))}</b>, last in <b>${seconds(Math.max(0, untils.at(-1) - now))}</b>`;
  renderBudget(now);
}

/** The client's retry budget: its level as a bar, and the retries it refused. */
function renderBudget(now) {
  const { tokens, capacity, retryCost, refill } = client.retryBudget.toJSON();
  const share = capacity > 0 ? tokens / capacity : 0;
  const budget = $('budget');
  budget.dataset.tokens = String(tokens);
  budget.dataset.refused = String(budgetRefusals.length);
  budget.className = `budget gauge ${share > 0.5 ? 'high' : share > 0.2 ? 'mid' : 'low'}`;
  const amount = (n) => n.toLocaleString(undefined, { maximumFractionDigits: 1 });
  const retries = retryCost > 0 ? Math.floor(tokens / retryCost) : Infinity;
  const refused = budgetRefusals.length;
  budget.innerHTML = `<div class="g-head"><span>${retries === Infinity ? 'every retry' : `${amount(retries)} ${retries === 1 ? 'retry' : 'retries'}`} left</span>` +
    `<b>${amount(tokens)} <small>/ ${amount(capacity)} tokens</small></b></div>` +
    `<div class="g-bar"><span style="width:${Math.max(0, Math.min(1, share)) * 100}%"></span></div>` +
    `<div class="g-foot">${refused === 0
      ? `no retry refused · ${amount(retryCost)} a retry, ${amount(refill)} back a success`
      : `<b class="bad">${refused}</b> ${refused === 1 ? 'retry' : 'retries'} refused (last ${seconds(now - budgetRefusals.at(-1).at)} ago)`}</div>`;
}

class Lane {
  constructor(kind, label) {
    this.id = ++laneCount;
    this.kind = kind;
    this.label = label;
    this.start = Date.now();
    this.end = null;
    this.model = MODEL;
    this.attempts = [];
    this.waits = [];
    this.marks = [];
    this.resumes = 0;
    this.outcome = 'running';
    this.answeredBy = null;
    this.error = null;
    this.hintMs = null; // the last response's retry-after, to tell a server-asked wait from backoff
    this.options = { fallbackModels: [FALLBACK_MODEL], headers: { [LANE_HEADER]: String(this.id) } };
    lanes.push(this);
    if (lanes.length > MAX_LANES) lanes.splice(0, lanes.length - MAX_LANES);
  }

  get current() {
    return this.attempts.findLast((a) => a.end === null) ?? null;
  }

  /** Since when the lane could send: its start, else the end of its last wait. */
  readySince() {
    const w = this.waits.at(-1);
    const last = this.attempts.at(-1);
    return Math.max(this.start, last?.end ?? 0, w ? w.start + w.ms : 0);
  }

  /** The pacing wait `wait` held this lane until `now`, when it sends. */
  paced(wait, now) {
    this.waits.push({ start: wait.start, ms: now - wait.start, reason: 'rate-limit' });
  }

  attemptStarted(at) {
    this.hintMs = null;
    const a = { n: this.attempts.length, model: this.model, start: at, end: null, kind: 'pending' };
    this.attempts.push(a);
    dirty = true;
    return a;
  }

  attemptAnswered(a, response, requestId) {
    this.hintMs = retryHint(response.headers);
    Object.assign(a, { end: Date.now(), status: response.status, requestId, kind: response.ok ? 'ok' : kindOf(response.status) });
    dirty = true;
  }

  attemptFailed(a, error) {
    if (a.end === null) Object.assign(a, { end: Date.now(), status: null, kind: 'net', message: error?.message });
    dirty = true;
  }

  record(event) {
    const at = Date.parse(event.timestamp);
    switch (event.event) {
      case 'error': {
        const a = this.attempts.findLast((x) => x.requestId && x.requestId === event.requestId);
        if (a) Object.assign(a, { errorType: event.errorType ?? null, message: event.message });
        break;
      }
      case 'circuit':
        if (event.message === 'circuit open: request not sent') {
          this.attempts.push({
            n: this.attempts.length, model: this.model, start: at, end: at, kind: 'open',
            retryAfterMs: event.delayMs, message: `${this.model}'s breaker OPEN: the request was not sent`,
          });
        } else {
          const to = /-> (\w+)/.exec(event.message ?? '')?.[1];
          this.marks.push({ at, kind: 'circuit', state: to, text: `breaker ${to}` });
        }
        break;
      case 'retry': {
        const last = this.attempts.at(-1);
        const reason = last?.kind === 'open' ? 'cool-down'
          : this.hintMs !== null && Math.abs(this.hintMs - event.delayMs) < 2 ? 'retry-after' : 'backoff';
        this.waits.push({ start: at, ms: event.delayMs, reason });
        break;
      }
      case 'budget':
        this.marks.push({ at, kind: 'budget', text: 'budget spent', why: event.message ?? '' });
        break;
      case 'resume': {
        // The answer was streaming on the latest attempt that got a response: it ends here.
        const cut = this.attempts.findLast((a) => a.kind === 'ok');
        if (cut) cut.streamEnd = at;
        this.resumes += 1;
        const chars = /after (\d+) characters/.exec(event.message ?? '')?.[1] ?? '?';
        this.marks.push({ at, kind: 'cut', text: `✂ ${chars} chars`, why: event.message ?? '' });
        break;
      }
      case 'fallback': {
        const model = /model (\S+)/.exec(event.message ?? '')?.[1] ?? FALLBACK_MODEL;
        this.model = model;
        this.marks.push({ at, kind: 'fallback', text: `↪ ${shortModel(model)}` });
        break;
      }
    }
    dirty = true;
  }

  finish(result) {
    this.end = Date.now();
    this.outcome = result.degraded ? 'degraded' : 'ok';
    this.answeredBy = result.model ?? null;
    this.error = result.error ?? null;
    takeRateLimit(result.requestId);
    dirty = true;
  }
}

function kindOf(status) {
  if (status === undefined || status === null) return 'net';
  if (status === 429) return 's429';
  if (status === 529) return 's529';
  if (status >= 500) return 's5xx';
  return 's4xx';
}

function takeRateLimit(requestId) {
  const info = client.rateLimit;
  if (info && (!latestRateLimit || info.observedAt >= latestRateLimit.observedAt)) {
    latestRateLimit = info;
    latestRateLimitId = requestId ?? latestRateLimitId;
    renderGauges();
  }
}

const errorName = (e) => (e instanceof Error ? `${e.name}${e.status ? ` ${e.status}` : ''}` : String(e));
const messageParams = (prompt) => ({ model: MODEL, max_tokens: MAX_TOKENS, messages: [{ role: 'user', content: prompt }] });

// ───────────────────────────── the prompt: a streamed answer ─────────────────────────────

let asking = false;

async function ask(prompt) {
  asking = true;
  $('send').disabled = true;
  const lane = new Lane('prompt', 'prompt');
  showAnswer({ state: 'waiting' });
  $('answer').textContent = '';
  let streamed = '';
  const result = await withFallback(async () => {
    const stream = client.messages.stream(messageParams(prompt), lane.options);
    let model = null;
    for await (const event of stream) {
      if (event.type === 'message_start') {
        model = event.message.model;
        showAnswer({ state: 'streaming', model, requestId: stream.requestId });
      } else if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
        streamed += event.delta.text;
        $('answer').textContent = streamed;
      }
    }
    return { text: await stream.finalText(), model, requestId: stream.requestId, degraded: false };
  }, (error) => ({ text: FALLBACK_TEXT, degraded: true, error }));
  lane.finish(result);
  $('answer').textContent = result.text;
  showAnswer({
    state: result.degraded ? 'degraded' : 'done', model: result.model, requestId: result.requestId,
    note: result.degraded
      ? `Every attempt failed (${errorName(result.error)}${result.error?.requestId ? `, ${result.error.requestId}` : ''})` +
        `${streamed ? `, ${streamed.length} characters into the stream` : ''}: withFallback answered instead.`
      : lane.resumes > 0
        ? `Answered in ${seconds(lane.end - lane.start)}: the stream was cut ${lane.resumes === 1 ? 'once' : `${lane.resumes} times`} and resumed where it stopped.`
        : lane.attempts.length > 1
          ? `Answered after ${lane.attempts.length} attempts in ${seconds(lane.end - lane.start)}.`
          : `Answered at the first attempt in ${seconds(lane.end - lane.start)}.`,
  });
  asking = false;
  $('send').disabled = false;
}

function showAnswer({ state, model, requestId, note = '' }) {
  const pill = $('answer-state');
  pill.dataset.state = state;
  pill.className = `pill ${state}`;
  pill.textContent = { waiting: 'waiting for the first token…', streaming: 'streaming', done: 'answered', degraded: 'fallback answer' }[state];
  const modelPill = $('answer-model');
  modelPill.hidden = !model;
  if (model) {
    modelPill.textContent = model === MODEL ? model : `${model} · fallback model`;
    modelPill.classList.toggle('fell-back', model !== MODEL);
  }
  $('answer-degraded').hidden = state !== 'degraded';
  $('answer-rid').textContent = requestId ? `request-id ${requestId}` : '';
  $('answer-note').textContent = note;
}

// ───────────────────────────── a burst: N concurrent requests ─────────────────────────────

async function burst(n) {
  const prompt = $('prompt').value.trim() || 'Hello';
  const jobs = Array.from({ length: n }, (_, i) => {
    const lane = new Lane('burst', `burst ${i + 1}/${n}`);
    return withFallback(async () => {
      const message = await client.messages.create(messageParams(`${prompt} (#${i + 1})`), lane.options);
      return { model: message.model, requestId: message._request_id, degraded: false };
    }, (error) => ({ degraded: true, error })).then((result) => lane.finish(result));
  });
  await Promise.all(jobs);
}

/** Turns the mock's tight, enforced window on or off (a new mock on the server, faults kept). */
async function setTight(on) {
  const response = await fetch('/demo-limits', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tight: on }),
  });
  if (!response.ok) throw new Error(`POST /demo-limits: ${response.status}`);
  $('tight').checked = on;
  return response.json();
}

/** More calls than the window holds: the tight window on, one call for the client to learn the
 *  window from the headers (a client that has seen none cannot pace), then twice the limit at
 *  once. Pacing holds back what does not fit and lets it go a refill step apart. */
async function burstBeyond(limits) {
  if (!$('tight').checked) await setTight(true);
  const n = 2 * limits.requests;
  const first = new Lane('burst', 'before the burst');
  await withFallback(async () => {
    const message = await client.messages.create(messageParams('What is the window?'), first.options);
    return { model: message.model, requestId: message._request_id, degraded: false };
  }, (error) => ({ degraded: true, error })).then((result) => first.finish(result));
  await burst(n);
}

// ───────────────────────────── breaker indicator ─────────────────────────────

const STATE_TEXT = { CLOSED: 'requests flow', OPEN: 'failing fast: no request is sent', HALF_OPEN: 'next request is a probe' };

/** A model's breaker as it is now, and its change if the getter saw one first. */
function breakerNow(model) {
  const b = breakerOf(model);
  const history = histories[model];
  if (!b) return { state: history.at(-1).state, failureCount: 0, openedAt: null, made: false };
  const state = b.state; // always current: reads HALF_OPEN once the cool-down is over
  const { failureCount, openedAt } = b.toJSON();
  if (state !== history.at(-1).state) {
    noteState(model, history.at(-1).state, state, state === 'HALF_OPEN' && openedAt !== null ? openedAt + RECOVERY_MS : Date.now());
  }
  return { state, failureCount, openedAt, made: true };
}

const pips = (count) => Array.from({ length: THRESHOLD }, (_, i) => `<i class="${i < count ? 'on' : ''}"></i>`).join('') +
  `<b>${count}</b> <span>/ ${THRESHOLD}</span>`;

function renderBreaker() {
  const { state, failureCount, openedAt } = breakerNow(MODEL);
  const box = $('breaker');
  if (box.dataset.state !== state) {
    box.dataset.state = state;
    $('breaker-state').textContent = state.replace('_', '-');
    $('breaker-sub').textContent = STATE_TEXT[state];
  }
  $('breaker-pips').innerHTML = pips(failureCount);
  const left = state === 'OPEN' && openedAt !== null ? Math.max(0, openedAt + RECOVERY_MS - Date.now()) : 0;
  $('probe-fill').style.width = state === 'OPEN' ? `${(100 * left) / RECOVERY_MS}%` : '0%';
  $('probe-text').innerHTML = state === 'OPEN'
    ? `next probe in <b class="countdown">${(left / 1000).toFixed(1)} s</b>`
    : state === 'HALF_OPEN'
      ? 'cool-down over: the next request probes the API'
      : `opens after <b>${THRESHOLD}</b> consecutive failures · cool-down <b>${seconds(RECOVERY_MS)}</b>`;
  // The fallback model's own breaker: made on the model's first use.
  const fb = breakerNow(FALLBACK_MODEL);
  const small = $('breaker-fallback');
  small.dataset.state = fb.state;
  small.dataset.made = String(fb.made);
  const fbLeft = fb.state === 'OPEN' && fb.openedAt !== null ? Math.max(0, fb.openedAt + RECOVERY_MS - Date.now()) : 0;
  $('breaker-fallback-state').textContent = fb.made ? fb.state.replace('_', '-') : 'not used yet';
  $('breaker-fallback-sub').innerHTML = !fb.made ? 'built on the first fallback'
    : fb.state === 'OPEN' ? `probe in <b class="countdown">${(fbLeft / 1000).toFixed(1)} s</b>` : pips(fb.failureCount);
}

function renderTransitions() {
  const all = MODELS.flatMap((m) => histories[m].slice(1)).sort((a, b) => a.at - b.at);
  $('transitions').innerHTML = all.slice(-6).reverse().map(({ from, state, at, model }) =>
    `<li><time>${clock(at)}</time> <span class="m">${esc(shortModel(model))}</span> <span class="st ${from}">${from}</span> → <span class="st ${state}">${state}</span></li>`).join('');
}

// ───────────────────────────── rate-limit gauges ─────────────────────────────

const WINDOWS = [['requests', 'Requests'], ['tokens', 'Tokens'], ['inputTokens', 'Input tokens'], ['outputTokens', 'Output tokens']];

function renderGauges() {
  const info = latestRateLimit;
  const now = Date.now();
  $('gauges').innerHTML = WINDOWS.map(([key, name]) => {
    const w = info?.[key];
    const known = w && w.limit !== null && w.remaining !== null;
    const share = known && w.limit > 0 ? w.remaining / w.limit : null;
    const level = share === null ? 'none' : share > 0.5 ? 'high' : share > 0.2 ? 'mid' : 'low';
    const reset = w?.reset ? Date.parse(w.reset) - now : null;
    return `<div class="gauge ${level}" data-window="${key}">
      <div class="g-head"><span>${name}</span><b>${known ? `${w.remaining.toLocaleString()} <small>/ ${w.limit.toLocaleString()}</small>` : '—'}</b></div>
      <div class="g-bar"><span style="width:${share === null ? 0 : Math.max(0, Math.min(1, share)) * 100}%"></span></div>
      <div class="g-foot">${reset === null || Number.isNaN(reset) ? '&nbsp;' : reset > 0 ? `resets in ${seconds(reset)}` : 'reset'}</div>
    </div>`;
  }).join('');
  $('limits-age').textContent = info
    ? `${now - info.observedAt < 1000 ? 'just now' : `${seconds(now - info.observedAt)} ago`}${latestRateLimitId ? ` · ${latestRateLimitId}` : ''}${info.retryAfterMs !== null ? ` · retry-after ${seconds(info.retryAfterMs)}` : ''}`
    : 'no response yet';
}

// ───────────────────────────── the timeline picture ─────────────────────────────

const ROW = 46;
const AXIS = 28;
const BAND = 26; // the breaker's state over time, above the lanes
const LABEL_W = 186;
const WINDOW_MS = 45_000;

function niceStep(spanMs, px) {
  const target = (spanMs * 90) / Math.max(px, 1); // a tick every ~90 px
  return [100, 200, 250, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000]
    .find((s) => s >= target) ?? 600_000;
}

function attemptTitle(a) {
  const what = a.kind === 'open' ? a.message
    : a.kind === 'pending' ? 'in flight'
      : `${a.status ?? 'no response'}${a.errorType ? ` ${a.errorType}` : ''}${a.kind === 'net' && a.message ? ` — ${a.message}` : ''}`;
  return [`attempt ${a.n + 1} · ${a.model}`, what, a.requestId ? `request-id ${a.requestId}` : null,
    a.kind === 'open' ? `probe in ${seconds(a.retryAfterMs ?? 0)}` : a.end !== null ? `${a.end - a.start} ms` : null,
    `started ${clock(a.start)}`].filter(Boolean).join('\n');
}

/** A wait's label above its gap: with its reason where that fits the gap, else the bare time,
 *  which may overhang a narrow gap but never the previous label of the lane (`taken`: its right edge). */
function waitLabel(room, long, short, cx, y, taken) {
  const width = (t) => t.length * 5.6;
  const text = width(long) + 6 < room ? long : short;
  const left = cx - width(text) / 2;
  if (left < taken.right + 6 || left < LABEL_W) return '';
  taken.right = cx + width(text) / 2;
  return `<text x="${cx}" y="${y}">${esc(text)}</text>`;
}

const WAIT_WHY = {
  'retry-after': 'the server asked for it (retry-after)',
  'cool-down': 'until the breaker lets a probe through',
  backoff: 'exponential backoff with jitter',
  'rate-limit': 'pacing: no room in the rate-limit window until then, so the request waits instead of collecting a 429',
};

function renderTimeline() {
  const host = $('timeline');
  if (lanes.length === 0) {
    host.innerHTML = '<p class="empty">Send a prompt or fire a burst: every attempt of every request appears here.</p>';
    return;
  }
  const now = Date.now();
  const width = Math.max(640, host.clientWidth);
  const plotW = width - LABEL_W - 24;
  // A lane pacing holds now shows the wait it is in, as the queue's order gives it.
  const held = new Map(heldLanes(now).map(({ lane, wait }) => [lane, { start: wait.start, ms: wait.until - wait.start, reason: 'rate-limit' }]));
  const waitsOf = (l) => (held.has(l) ? [...l.waits, held.get(l)] : l.waits);
  const ends = (l) => Math.max(l.end ?? now, ...waitsOf(l).map((w) => w.start + w.ms));
  const last = Math.max(...lanes.map(ends));
  // Lanes that ended long before the latest activity would squash the rest: they leave the picture.
  const shown = lanes.filter((l) => ends(l) >= last - WINDOW_MS);
  const t0 = Math.min(...shown.map((l) => l.start));
  const span = Math.max(2000, last - t0) * 1.04;
  const x = (t) => LABEL_W + ((t - t0) / span) * plotW;
  const height = AXIS + BAND + shown.length * ROW + 8;
  const out = [];

  // Axis and grid.
  const step = niceStep(span, plotW);
  for (let t = 0; t <= span; t += step) {
    const px = x(t0 + t);
    out.push(`<line class="grid" x1="${px}" x2="${px}" y1="${AXIS - 6}" y2="${height - 4}"/>`,
      `<text class="tick" x="${px}" y="${AXIS - 10}">${step < 1000 ? (t / 1000).toFixed(1) : Math.round(t / 1000)} s</text>`);
  }

  // The breaker band: its state from the first lane's start until now.
  const bandY = AXIS + 4;
  const history = histories[MODEL];
  out.push(`<text class="lane-name" x="12" y="${bandY + 14}">breaker · ${esc(shortModel(MODEL))}</text>`);
  const spans = [];
  const before = history.findLast((h) => h.at <= t0) ?? history[0];
  let cursor = { state: before.state, at: t0 };
  for (const h of history.filter((h) => h.at > t0)) {
    spans.push({ ...cursor, end: h.at });
    cursor = { state: h.state, at: h.at };
  }
  spans.push({ ...cursor, end: Math.max(now, last) });
  for (const s of spans) {
    const x1 = x(s.at);
    const w = Math.max(1, x(Math.min(s.end, t0 + span)) - x1);
    out.push(`<rect class="band ${s.state}" x="${x1}" y="${bandY}" width="${w}" height="14" rx="3"><title>${s.state} ${clock(s.at)}</title></rect>`);
    if (w > 70) out.push(`<text class="band-text" x="${x1 + 6}" y="${bandY + 11}">${s.state.replace('_', '-')}</text>`);
  }

  shown.forEach((lane, i) => {
    const top = AXIS + BAND + i * ROW;
    const mid = top + ROW / 2;
    const barY = mid - 9;
    out.push(`<g class="lane" data-lane="${lane.id}" data-kind="${lane.kind}" data-outcome="${lane.outcome}">`);
    if (i % 2 === 0) out.push(`<rect class="stripe" x="0" y="${top}" width="${width}" height="${ROW}"/>`);
    const name = `#${lane.id} ${lane.label}`;
    const summary = lane.outcome === 'running' ? 'running…'
      : lane.outcome === 'degraded' ? `degraded · ${errorName(lane.error)}`
        : `✓ ${shortModel(lane.answeredBy)} · ${seconds(lane.end - lane.start)}`;
    out.push(`<text class="lane-name" x="12" y="${mid - 3}">${esc(name)}</text>`,
      `<text class="lane-sum ${lane.outcome}${lane.answeredBy && lane.answeredBy !== MODEL ? ' fell-back' : ''}" x="12" y="${mid + 13}">${esc(summary)}</text>`);

    // Waits first, under the bars: a dashed line from the failure to the next attempt.
    const taken = { right: -Infinity };
    for (const w of waitsOf(lane)) {
      const x1 = x(w.start);
      const x2 = x(Math.min(w.start + w.ms, now));
      const full = x(w.start + w.ms);
      const label = `${seconds(w.ms)} ${w.reason === 'rate-limit' ? 'rate limit' : w.reason}`;
      out.push(`<g class="wait ${w.reason}" data-reason="${w.reason}" data-ms="${Math.round(w.ms)}">`,
        `<line x1="${x1}" x2="${full}" y1="${mid}" y2="${mid}"/>`,
        `<line class="done" x1="${x1}" x2="${x2}" y1="${mid}" y2="${mid}"/>`,
        `<line class="cap" x1="${full}" x2="${full}" y1="${mid - 4}" y2="${mid + 4}"/>`,
        waitLabel(full - x1, label, seconds(w.ms), (x1 + full) / 2, mid - 12, taken),
        `<title>wait ${Math.round(w.ms)} ms: ${WAIT_WHY[w.reason]}</title></g>`);
    }
    for (const a of lane.attempts) {
      const x1 = x(a.start);
      if (a.kind === 'open') {
        out.push(`<g class="attempt open" data-kind="open"><path d="M${x1} ${mid - 8} l8 8 l-8 8 l-8 -8 z"/><title>${esc(attemptTitle(a))}</title></g>`);
        continue;
      }
      const w = Math.max(6, x(a.end ?? now) - x1);
      const text = a.kind === 'pending' ? '' : a.kind === 'ok' ? '200' : String(a.status ?? 'net');
      const rid = w > 120 && a.requestId ? ` · ${a.requestId}` : '';
      const model = a.model !== MODEL ? ' fb' : '';
      out.push(`<g class="attempt ${a.kind}${model}" data-kind="${a.kind}" data-status="${a.status ?? ''}" data-attempt="${a.n}">`,
        `<rect x="${x1}" y="${barY}" width="${w}" height="18" rx="4"/>`,
        w > 26 && text ? `<text x="${x1 + 5}" y="${barY + 13}">${esc(text + rid)}</text>` : '',
        `<title>${esc(attemptTitle(a))}</title></g>`);
    }
    for (const m of lane.marks) {
      const mx = x(m.at);
      out.push(m.kind === 'fallback'
        ? `<g class="mark fallback"><line x1="${mx}" x2="${mx}" y1="${top + 5}" y2="${top + ROW - 5}"/><text x="${mx + 4}" y="${top + ROW - 4}">${esc(m.text)}</text></g>`
        : m.kind === 'cut' || m.kind === 'budget'
          ? `<g class="mark ${m.kind}"><line x1="${mx}" x2="${mx}" y1="${top + 5}" y2="${top + ROW - 5}"/><text x="${mx + 4}" y="${top + ROW - 4}">${esc(m.text)}</text><title>${esc(m.why)}</title></g>`
          : `<g class="mark circuit ${m.state}"><circle cx="${mx}" cy="${mid}" r="4"/><title>this attempt turned the ${esc(m.text)} at ${clock(m.at)}</title></g>`);
    }
    // A stream's answer keeps arriving after the attempt's response: its own, lighter bar, up
    // to the cut when the stream was resumed, and on from the continuation's response.
    for (const a of lane.kind === 'prompt' ? lane.attempts.filter((a) => a.kind === 'ok') : []) {
      const until = a.streamEnd ?? lane.end ?? now;
      if (until <= a.end) continue;
      const sx = x(a.end);
      const sw = x(until) - sx;
      out.push(`<g class="streaming${a.streamEnd ? ' cut' : ''}"><rect x="${sx}" y="${barY + 3}" width="${sw}" height="12" rx="3"/>`,
        sw > 70 ? `<text x="${sx + 6}" y="${barY + 12.5}">streaming</text>` : '', '<title>text deltas arriving</title></g>');
    }
    if (lane.end !== null) {
      const ex = x(lane.end);
      out.push(lane.outcome === 'degraded'
        ? `<g class="end degraded"><rect x="${ex + 4}" y="${barY}" width="62" height="18" rx="9"/><text x="${ex + 35}" y="${barY + 13}">degraded</text></g>`
        : `<g class="end ok"><circle cx="${ex + 11}" cy="${mid}" r="8"/><path d="M${ex + 7} ${mid} l3 3 l5 -6"/></g>`);
    }
    out.push('</g>');
  });
  host.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="timeline of request attempts">${out.join('')}</svg>`;
}

// ───────────────────────────── fault controls (mock mode) ─────────────────────────────

const sliderValue = (key) => {
  const v = Number($(key).value);
  return SHARES.includes(key) ? v / 100 : v;
};

function showSlider(key) {
  const v = Number($(key).value);
  $(key).nextElementSibling.textContent = SHARES.includes(key) ? `${v}%`
    : key === 'retryAfterSec' ? `${v} s` : `${v} ms`;
}

function showOdds() {
  const [p429, p529, p500, pDrop, pStall] = SHARES.map((k) => Number($(k).value));
  const ok = Math.max(0, 100 - p429 - p529 - p500);
  const cuts = pDrop + pStall > 0
    ? `<br>Each stream: ${pDrop}% dropped mid-answer · ${pStall}% stalled (the watchdog cuts it after ${seconds(IDLE_MS)}); both resumed where they stopped`
    : '';
  $('odds').innerHTML = $('outage').checked
    ? '<b class="bad">Outage:</b> every request gets 529 overloaded_error.'
    : `Each attempt: <b>${ok}%</b> OK · ${p429}% 429 · ${p529}% 529 · ${p500}% 500` +
      (p429 + p529 + p500 + pDrop + pStall > 100 ? ' <span class="bad">(shares add up past 100%: later ones are cut)</span>' : '') + cuts;
}

async function postFaults(body) {
  const response = await fetch('/__mock/faults', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST /__mock/faults: ${response.status}`);
  return response.json();
}

function showFaults(faults) {
  for (const key of SLIDERS) {
    if (faults[key] === undefined) continue;
    $(key).value = SHARES.includes(key) ? Math.round(faults[key] * 100) : faults[key];
    showSlider(key);
  }
  $('outage').checked = Boolean(faults.outage);
  showOdds();
}

function setUpFaults(defaults, limits) {
  $('tight-text').textContent = `tight rate limit (${limits.requests} requests / ${seconds(limits.windowMs)}, enforced)`;
  $('burst-beyond').textContent = `Burst beyond the limit (${2 * limits.requests + 1})`;
  $('tight').addEventListener('change', () => setTight($('tight').checked).catch(report));
  $('burst-beyond').addEventListener('click', () => {
    $('burst-beyond').disabled = true;
    burstBeyond(limits).catch(report).finally(() => { $('burst-beyond').disabled = false; });
  });
  const timers = {};
  for (const key of SLIDERS) {
    $(key).addEventListener('input', () => {
      showSlider(key);
      showOdds();
      clearTimeout(timers[key]);
      timers[key] = setTimeout(() => postFaults({ [key]: sliderValue(key) }).catch(report), 120);
    });
  }
  $('outage').addEventListener('change', () => {
    showOdds();
    postFaults({ outage: $('outage').checked }).catch(report);
  });
  $('burst').addEventListener('click', () => {
    const n = Math.max(1, Math.min(50, Math.round(Number($('burst-n').value) || 10)));
    burst(n).catch(report);
  });
  $('reset').addEventListener('click', async () => {
    await setTight(false);
    await fetch('/__mock/reset', { method: 'POST' });
    showFaults(await postFaults(defaults));
    // A new client: breakers closed, the retry budget full, no window remembered.
    client = makeClient();
    for (const model of MODELS) histories[model].splice(0, Infinity, { state: 'CLOSED', at: Date.now() });
    renderTransitions();
    lanes.length = 0;
    byRequestId.clear();
    paceQueue.length = 0;
    pacedCalls = 0;
    budgetRefusals.length = 0;
    dirty = true;
  });
}

// ───────────────────────────── start-up ─────────────────────────────

function report(error) {
  console.error(error);
  $('answer-note').textContent = `Demo error: ${error?.message ?? error}`;
}

let dirty = true;

async function start() {
  $('version').textContent = `v${VERSION}`;
  $('model-primary').textContent = MODEL;
  $('breaker-model').textContent = MODEL;
  $('breaker-fallback-model').textContent = `${FALLBACK_MODEL} · fallback`;
  $('model-fallback').textContent = FALLBACK_MODEL;
  const config = await fetch('/demo-config').then((r) => r.json());
  const mode = $('mode');
  mode.dataset.mode = config.mode;
  mode.textContent = config.mode === 'proxy' ? 'Real Claude API · key held by the local server' : 'Mock Claude API · fault injection on';
  document.body.dataset.mode = config.mode;
  if (config.faultControls) {
    setUpFaults(config.faults, config.tightLimits);
    showFaults(await fetch('/__mock/faults').then((r) => r.json()));
  } else {
    $('faults').remove();
    $('proxy-note').hidden = false;
  }
  $('ask').addEventListener('submit', (event) => {
    event.preventDefault();
    const prompt = $('prompt').value.trim();
    if (prompt && !asking) ask(prompt).catch(report);
  });
  $('prompt').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) $('ask').requestSubmit();
  });
  $('clear').addEventListener('click', () => {
    lanes.splice(0, lanes.length, ...lanes.filter((l) => l.outcome === 'running'));
    dirty = true;
  });
  addEventListener('resize', () => { dirty = true; });
  renderGauges();
  renderTransitions();
  // One ticker: the breaker's countdown, gauge ages, and the timeline while anything moves.
  const tick = () => {
    renderBreaker();
    renderShaping();
    if (dirty || lanes.some((l) => l.outcome === 'running')) {
      dirty = false;
      renderTimeline();
    }
  };
  tick();
  setInterval(tick, 100);
  setInterval(renderGauges, 1000);
  document.body.dataset.ready = 'true';
}

// For the end-to-end test and the curious: the live objects behind the picture.
window.demo = {
  get client() { return client; }, lanes, paceQueue, budgetRefusals, get rateLimit() { return latestRateLimit; },
};

start().catch(report);
