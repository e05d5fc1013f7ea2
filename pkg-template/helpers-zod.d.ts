// claude-resilience/helpers/zod: zodOutputFormat, as @anthropic-ai/sdk/helpers/zod.
import type * as z from 'zod/v4';
import type { AutoParseableOutputFormat } from './index.js';

/**
 * A `json_schema` output format from a zod schema, for `messages.parse()` and
 * `messages.stream()`: the schema is zod's JSON schema made strict as `helpers/json-schema`
 * makes it, and `parsed_output` is the reply validated by the zod schema (an `AnthropicError`
 * listing the first five issues when it does not match). Needs `zod` (^3.25 or ^4), an optional
 * peer dependency.
 */
export declare function zodOutputFormat<ZodInput extends z.ZodType>(
  zodObject: ZodInput,
): AutoParseableOutputFormat<z.infer<ZodInput>>;
