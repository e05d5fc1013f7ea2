// The official SDK's `transformJSONSchema` (its lib/transform-json-schema), shared by
// `helpers/json-schema` and `helpers/zod`: a JSON schema rewritten into the subset structured
// outputs accept, key for key as the SDK's. What the API would refuse is not dropped but moved
// into the description, so the model still reads it; objects are closed
// (`additionalProperties: false`). Not a subpath of its own, as the SDK's is not one.

/** The string formats the API accepts; any other stays in the description. */
const STRING_FORMATS = new Set(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'uri', 'ipv4', 'ipv6', 'uuid']);

const isPrimitive = (value) => value === null || typeof value !== 'object';

/** `object[key]`, removed from it. */
function pop(object, key) {
  const value = object[key];
  delete object[key];
  return value;
}

/** `schema` (a part of the caller's copy, never the caller's own object) made strict. */
function strict(schema) {
  const out = {};
  const defs = pop(schema, '$defs');
  if (defs !== undefined) {
    out.$defs = {};
    for (const [name, def] of Object.entries(defs)) out.$defs[name] = strict(def);
  }
  const ref = pop(schema, '$ref');
  if (ref !== undefined) {
    out.$ref = ref;
    return out;
  }
  const values = schema.enum;
  if (Array.isArray(values) && values.length > 0 && values.every(isPrimitive)) out.enum = pop(schema, 'enum');
  if (schema.const !== undefined && isPrimitive(schema.const)) out.const = pop(schema, 'const');
  const literals = 'enum' in out || 'const' in out;
  const declared = pop(schema, 'type');
  const type = literals ? undefined : declared;
  const anyOf = pop(schema, 'anyOf');
  const oneOf = pop(schema, 'oneOf');
  const allOf = pop(schema, 'allOf');
  // `$schema` names the dialect and constrains nothing, so it stays out of the description.
  pop(schema, '$schema');
  if (Array.isArray(anyOf)) out.anyOf = anyOf.map(strict);
  else if (Array.isArray(oneOf)) out.anyOf = oneOf.map(strict);
  else if (Array.isArray(allOf)) out.allOf = allOf.map(strict);
  else if (!literals) {
    if (type === undefined) throw new Error('JSON schema must have a type defined if anyOf/oneOf/allOf/enum/const are not used');
    out.type = type;
  }
  for (const key of ['description', 'title']) {
    const value = pop(schema, key);
    if (value !== undefined) out[key] = value;
  }
  if (type === 'object') {
    out.properties = Object.fromEntries(Object.entries(pop(schema, 'properties') || {}).map(([key, part]) => [key, strict(part)]));
    pop(schema, 'additionalProperties');
    out.additionalProperties = false;
    const required = pop(schema, 'required');
    if (required !== undefined) out.required = required;
  } else if (type === 'string') {
    const format = pop(schema, 'format');
    if (format !== undefined) (STRING_FORMATS.has(format) ? out : schema).format = format;
  } else if (type === 'array') {
    const items = pop(schema, 'items');
    if (items !== undefined) out.items = strict(items);
    const minItems = pop(schema, 'minItems');
    if (minItems !== undefined) (minItems === 0 || minItems === 1 ? out : schema).minItems = minItems;
  }
  const rest = Object.entries(schema);
  if (rest.length > 0) {
    const described = rest.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ');
    out.description = `${out.description ? `${out.description}\n\n` : ''}{${described}}`;
  }
  return out;
}

/**
 * `schema` rewritten into the subset structured outputs accept (the SDK's
 * `transformJSONSchema`); the caller's schema is copied first (through JSON, as the SDK does)
 * and left as it was.
 * @param {unknown} schema
 */
export function transformJSONSchema(schema) {
  return strict(JSON.parse(JSON.stringify(schema)));
}
