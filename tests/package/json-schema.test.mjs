// `claude-resilience/helpers/json-schema` against `@anthropic-ai/sdk/helpers/json-schema`: the
// same format objects (the schema made strict key for key, in the same order), the same
// parse results and errors, the caller's schema left as it was; ESM and CommonJS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { jsonSchemaOutputFormat as theirs } from '@anthropic-ai/sdk/helpers/json-schema';

import * as root from '../../pkg/node.mjs';
import { jsonSchemaOutputFormat as ours } from '../../pkg/helpers-json-schema.mjs';

const SCHEMAS = [
  { type: 'object', properties: { primes: { type: 'array', items: { type: 'number' } } }, required: ['primes'] },
  {
    type: 'object',
    title: 'Employee',
    additionalProperties: true,
    properties: {
      bonus: { type: 'integer', default: 100000, minimum: 100000, title: 'Bonus', description: 'Annual bonus in USD' },
      tags: { type: 'array', items: { type: 'string' }, minItems: 3, maxItems: 5 },
      one: { type: 'array', items: { type: 'string' }, minItems: 1 },
      email: { type: 'string', format: 'email', pattern: '^.+@.+$' },
      odd: { type: 'string', format: 'phone' },
      level: { enum: ['low', 'high'], type: 'string' },
      mixed: { enum: [1, { a: 1 }], type: 'number' },
      fixed: { const: 'yes', description: 'always yes' },
      either: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      oneOf: { oneOf: [{ type: 'number', exclusiveMinimum: 0 }, { type: 'boolean' }] },
      all: { allOf: [{ $ref: '#/$defs/Point' }] },
      nested: { type: 'object', properties: { deep: { type: 'object' } } },
    },
    $defs: { Point: { type: 'object', properties: { x: { type: 'number' } }, $schema: 'x' } },
    $schema: 'https://json-schema.org/draft/2020-12/schema',
  },
  { type: 'object', $ref: '#/$defs/Root', $defs: { Root: { type: 'object', properties: {} } } },
  { type: 'object', properties: null, required: [] },
];

test('the same format: type, the schema made strict in the SDK\'s key order, a parse of its own', () => {
  for (const schema of SCHEMAS) {
    const before = JSON.stringify(schema);
    const [a, b] = [ours(schema), theirs(schema)];
    assert.equal(JSON.stringify(a), JSON.stringify(b), JSON.stringify(schema));
    assert.equal(JSON.stringify(schema), before, 'the caller\'s schema is left as it was');
    assert.deepEqual(Object.keys(a), Object.keys(b));
    assert.equal(typeof a.parse, 'function');
    assert.equal(JSON.stringify(ours(schema, { transform: false })), JSON.stringify(theirs(schema, { transform: false })));
  }
});

test('parse: JSON, or the SDK\'s AnthropicError; errors for schemas it cannot take', () => {
  const format = ours(SCHEMAS[0]);
  assert.deepEqual(format.parse('{"primes":[2,3]}'), { primes: [2, 3] });
  const failure = assert.throws(() => format.parse('{nope'), root.AnthropicError);
  void failure;
  let message;
  try {
    theirs(SCHEMAS[0]).parse('{nope');
  } catch (error) {
    message = error.message;
  }
  assert.throws(() => format.parse('{nope'), { message });
  assert.throws(() => ours({ type: 'string' }), { name: 'Error', message: 'JSON schema must be an object, but got string' });
  const noType = { type: 'object', properties: { x: { description: 'typeless' } } };
  assert.throws(() => theirs(noType), /must have a type defined/);
  assert.throws(() => ours(noType), { name: 'Error', message: 'JSON schema must have a type defined if anyOf/oneOf/allOf/enum/const are not used' });
  for (const bad of [undefined, null, 'schema', 1]) {
    assert.throws(() => ours(bad), { name: 'TypeError', message: 'jsonSchemaOutputFormat(jsonSchema): jsonSchema must be an object' });
  }
  const cyclic = { type: 'object' };
  cyclic.self = cyclic;
  assert.throws(() => ours(cyclic), TypeError, 'a schema JSON cannot say: what JSON.stringify threw');
  assert.equal(typeof ours(SCHEMAS[0]).schema, 'object', 'still usable after those');
});

test('CommonJS gives the same function; the package root does not carry it', () => {
  const required = createRequire(import.meta.url)('../../pkg/helpers-json-schema.cjs');
  assert.equal(required.jsonSchemaOutputFormat, ours);
  assert.equal(root.Anthropic.jsonSchemaOutputFormat, undefined);
});

test('helpers/zod: the same format as the SDK\'s zodOutputFormat, the same parse and validation errors; CommonJS too', async () => {
  const { z } = await import('zod/v4');
  const { zodOutputFormat: theirsZod } = await import('@anthropic-ai/sdk/helpers/zod');
  const { zodOutputFormat: oursZod } = await import('../../pkg/helpers-zod.mjs');
  const Point = z.object({ x: z.number(), y: z.number().int().min(0) });
  const Report = z.object({
    city: z.string().describe('the city'),
    when: z.string().datetime(),
    tags: z.array(z.string()).min(2),
    points: z.array(Point),
    home: Point,
    kind: z.enum(['a', 'b']),
    note: z.string().nullable().optional(),
  });
  for (const schema of [Report, Point, z.object({})]) {
    const [a, b] = [oursZod(schema), theirsZod(schema)];
    assert.equal(JSON.stringify(a), JSON.stringify(b));
    assert.deepEqual(Object.keys(a), Object.keys(b));
  }
  const [a, b] = [oursZod(Point), theirsZod(Point)];
  assert.deepEqual(a.parse('{"x":1.5,"y":2}'), { x: 1.5, y: 2 });
  for (const bad of ['{nope', '{"x":"one","y":-1.5}', '{}']) {
    let message;
    try {
      b.parse(bad);
    } catch (error) {
      message = error.message;
    }
    assert.ok(message, `the SDK refuses ${bad}`);
    assert.throws(() => a.parse(bad), (error) => error instanceof root.AnthropicError && error.message === message, bad);
  }
  const required = createRequire(import.meta.url)('../../pkg/helpers-zod.cjs');
  assert.equal(required.zodOutputFormat, oursZod);
});
