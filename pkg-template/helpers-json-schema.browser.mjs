// `claude-resilience/helpers/json-schema` for browsers and bundlers, as
// `@anthropic-ai/sdk/helpers/json-schema`: `jsonSchemaOutputFormat`, a structured-output format
// for `parse()` and `stream()`.
import Anthropic from './browser.mjs';

export const { jsonSchemaOutputFormat } = Anthropic;
