// `claude-resilience/helpers/zod`, as `@anthropic-ai/sdk/helpers/zod`: `zodOutputFormat`, a
// structured-output format from a zod schema, whose `parsed_output` is the reply validated by
// it. zod (^3.25 or ^4, its `zod/v4`) is an optional peer dependency, as it is the SDK's: only
// an app that imports this subpath needs it. Plain JS with no module behind it, as
// `helpers/json-schema`, whose rewrite (transform-json-schema.mjs) it shares.
import * as z from 'zod/v4';
import { errorClasses } from './errors.mjs';
import { transformJSONSchema } from './transform-json-schema.mjs';

/**
 * @param {z.ZodType} zodObject
 */
export function zodOutputFormat(zodObject) {
  const schema = transformJSONSchema(z.toJSONSchema(zodObject, { reused: 'ref' }));
  return {
    type: 'json_schema',
    schema: { ...schema },
    /** @param {string} content */
    parse: (content) => {
      let parsed;
      try {
        parsed = JSON.parse(content);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errorClasses.AnthropicError(`Failed to parse structured output as JSON: ${reason}`);
      }
      const output = zodObject.safeParse(parsed);
      if (!output.success) {
        const issues = output.error.issues;
        const listed = issues
          .slice(0, 5)
          .map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
          .join('\n');
        const more = issues.length > 5 ? `\n  ... and ${issues.length - 5} more issue(s)` : '';
        throw new errorClasses.AnthropicError(
          `Failed to parse structured output: ${output.error.message}\nValidation issues:\n${listed}${more}`,
        );
      }
      return output.data;
    },
  };
}
