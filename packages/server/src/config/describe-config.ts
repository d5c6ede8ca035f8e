// Writes the configuration reference (docs/configuration.md) from the one schema, so the docs cannot drift from it.
import type { TSchema } from '@sinclair/typebox';
import { ENV_MAP } from './load-config.js';
import { ConfigSchema } from './schema.js';

interface Row {
  path: string;
  type: string;
  dflt: string;
  bounds: string;
  env: string;
  description: string;
}

const ENV_BY_PATH = new Map(ENV_MAP.map(([name, path]) => [path.join('.'), name]));
const code = (value: unknown) => (value === undefined ? '—' : `\`${JSON.stringify(value)}\``);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(schema: TSchema): string {
  if (schema.anyOf) {
    const literals = (schema.anyOf as TSchema[]).map((s) => s.const);
    if (literals.every((l) => l !== undefined)) return literals.map((l) => `\`${l}\``).join(' \\| ');
    return (schema.anyOf as TSchema[]).map((s) => (s.properties ? variant(s) : typeOf(s))).join(' or ');
  }
  if (schema.type === 'array') return `${typeOf(schema.items as TSchema)}[]`;
  return String(schema.type ?? 'object');
}

/** One shape of a union setting, e.g. `{ kind: "image", format: "png" \| "svg" }`, so the file's shape is written down. */
function variant(schema: TSchema): string {
  const fields = Object.entries(schema.properties as Record<string, TSchema>).map(([key, field]) =>
    field.const !== undefined
      ? `${key}: "${field.const}"`
      : `${key}${(schema.required as string[] | undefined)?.includes(key) ? '' : '?'}: ${typeOf(field).replace(/`/g, '"')}`,
  );
  return `\`{ ${fields.join(', ')} }\``;
}

function bounds(schema: TSchema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined || schema.maximum !== undefined)
    parts.push(`${schema.minimum ?? ''}–${schema.maximum ?? ''}`);
  if (schema.minLength !== undefined || schema.maxLength !== undefined)
    parts.push(`length ${schema.minLength ?? 0}–${schema.maxLength ?? '∞'}`);
  if (schema.pattern) parts.push(`\`${schema.pattern}\``);
  return parts.join(', ');
}

function walk(schema: TSchema, path: string[], rows: Row[]): void {
  const isSection = schema.type === 'object' && schema.properties && !schema.anyOf;
  if (isSection) {
    for (const [key, child] of Object.entries(schema.properties as Record<string, TSchema>))
      walk(child, [...path, key], rows);
    return;
  }
  const dotted = path.join('.');
  const described = String(schema.description ?? '');
  // Descriptions may start with their variable's name ("TESSERA_PORT: …"); the table has a column for it.
  const description = described.replace(/^TESSERA_[A-Z_]+:?\s*/, '');
  rows.push({
    path: dotted,
    type: typeOf(schema),
    dflt: code(schema.default),
    bounds: bounds(schema),
    env: ENV_BY_PATH.get(dotted) ?? '',
    description,
  });
}

export function describeConfig(): string {
  const rows: Row[] = [];
  walk(ConfigSchema, [], rows);
  const lines = [
    '# Configuration',
    '',
    '<!-- Generated from packages/server/src/config/schema.ts by `npm run docs`; a test fails when it is out of date. -->',
    '',
    'One schema, validated and frozen at start; a bad value stops the server with a message naming it. Sources, later',
    'wins: the defaults below, the JSON file named by `TESSERA_CONFIG_FILE` (same shape, nested by the dots of the',
    'setting), environment variables (where a row names one), and for the SMS provider `TESSERA_SMS_PROVIDER_URL`,',
    '`TESSERA_SMS_ACCOUNT_SID`, `TESSERA_SMS_AUTH_TOKEN`, `TESSERA_SMS_FROM`.',
    '',
    '| setting | variable | type | default | bounds | meaning |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| \`${r.path}\` | ${r.env ? `\`${r.env}\`` : ''} | ${r.type} | ${cell(r.dflt)} | ${cell(r.bounds)} | ${cell(r.description)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
