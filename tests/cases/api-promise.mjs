// What `messages.create()` and `countTokens()` return — an APIPromise with `.withResponse()` and
// `.asResponse()`, as the official SDK's — and the params the SDK sends as headers
// (`workspace_id`, `user_profile_id`). Against the mock API (ctx.mockUrl) and, where a body must
// stall after its headers, an in-process `fetch` (responses.mjs). Runner-agnostic.

import { answering, inProcess, KEY, MESSAGE, MODEL, mockControl, params, REQUEST_ID } from './responses.mjs';

const now = () => performance.now();

export default function cases(m, { assert, mockUrl }) {
  if (!mockUrl) {
    return [['APIPromise cases need a mock API (ctx.mockUrl)', async () => {
      assert.ok(false, 'ctx.mockUrl is not set: the runner must start the mock (startMockClaude of pkg/testing.mjs)');
    }]];
  }

  const control = mockControl(mockUrl);
  const requests = () => control('GET', '/__mock/requests');
  async function fresh(...steps) {
    await control('POST', '/__mock/reset', {});
    if (steps.length) await control('POST', '/__mock/script', steps);
  }

  /** A client on the mock with tiny backoff delays; `options` override. */
  const client = (options = {}) =>
    new m.Anthropic({
      apiKey: KEY,
      baseURL: mockUrl,
      dangerouslyAllowBrowser: true,
      ...options,
      retry: { baseDelay: 1, maxDelay: 20, ...options.retry },
    });

  /** The responses a `fetch` over the mock handed the client, in order. */
  function recording() {
    const responses = [];
    const record = async (url, init) => {
      const response = await fetch(url, init);
      responses.push(response);
      return response;
    };
    return { responses, fetch: record };
  }

  const countParams = () => ({ model: MODEL, messages: [{ role: 'user', content: 'count me' }] });

  return [
    ['APIPromise: create and countTokens return one (a Promise); await, then, catch and finally give the value or the typed error', async () => {
      await fresh({}, {}, {}, { status: 404 }, { status: 400 });
      const c = client();
      const pending = c.messages.create(params());
      assert.ok(pending instanceof m.APIPromise, 'an APIPromise');
      assert.ok(pending instanceof Promise, 'a Promise');
      const message = await pending;
      assert.equal(message.type, 'message');
      assert.equal(message._request_id, 'req_mock_1');
      assert.equal(await c.messages.create(params()).then((value) => value.id), 'msg_mock_2');
      const counted = c.messages.countTokens(countParams());
      assert.ok(counted instanceof m.APIPromise);
      let settled = false;
      const count = await counted.finally(() => (settled = true));
      assert.equal(typeof count.input_tokens, 'number');
      assert.ok(settled, 'finally ran');
      const caught = await c.messages.create(params(), { maxRetries: 0 }).catch((error) => error);
      assert.ok(caught instanceof m.NotFoundError, `got ${caught?.name}`);
      await assert.rejects(c.messages.countTokens(countParams(), { maxRetries: 0 }), m.BadRequestError);
      const bad = c.messages.create({ model: 42 });
      assert.ok(bad instanceof m.APIPromise, 'bad params reject an APIPromise too');
      await assert.rejects(bad, TypeError);
    }],

    ['withResponse(): the value, the Response the transport received (status, headers, body read), request_id and workspace_id', async () => {
      await fresh({ headers: { 'anthropic-workspace-id': 'wrk_response' } }, {});
      const { responses, fetch } = recording();
      const c = client({ fetch });
      const { data, response, request_id, workspace_id } = await c.messages.create(params()).withResponse();
      assert.equal(response, responses[0], 'the very Response the fetch resolved with');
      assert.equal(response.status, 200);
      assert.equal(response.bodyUsed, true, 'the body was read for the value');
      assert.equal(data.type, 'message');
      assert.equal(request_id, 'req_mock_1');
      assert.equal(response.headers.get('request-id'), 'req_mock_1');
      assert.equal(workspace_id, 'wrk_response');
      assert.equal(data._workspace_id, 'wrk_response', 'the message carries it too');
      const descriptor = Object.getOwnPropertyDescriptor(data, '_workspace_id');
      assert.equal(descriptor.enumerable, false, '_workspace_id is non-enumerable');
      assert.ok(!JSON.stringify(data).includes('wrk_response'), 'and out of JSON');

      const counted = await c.messages.countTokens(countParams()).withResponse();
      assert.equal(typeof counted.data.input_tokens, 'number');
      assert.equal(counted.response, responses[1]);
      assert.equal(counted.request_id, 'req_mock_2');
      assert.equal(counted.workspace_id, null, 'null without the header');
      assert.equal(counted.data._workspace_id, null);
    }],

    ['asResponse(): the raw Response, its body unread; awaiting the same promise afterwards parses it', async () => {
      await fresh({}, {}, {});
      const { responses, fetch } = recording();
      const c = client({ fetch });
      const raw = await c.messages.create(params()).asResponse();
      assert.equal(raw, responses[0], 'the very Response the fetch resolved with');
      assert.equal(raw.status, 200);
      assert.equal(raw.bodyUsed, false, 'the client left the body unread');
      assert.equal(raw.headers.get('request-id'), 'req_mock_1');
      assert.equal((await raw.json()).id, 'msg_mock_1');

      const pending = c.messages.countTokens(countParams());
      const counted = await pending.asResponse();
      assert.equal(counted.bodyUsed, false);
      const value = await pending;
      assert.equal(typeof value.input_tokens, 'number', 'parsed from the Response handed out');
      assert.equal(value._request_id, 'req_mock_2');

      // Asked for after the value, the Response is the one the client read.
      const both = c.messages.create(params());
      const message = await both;
      const read = await both.asResponse();
      assert.equal(read, responses[2]);
      assert.equal(read.bodyUsed, true);
      assert.equal(message._request_id, 'req_mock_3');
    }],

    ['asResponse(): resolves once the headers are in: a body that never ends is not awaited, and is the caller\'s', async () => {
      const stalling = answering({ parts: ['{"id":'], end: 'stall' });
      const c = inProcess(m, 'https://api.invalid', stalling, { timeout: 200 });
      const started = now();
      const raw = await c.messages.create(params()).asResponse();
      assert.ok(now() - started < 150, 'resolved before the attempt timeout');
      assert.equal(raw.headers.get('request-id'), REQUEST_ID);
      await raw.body.cancel();
      // The same body through the value: the client reads it, bounded by the attempt timeout.
      await assert.rejects(c.messages.create(params()), m.APIConnectionTimeoutError);
      assert.equal(stalling.calls, 2);
      const whole = answering({ parts: [JSON.stringify(MESSAGE)] });
      const ok = await inProcess(m, 'https://api.invalid', whole).messages.create(params()).asResponse();
      assert.equal((await ok.json()).id, MESSAGE.id);
    }],

    ['asResponse() / withResponse(): retries, typed errors and fallback models apply as for the value', async () => {
      await fresh({ status: 529 }, { status: 529 }, {});
      const { responses, fetch } = recording();
      const c = client({ fetch });
      const raw = await c.messages.create(params()).asResponse();
      assert.equal(raw.status, 200, 'the response of the attempt that succeeded');
      assert.equal(raw, responses[2]);
      assert.equal((await requests()).length, 3);

      await fresh({ status: 429, retryAfterMs: 1 }, {});
      const { data, response } = await c.messages.countTokens(countParams()).withResponse();
      assert.equal(typeof data.input_tokens, 'number');
      assert.equal(response.status, 200);

      await fresh({ status: 404 }, { status: 529 }, { status: 529 });
      await assert.rejects(c.messages.create(params()).asResponse(), m.NotFoundError);
      await assert.rejects(c.messages.create(params(), { maxRetries: 1 }).withResponse(), m.OverloadedError);

      await fresh({ status: 529 }, {});
      const fallback = await c.messages.create(params(), { maxRetries: 0, fallbackModels: ['claude-fallback'] }).withResponse();
      assert.equal(fallback.data.model, 'claude-fallback');
      assert.equal(fallback.response.status, 200);
    }],

    ['asResponse() / withResponse(): a signal aborts them with APIUserAbortError', async () => {
      await fresh({ hang: true }, { hang: true });
      const c = client();
      for (const ask of ['asResponse', 'withResponse']) {
        const controller = new AbortController();
        const started = now();
        setTimeout(() => controller.abort(), 40);
        await assert.rejects(c.messages.create(params(), { signal: controller.signal })[ask](), m.APIUserAbortError);
        assert.ok(now() - started < 1000, `${ask}: rejected soon after the abort`);
      }
    }],

    ['workspace_id / user_profile_id: sent as the anthropic-workspace-id / anthropic-user-profile-id headers, never in the body', async () => {
      await fresh({}, {}, {}, {}, {});
      const c = client({ defaultHeaders: { 'anthropic-workspace-id': 'wrk_default' } });
      const both = params({ workspace_id: 'wrk_param', user_profile_id: 'usrprof_param' });
      const before = JSON.stringify(both);
      await c.messages.create(both);
      await c.messages.countTokens({ ...countParams(), workspace_id: 'wrk_count', user_profile_id: null });
      const stream = c.messages.stream(params({ user_profile_id: 'usrprof_stream' }));
      await stream.finalMessage();
      await c.messages.create(params({ workspace_id: 'wrk_param', user_profile_id: 'usrprof_param' }), {
        headers: { 'anthropic-workspace-id': 'wrk_explicit', 'anthropic-user-profile-id': null },
      });
      await c.messages.create(params({ workspace_id: null, user_profile_id: undefined }));
      const [create, count, streamed, overridden, nulls] = await requests();
      assert.equal(JSON.stringify(both), before, 'the params object is not modified');

      assert.equal(create.headers['anthropic-workspace-id'], 'wrk_param', 'the param wins over defaultHeaders');
      assert.equal(create.headers['anthropic-user-profile-id'], 'usrprof_param');
      assert.deepEqual(create.body, params(), 'neither is in the body');

      assert.equal(count.path, '/v1/messages/count_tokens');
      assert.equal(count.headers['anthropic-workspace-id'], 'wrk_count');
      assert.ok(!('anthropic-user-profile-id' in count.headers), 'a null param sends no header');
      assert.deepEqual(count.body, countParams(), 'a null one is left out of the body too');

      assert.equal(streamed.headers['anthropic-user-profile-id'], 'usrprof_stream', 'streams send it too');
      assert.equal(streamed.headers['anthropic-workspace-id'], 'wrk_default');
      assert.ok(!('user_profile_id' in streamed.body));

      assert.equal(overridden.headers['anthropic-workspace-id'], 'wrk_explicit', 'the request headers win over the param');
      assert.ok(!('anthropic-user-profile-id' in overridden.headers), 'and may leave it out');

      assert.equal(nulls.headers['anthropic-workspace-id'], 'wrk_default', 'a null param leaves the default');
      assert.deepEqual(nulls.body, params());
    }],

    ['workspace_id / user_profile_id: a value that is not a string fit for a header is a TypeError naming it, nothing sent', async () => {
      await fresh({});
      const c = client();
      const cases = [
        [() => c.messages.create(params({ workspace_id: 42 })), /params\.workspace_id/],
        [() => c.messages.countTokens({ ...countParams(), user_profile_id: 'usr\nprof' }), /params\.user_profile_id/],
        [() => c.messages.create(params({ user_profile_id: {} })), /params\.user_profile_id/],
      ];
      for (const [start, name] of cases) {
        const error = await assert.rejects(start(), TypeError);
        assert.match(error.message, name);
        assert.ok(!error.message.includes('usr\nprof'), 'the value is not echoed');
      }
      assert.throws(() => c.messages.stream(params({ workspace_id: false })), TypeError);
      assert.equal((await requests()).length, 0);
    }],
  ];
}
