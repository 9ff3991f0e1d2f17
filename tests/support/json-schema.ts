/**
 * A small JSON Schema checker for the keywords this repository's schemas use (type, const, enum,
 * required, properties, additionalProperties: false, items, pattern, minimum, minLength): enough to
 * hold an export to its published schema without a validator dependency. Returns the problems found.
 */
export type JsonSchema = Record<string, unknown>;

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;

export function checkJsonSchema(schema: JsonSchema, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type as string | string[]);
  const actual = typeOf(value);
  if (types.length && !types.some((t) => t === actual || (t === 'number' && actual === 'integer')))
    return [`${path}: ${actual} is not ${types.join(' or ')}`];
  if ('const' in schema && value !== schema.const) problems.push(`${path}: not ${String(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    problems.push(`${path}: ${String(value)} not allowed`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      problems.push(`${path}: does not match ${schema.pattern}`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      problems.push(`${path}: too short`);
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value)))
      problems.push(`${path}: not a date-time`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum)
    problems.push(`${path}: below ${schema.minimum}`);
  if (Array.isArray(value) && schema.items)
    value.forEach((item, i) =>
      problems.push(...checkJsonSchema(schema.items as JsonSchema, item, `${path}[${i}]`)),
    );
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in object)) problems.push(`${path}.${key}: missing`);
    for (const [key, item] of Object.entries(object)) {
      if (properties[key]) problems.push(...checkJsonSchema(properties[key], item, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}.${key}: not in the schema`);
    }
  }
  return problems;
}
