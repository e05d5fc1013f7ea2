// `claude-resilience/helpers/json-schema`, as `@anthropic-ai/sdk/helpers/json-schema`:
// `jsonSchemaOutputFormat`, a structured-output format for `parse()` and `stream()`, its schema
// made strict by `transformJSONSchema` (transform-json-schema.mjs). Plain JS with no module
// behind it: only an app that imports this subpath pays for it, where the same rewrite in the
// module cost every app 2 KB gzip (docs/decisions.md).
import { errorClasses } from './errors.mjs';
import { transformJSONSchema } from './transform-json-schema.mjs';

/**
 * A `json_schema` output format that parses the reply itself, so `parse()` and `stream()` hand
 * out its `parsed_output`.
 * @param {unknown} jsonSchema
 * @param {{ transform?: boolean }} [options]
 */
export function jsonSchemaOutputFormat(jsonSchema, options) {
  if (typeof jsonSchema !== 'object' || jsonSchema === null) {
    throw new TypeError('jsonSchemaOutputFormat(jsonSchema): jsonSchema must be an object');
  }
  if (jsonSchema.type !== 'object') throw new Error(`JSON schema must be an object, but got ${jsonSchema.type}`);
  const schema = options?.transform ?? true ? transformJSONSchema(jsonSchema) : jsonSchema;
  return {
    type: 'json_schema',
    schema: { ...schema },
    parse: (content) => {
      try {
        return JSON.parse(content);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errorClasses.AnthropicError(`Failed to parse structured output: ${reason}`);
      }
    },
  };
}
