// claude-resilience/helpers/json-schema: jsonSchemaOutputFormat, as @anthropic-ai/sdk/helpers/json-schema.
import type { AutoParseableOutputFormat } from './index.js';

/**
 * A `json_schema` output format for `messages.parse()` and `messages.stream()`, whose
 * `parsed_output` is the reply parsed as JSON. With `transform` (the default) the schema is
 * rewritten into the subset structured outputs accept, as the SDK does: constraints the API
 * refuses move into the description, objects get `additionalProperties: false`; the schema
 * passed in is left as it was. A schema whose `type` is not `'object'` throws an Error.
 * `parsed_output` is typed `any` here (the SDK infers it from the schema with
 * `json-schema-to-ts`, which this package does not depend on).
 */
export declare function jsonSchemaOutputFormat<const Schema extends { readonly type: 'object' }>(
  jsonSchema: Schema,
  options?: { transform?: boolean },
): AutoParseableOutputFormat<any>;
