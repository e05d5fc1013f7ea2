// @ts-check
// The official SDK's stream interfaces over the Rust stream (src/client/stream.rs), which
// retries and falls back before the first event, resumes, watches for idleness and folds the
// message. An event emitter is JS's to keep; nothing here folds: every snapshot handed out is
// the Rust stream's own message, mutated in place as events arrive.
import { AnthropicError, APIUserAbortError } from './errors.js';

/** @typedef {import('./native.d.ts').RustStream} RustStream */
/** @typedef {(...args: any[]) => unknown} Listener */
/** One `for await` over a MessageStream: what it has yet to hand out, and how the stream ended. */
/** @typedef {{ queue: unknown[], end: { error: unknown } | null, wake: (() => void) | null }} Reader */

/** @type {IteratorResult<any>} */
const DONE = { value: undefined, done: true };

/**
 * The module's Rust stream over a `ReadableStream` of newline-delimited JSON events (the
 * `streamOfLines` export of src/client/stream.rs), which reads and folds them as it does a
 * response's. The package's entry hands it over through `streams.readLinesWith` before anyone
 * can call it: a snippet cannot import the module's glue.
 * @type {(stream: unknown) => RustStream}
 */
let streamOfLines;

/**
 * The values of `iterate` as newline-delimited JSON, as the SDK's `toReadableStream()`.
 * @param {() => AsyncIterator<unknown>} iterate
 */
