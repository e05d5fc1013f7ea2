// `claude-resilience/helpers/json-schema` for Node, as `@anthropic-ai/sdk/helpers/json-schema`:
// `jsonSchemaOutputFormat`, a structured-output format for `parse()` and `stream()`.
import Anthropic from './node.mjs';

export const { jsonSchemaOutputFormat } = Anthropic;
