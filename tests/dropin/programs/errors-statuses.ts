import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ maxRetries: 0 });
const statuses = [400, 401, 402, 403, 404, 408, 409, 412, 413, 422, 429, 431, 499, 500, 501, 503, 504, 529];

for (const status of statuses) {
  try {
    await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 8, messages: [{ role: 'user', content: `${status}` }] });
    console.log(status, 'no error');
  } catch (err) {
    if (!(err instanceof Anthropic.APIError)) throw err;
    const kinds = [
      err instanceof Anthropic.BadRequestError && 'BadRequest',
      err instanceof Anthropic.RateLimitError && 'RateLimit',
      err instanceof Anthropic.InternalServerError && 'InternalServer',
      err instanceof Anthropic.OverloadedError && 'Overloaded',
      err instanceof Anthropic.ContentTooLargeError && 'ContentTooLarge',
    ].filter(Boolean);
    console.log(status, err.status, err.constructor.name, err.name, kinds.join('|'), err.requestID);
  }
}
