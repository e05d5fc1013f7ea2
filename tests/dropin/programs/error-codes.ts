// The class the SDK picks by a response's error code: ImageDimensionsTooLargeError (a
// BadRequestError) from resources/messages, as Anthropic.X too; a
// 529 compaction_unavailable is a CompactionUnavailableError (an OverloadedError, retried).
import Anthropic, { BadRequestError, OverloadedError } from '@anthropic-ai/sdk';
import { ImageDimensionsTooLargeError, CompactionUnavailableError } from '@anthropic-ai/sdk/resources/messages';

const client = new Anthropic({ maxRetries: 1 });
const ask = { model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Describe the image' }] };

for (let round = 0; round < 3; round += 1) {
  try {
    await client.messages.create(ask);
    console.log('ok');
  } catch (err) {
    if (err instanceof ImageDimensionsTooLargeError) {
      console.log('too large', err.name, err.status, err.errorCode, err instanceof BadRequestError, err instanceof Anthropic.ImageDimensionsTooLargeError);
      console.log(JSON.stringify(err.details), err.message);
    } else if (err instanceof CompactionUnavailableError) {
      console.log('compaction', err.name, err.status, err instanceof OverloadedError, err instanceof Anthropic.CompactionUnavailableError);
    } else if (err instanceof Anthropic.EnforcedSpendLimitReachedError) {
      console.log('spend limit', err.name, err.status, err instanceof Anthropic.RateLimitError);
    } else {
      throw err;
    }
  }
}