function toReadable(iterate) {
  const encoder = new TextEncoder();
  /** @type {AsyncIterator<unknown>} */
  let iterator;
  return new ReadableStream({
    start() {
      iterator = iterate();
    },
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Blocks whose input streams as JSON: `tool_use`, `server_tool_use`. */
const TRACKS_INPUT = /tool_use$/;

/**
 * Makes `block.input` what the SDK's is while its JSON streams: parsed as far as it has
 * arrived, when read (parsing at every delta would cost the square of its length). `read`
 * asks the Rust stream, which sets the value through the setter; the final value comes the
 * same way at content_block_stop.
 * @param {any} block
 * @param {() => unknown} read
 */
function lazyInput(block, read) {
  /** @type {unknown} */
  let value;
  let known = false;
  Object.defineProperty(block, 'input', {
    enumerable: true,
    configurable: true,
    get() {
      if (!known) {
        known = true;
        value = read();
      }
      return value;
    },
    set(input) {
      value = input;
      known = true;
    },
  });
}

/**
 * Turns a streamed input back into a plain property once its block is over, so that the
 * message keeps no closure over the stream.
 * @param {any} block
 */
function settleInput(block) {
  if (Object.getOwnPropertyDescriptor(block ?? {}, 'input')?.get) {
    Object.defineProperty(block, 'input', { value: block.input, writable: true, enumerable: true, configurable: true });
  }
}

/** `messages.create({ stream: true })`: the raw events, read from the network as iterated. */
export class Stream {
  #iterator;

  /**
   * @param {() => AsyncIterator<unknown>} iterator
   * @param {AbortController} controller
   */
  constructor(iterator, controller) {
    this.#iterator = iterator;
    this.controller = controller;
  }

  /**
   * The events of another stream's `toReadableStream()`, as the SDK's static.
   * @param {ReadableStream} stream
   * @param {AbortController} [controller] aborting it ends the iteration quietly
   */
  static fromReadableStream(stream, controller) {
    return rawStream(streamOfLines(stream), controller);
  }

  [Symbol.asyncIterator]() {
    return this.#iterator();
  }

  /** Two streams that read the same events, each at its own pace. */
  tee() {
    /** @type {Promise<IteratorResult<unknown>>[][]} */
    const queues = [[], []];
    const iterator = this[Symbol.asyncIterator]();
    /** @param {Promise<IteratorResult<unknown>>[]} queue */
    const reader = (queue) => () => ({
      next() {
        if (!queue.length) {
          const result = iterator.next();
          for (const each of queues) each.push(result);
        }
        return /** @type {Promise<IteratorResult<unknown>>} */ (queue.shift());
      },
    });
    return queues.map((queue) => new Stream(reader(queue), this.controller));
  }

  toReadableStream() {
    return toReadable(() => this[Symbol.asyncIterator]());
  }
}

/**
 * The `Stream` over `inner`. As the SDK's, it is iterated once, `break` closes the connection
 * and `controller.abort()` ends the iteration quietly.
 * @param {RustStream} inner
 * @param {AbortController} [controller]
 */
export function rawStream(inner, controller = new AbortController()) {
  const { signal } = controller;
  const onAbort = () => inner.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const settle = () => signal.removeEventListener('abort', onAbort);
  let consumed = false;
  return new Stream(() => {
    if (consumed) throw new AnthropicError('Cannot iterate over a consumed stream, use `.tee()` to split the stream.');
    consumed = true;
    return {
      async next() {
        try {
          const result = await inner.next();
          if (result.done) settle();
          return result;
        } catch (error) {
          settle();
          if (signal.aborted && error instanceof APIUserAbortError) return DONE;
          throw error;
        }
      },
      async return() {
        settle();
        await inner.return();
        return DONE;
      },
    };
  }, controller);
}

/**
 * `messages.stream()`: runs by itself from the start, handing each event to its listeners and
 * to every `for await` over it. A failure nobody listens to or awaits stays on the stream (and
 * in the client's log): `done()` and `finalMessage()` reject with it whenever called.
 */
export class MessageStream {
  #inner;
  /** @type {Record<string, { listener: Listener, once?: boolean }[]>} */
  #listeners = {};
  /** @type {Set<Reader>} */
  #readers = new Set();
  /** The events before the first `for await`, handed to it if it starts before the end. */
  /** @type {unknown[] | null} */
  #backlog = [];
  /** @type {any} */
  #snapshot;
  /** @type {any} */
  #current;
  /** @type {unknown} */
  #final;
  /** The message as `message_stop` handed it out; `finalMessage()` resolves with it.
   *  @type {any} */
  #finished;
  /** @type {unknown} */
  #failure;
  #connected = false;
  #ended = false;
  #errored = false;
  #aborted = false;
  /** @type {(error?: unknown) => void} */
  #settle = () => {};
  #end = new Promise((resolve, reject) => {
    this.#settle = (error) => (error === undefined ? resolve(undefined) : reject(error));
  });
  #release;

  /**
   * @param {RustStream} inner
   * @param {unknown} messages the request's, which `messages` starts with
   * @param {boolean} [handedIn] read from a `ReadableStream`: connected from the start, its
   *   `connect` emitted before anyone could listen, as the SDK's
   */
  constructor(inner, messages, handedIn = false) {
    this.#inner = inner;
    this.#connected = handedIn;
    /** @type {unknown[]} */
    this.messages = Array.isArray(messages) ? [...messages] : [];
    /** @type {unknown[]} */
    this.receivedMessages = [];
    this.controller = new AbortController();
    const { signal } = this.controller;
    const onAbort = () => {
      inner.abort();
      for (const reader of this.#readers) reader.queue.length = 0;
    };
    signal.addEventListener('abort', onAbort, { once: true });
    this.#release = () => signal.removeEventListener('abort', onAbort);
    this.#end.catch(() => {});
    this.#run();
  }

  /**
   * A MessageStream over the events of another one's `toReadableStream()` (a server passing a
   * stream on to a page): the same events, snapshots and final message, folded in Rust as
   * those of a response. It has no response and no request id; `messages` holds only what
   * it received.
   * @param {ReadableStream} stream
   */
  static fromReadableStream(stream) {
    return new MessageStream(streamOfLines(stream), undefined, true);
  }

  async #run() {
    const inner = this.#inner;
    try {
      await inner.opened;
      if (!this.#connected) {
        this.#connected = true;
        this.#emit('connect');
      }
      for (let next = await inner.next(); !next.done; next = await inner.next()) this.#event(next.value);
      const message = /** @type {any} */ (await inner.finalMessage());
      this.#final = this.#finished ?? inner.finished(message);
      // The ids the response carried, set on the message when it was drained.
      for (const key of ['_request_id', '_workspace_id']) {
        if (key in message) Object.defineProperty(this.#final, key, { value: message[key], enumerable: false });
      }
      this.#current = undefined;
      this.#emit('finalMessage', this.#final);
      this.#finish(undefined);
    } catch (error) {
      // A listener that threw leaves the connection open: it goes now.
      await inner.return();
      this.#finish(error);
    }
  }

  /** @param {any} event */
  #event(event) {
    if (this.#backlog) this.#backlog.push(event);
    for (const reader of this.#readers) {
      reader.queue.push(event);
      reader.wake?.();
    }
    if (event.type === 'message_start') this.#snapshot = this.#inner.message;
    const snapshot = this.#snapshot;
    if (!snapshot) return;
    const target = snapshot.content?.[event.index];
    if (event.delta?.type === 'input_json_delta' && TRACKS_INPUT.test(target?.type)) {
      lazyInput(target, () => this.#inner.inputSnapshot(event.index));
    } else if (event.type === 'content_block_stop') {
      settleInput(target);
    }
    this.#emit('streamEvent', event, snapshot);
    const block = snapshot.content?.at(-1);
    switch (event.type) {
      case 'message_start':
        this.#current = snapshot;
        break;
      case 'content_block_delta': {
        const { delta } = event;
        const kind = block?.type;
        if (delta.type === 'text_delta' && kind === 'text') this.#emit('text', delta.text, block.text || '');
        else if (delta.type === 'citations_delta' && kind === 'text') this.#emit('citation', delta.citation, block.citations ?? []);
        else if (delta.type === 'thinking_delta' && kind === 'thinking') this.#emit('thinking', delta.thinking, block.thinking);
        else if (delta.type === 'signature_delta' && kind === 'thinking') this.#emit('signature', block.signature);
        else if (delta.type === 'input_json_delta' && TRACKS_INPUT.test(kind) && this.#listeners.inputJson?.length) {
          this.#emit('inputJson', delta.partial_json, block.input);
        }
        break;
      }
      case 'content_block_stop':
        this.#emit('contentBlock', block);
        break;
      case 'message_stop': {
        const message = /** @type {any} */ (this.#inner.finished(snapshot));
        this.#finished = message;
        this.messages.push(message);
        this.receivedMessages.push(message);
        this.#emit('message', message);
        break;
      }
    }
  }

  /**
   * @param {string} name
   * @param {unknown[]} args
   */
  #emit(name, ...args) {
    const listeners = this.#listeners[name];
    if (this.#ended || !listeners) return;
    this.#listeners[name] = listeners.filter((each) => !each.once);
    for (const { listener } of listeners) listener(...args);
  }

  /**
   * Emits what ends the stream and lets go of everything it holds but its outcome. A listener
   * of these that throws is ignored: the stream has settled, there is nobody left to tell.
   * @param {unknown} error undefined for a stream that ended well
   */
  #finish(error) {
    this.#release();
    for (const block of this.#snapshot?.content ?? []) settleInput(block);
    const abort = error instanceof APIUserAbortError;
    this.#errored = error !== undefined;
    this.#aborted = abort;
    this.#failure = error;
    for (const reader of this.#readers) {
      if (abort) reader.queue.length = 0;
      reader.end = { error };
      reader.wake?.();
    }
    this.#readers.clear();
    this.#backlog = null;
    /** @type {[string, ...unknown[]][]} */
    const last = this.#errored ? [[abort ? 'abort' : 'error', error], ['end']] : [['end']];
    for (const [name, ...args] of last) {
      try {
        this.#emit(name, ...args);
      } catch {
        // Settled already: see above.
      }
    }
    this.#ended = true;
    this.#listeners = {};
    this.#settle(error);
  }

  /**
   * @param {string} event
   * @param {Listener} listener
   */
  on(event, listener) {
    (this.#listeners[event] ??= []).push({ listener });
    return this;
  }

  /**
   * @param {string} event
   * @param {Listener} listener
   */
  once(event, listener) {
    (this.#listeners[event] ??= []).push({ listener, once: true });
    return this;
  }

  /**
   * @param {string} event
   * @param {Listener} listener
   */
  off(event, listener) {
    const listeners = this.#listeners[event];
    const at = listeners?.findIndex((each) => each.listener === listener) ?? -1;
    if (at >= 0) listeners?.splice(at, 1);
    return this;
  }

  /**
   * The next emission of `event` (its first argument); rejects if the stream fails first.
   * @param {string} event
   */
  emitted(event) {
    return new Promise((resolve, reject) => {
      if (event !== 'error') this.once('error', reject);
      this.once(event, resolve);
    });
  }

  async done() {
    await this.#end;
  }

  async finalMessage() {
    await this.#end;
    return this.#final;
  }

  async finalText() {
    await this.#end;
    return this.#inner.finalText();
  }

  abort() {
    this.controller.abort();
  }

  async withResponse() {
    await this.#inner.opened;
    const response = this.#inner.response;
    // As the SDK's, for a stream from `fromReadableStream`.
    if (!response) throw new Error('Could not resolve a `Response` object');
    return {
      data: this,
      response,
      request_id: response.headers.get('request-id'),
      workspace_id: response.headers.get('anthropic-workspace-id'),
    };
  }

  toReadableStream() {
    return toReadable(() => this[Symbol.asyncIterator]());
  }

  /** @returns {AsyncIterator<unknown>} */
  [Symbol.asyncIterator]() {
    /** @type {Reader} */
    const reader = { queue: this.#backlog ?? [], end: null, wake: null };
    this.#backlog = null;
    if (this.#ended) reader.end = { error: this.#failure };
    else this.#readers.add(reader);
    return {
      next: async () => {
        while (!reader.queue.length && !reader.end) await new Promise((resolve) => (reader.wake = () => resolve(undefined)));
        reader.wake = null;
        if (reader.queue.length) return { value: reader.queue.shift(), done: false };
        if (reader.end?.error !== undefined) throw reader.end.error;
        return DONE;
      },
      // As the SDK's: leaving a `for await` early aborts the stream.
      return: async () => {
        this.#readers.delete(reader);
        this.abort();
        return DONE;
      },
    };
  }

  get currentMessage() {
    return this.#current;
  }

  get ended() {
    return this.#ended;
  }

  get errored() {
    return this.#errored;
  }

  get aborted() {
    return this.#aborted;
  }

  /** Undefined until the response is in, as the SDK's. */
  get response() {
    return this.#connected ? this.#inner.response : undefined;
  }

  get request_id() {
    return this.response ? this.#inner.requestId : undefined;
  }

  get workspace_id() {
    return this.response?.headers.get('anthropic-workspace-id');
  }

  /** The package's own spelling, null before the response is in. */
  get requestId() {
    return this.#inner.requestId;
  }
}

/**
 * @param {RustStream} inner
 * @param {unknown} messages
 */
export function messageStream(inner, messages) {
  return new MessageStream(inner, messages);
}

/** The classes the package's subpaths export, and the hand-over of `streamOfLines`. */
export const streams = {
  MessageStream,
  Stream,
  /** @param {(stream: unknown) => RustStream} read */
  readLinesWith(read) {
    streamOfLines = read;
  },
};
