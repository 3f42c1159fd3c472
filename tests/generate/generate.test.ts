import { describe, expect, it } from 'vitest';
import { toDemoQuestions, toQuestionColumns } from '../../src/generate/codebook/index.js';
import { generateExport } from '../../src/generate/index.js';
import { codebook, parseExport, placeOfRow } from './export-table.js';

const SEED = 20261123;

describe('generateExport', () => {
  it('generateExport({ rows: 900, seed }) is byte-identical on a second call', () => {
    expect(generateExport({ rows: 900, seed: SEED })).toBe(generateExport({ rows: 900, seed: SEED }));
  });

  it('generateExport with seed 20261123 and seed 20261124 differ', () => {
    expect(generateExport({ rows: 50, seed: SEED })).not.toBe(generateExport({ rows: 50, seed: SEED + 1 }));
  });

  it('generateExport({ rows: 900 }) has a header and 901 records (900 respondents + 1 duplicate), LF only', () => {
    const text = generateExport({ rows: 900, seed: SEED });
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    const { rows } = parseExport(text);
    expect(rows).toHaveLength(901);
    expect(new Set(rows.map((r) => r.respondent_id)).size).toBe(900);
  });

  it('generateExport({ rows: 1 }) has 2 records, the second a copy of the first', () => {
    const { rows } = parseExport(generateExport({ rows: 1, seed: 7 }));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(rows[0]);
  });

  it.each([0, -3, 2.5, Number.NaN])('generateExport({ rows: %d }) throws a RangeError', (rows) => {
    expect(() => generateExport({ rows, seed: 1 })).toThrow(RangeError);
  });

  it('the header is respondent_id, startdate, submitdate, then every codebook column in order', () => {
    const { fields } = parseExport(generateExport({ rows: 5, seed: SEED }));
    const columns = toDemoQuestions().flatMap(toQuestionColumns);
    expect(fields).toEqual(['respondent_id', 'startdate', 'submitdate', ...columns]);
    expect(columns).toHaveLength(new Set(columns).size);
  });

  it('every cell holds a code of its question’s scale, a tick (1) or is empty; ranks do not repeat', () => {
    const { rows } = parseExport(generateExport({ rows: 900, seed: SEED }));
    const codes = new Map(
      codebook.scales.map((s) => [s.id, new Set([...s.options, ...s.missing].map((o) => String(o.code)))]),
    );
    for (const row of rows) {
      expect(row.respondent_id).toMatch(/^R\d{4}$/);
      expect(row.startdate).toMatch(/^2026-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      if (row.submitdate) expect(row.submitdate > (row.startdate ?? '')).toBe(true);
      for (const q of codebook.questions) {
        if (q.type === 'multi') {
          for (const c of q.columns ?? []) expect(['', '1']).toContain(row[c.column]);
        } else if (q.type === 'rank') {
          const ranked = q.columns.map((c) => row[c] ?? '').filter((v) => v !== '');
          for (const v of ranked) expect(codes.get(q.scale)).toContain(v);
          expect(new Set(ranked).size).toBe(ranked.length);
        } else if (q.type !== 'open' && q.type !== 'numeric') {
          const value = row[q.column] ?? '';
          if (value !== '') expect(codes.get(q.scale), `${q.column}=${value}`).toContain(value);
        }
      }
    }
  });

  it('F2 and F3 are empty unless F1 is ja (1) or deels (2)', () => {
    const { rows } = parseExport(generateExport({ rows: 900, seed: SEED }));
    for (const row of rows.filter((r) => r.F1_ingezet === '3' || r.F1_ingezet === '9')) {
      expect(row.F2_betaald).toBe('');
      expect(Object.entries(row).filter(([k, v]) => k.startsWith('F3_rol_') && v !== '')).toEqual([]);
    }
  });

  it('every placed respondent lands in a region of regions.json', () => {
    const { rows } = parseExport(generateExport({ rows: 900, seed: SEED }));
    const placed = rows.filter((r) => placeOfRow(r) !== undefined);
    expect(placed.length).toBeGreaterThan(rows.length * 0.9);
  });
});
