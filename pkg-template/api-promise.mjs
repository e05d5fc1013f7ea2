// @ts-check
// `APIPromise`: what `messages.create()` and `messages.countTokens()` return, as with the
// official SDK — a Promise of the call's value that also hands out the raw `Response`. A JS
// class because only a JS class can extend Promise; the call itself is the transport's
// (src/client/transport.rs), which fills the receipt this class hands it.

/**
 * What a call shares with the transport (`Job::receipt`): the transport puts the successful
 * attempt's Response in `response` and, when `raw` is true once the headers are in, resolves the
 * call with that Response, its body unread, instead of the parsed body.
 * @typedef {{ raw: boolean, response: Response | undefined }} Receipt
 */

/**
 * The official SDK's order: the body is parsed when the value is asked for (`then`, `await`,
 * `withResponse()`); `asResponse()` alone leaves it unread. The transport decides when the
 * headers arrive, so `asResponse()` must be asked before then (`create(…).asResponse()`).
 * @template T
 * @extends {Promise<T>}
 */
export class APIPromise extends Promise {
  /** @type {Promise<T>} */
  #call;
  /** @type {Receipt} */
  #receipt = { raw: false, response: undefined };
  /** The value once asked for; undefined before. @type {Promise<T> | undefined} */
  #value;

  /** @param {(receipt: Receipt) => PromiseLike<T> | T} start sends the request */
  constructor(start) {
    // Settled at once with nothing, and never read: then/catch/finally answer from the call.
    super((resolve) => resolve(/** @type {any} */ (undefined)));
    this.#call = Promise.resolve(start(this.#receipt));
  }

  /** Promises derived from this one (then, catch, finally) are plain promises. */
  static get [Symbol.species]() {
    return Promise;
  }

  /** @returns {Promise<T>} */
  #parsed() {
    if (this.#value === undefined) {
      const receipt = this.#receipt;
      // After an earlier asResponse(), the transport may have handed the Response out unread:
      // then the body is read here, as the official SDK does.
      this.#value = receipt.raw
        ? this.#call.then((value) => (value === receipt.response ? readBody(/** @type {Response} */ (value)) : value))
        : this.#call;
      receipt.raw = false;
    }
    return this.#value;
  }

  /**
   * The raw Response of the successful attempt (retries, fallback models and the breaker apply
   * as for the value), once its headers are in and with its body unread when asked for before
   * the response arrived; a failed call rejects with its typed error. The body is then the
   * caller's: the client's timeouts and signal no longer bound it.
   * @returns {Promise<Response>}
   */
  asResponse() {
    const receipt = this.#receipt;
    if (this.#value === undefined) receipt.raw = true;
    return this.#call.then(() => /** @type {Response} */ (receipt.response));
  }

  /**
   * The parsed value with the raw Response (its body read) and the ids of its headers.
   * @returns {Promise<{ data: T, response: Response, request_id: string | null, workspace_id: string | null }>}
   */
  async withResponse() {
    const data = await this.#parsed();
    const response = /** @type {Response} */ (this.#receipt.response);
    return {
      data,
      response,
      request_id: response.headers.get('request-id'),
      workspace_id: response.headers.get('anthropic-workspace-id'),
    };
  }

  /**
   * @template [R1=T]
   * @template [R2=never]
   * @param {((value: T) => R1 | PromiseLike<R1>) | null | undefined} [onfulfilled]
   * @param {((reason: any) => R2 | PromiseLike<R2>) | null | undefined} [onrejected]
   * @returns {Promise<R1 | R2>}
   */
  then(onfulfilled, onrejected) {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  /**
   * @template [R=never]
   * @param {((reason: any) => R | PromiseLike<R>) | null | undefined} [onrejected]
   * @returns {Promise<T | R>}
   */
  catch(onrejected) {
    return this.#parsed().catch(onrejected);
  }

  /**
   * @param {(() => void) | null | undefined} [onfinally]
   * @returns {Promise<T>}
   */
  finally(onfinally) {
    return this.#parsed().finally(onfinally);
  }
}

/** A body the transport left unread, parsed as it parses one: JSON, with the response's ids. */
async function readBody(/** @type {Response} */ response) {
  const value = await response.json();
  if (value !== null && typeof value === 'object') {
    for (const [name, header] of [['_request_id', 'request-id'], ['_workspace_id', 'anthropic-workspace-id']]) {
      Object.defineProperty(value, name, { value: response.headers.get(header) });
    }
  }
  return value;
}

/**
 * `method` of a resource (`(params, options, receipt) => Promise`), returning an APIPromise.
 * @param {(this: any, params: unknown, options: unknown, receipt: Receipt) => unknown} method
 */
export function returningAPIPromise(method) {
  return {
    [method.name](/** @type {unknown} */ params, /** @type {unknown} */ options) {
      return new APIPromise((receipt) => method.call(this, params, options, receipt));
    },
  }[method.name];
}
