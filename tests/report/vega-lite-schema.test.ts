/**
 * Every Vega-Lite spec of the demo run (each region's charts and the overview charts, in Dutch and
 * English) and of the fixture region validates against the JSON Schema the `vega-lite` package
 * ships (draft-07), checked with Ajv. Vega-Lite compiles some specs the schema rejects; the schema
 * is the contract editors and other tools read, so the specs keep to it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { allSpecs, type NamedSpec } from './demo-specs.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));

// The schema uses union types ("type": ["string", "null"]) and keywords Ajv's strict mode rejects;
// of its formats, hex colours are checked and URIs (data URLs, $schema) let through.
const ajv = new Ajv({
  strict: false,
  allowUnionTypes: true,
  formats: {
    'color-hex': /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i,
    uri: true,
    'uri-reference': true,
  },
});
const validate = ajv.compile(schema);

let specs: NamedSpec[];
beforeAll(async () => {
  specs = await allSpecs();
});

/** The first few errors, with the path into the spec where each is. */
function explain(): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}

describe('Vega-Lite JSON Schema', () => {
  it('the demo run has charts of every kind to check', () => {
    const ids = new Set(specs.map((s) => s.name.split(' ').at(-1)));
    for (const id of ['conditions', 'ladder', 'ipa', 'map-reach', 'map-country', 'heatmap-regions', 'trend'])
      expect(ids.has(id), id).toBe(true);
    expect(specs.length).toBeGreaterThan(100);
  });

  it('rejects what is not Vega-Lite: an unknown mark, a misspelt mark property, a text for a number', () => {
    expect(validate({ mark: 'bar', data: { values: [] } })).toBe(true);
    expect(validate({ mark: 'bars', data: { values: [] } })).toBe(false);
    expect(validate({ mark: { type: 'bar', colour: 'red' }, data: { values: [] } })).toBe(false);
    expect(validate({ mark: { type: 'bar', opacity: 'half' }, data: { values: [] } })).toBe(false);
  });

  it('every spec validates', () => {
    const failed: string[] = [];
    for (const { name, spec } of specs) if (!validate(spec)) failed.push(`${name}:\n${explain()}`);
    expect(failed.slice(0, 8).join('\n\n')).toBe('');
  });
});
