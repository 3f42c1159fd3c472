/**
 * manifest.json: what made this output. Tool and library versions, the options, every input with
 * its sha256 and row counts, the counts included and excluded per reason, and every output file
 * with its sha256 (reliability.md §4). Keys are written in a fixed order so reruns are identical.
 */
import { createRequire } from 'node:module';
import type { Indicators } from '../analyse/types.js';
import type { ReportOptions } from './index.js';

const require = createRequire(import.meta.url);

function versionOf(pkg: string): string | null {
  try {
    return (require(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    return null;
  }
}

export function toManifest(
  indicators: Indicators,
  options: ReportOptions,
  outputs: readonly { path: string; bytes: number; sha256: string }[],
): string {
  const excluded: Record<string, number> = {};
  let included = 0;
  for (const row of indicators.ledger) {
    if (row.status === 'included') included++;
    else excluded[row.reason] = (excluded[row.reason] ?? 0) + 1;
  }
  const manifest = {
    tool: 'regioscan',
    version: options.version,
    generatedAt: options.generatedAt.toISOString(),
    node: process.versions.node,
    libraries: Object.fromEntries(
      ['exceljs', 'papaparse', 'vega', 'vega-lite', 'zod', '@resvg/resvg-js'].map((p) => [p, versionOf(p)]),
    ),
    options: options.options,
    methods: indicators.methods,
    codebook: { id: indicators.codebook.survey.id, questions: indicators.codebook.questions.length },
    inputs: indicators.inputs,
    rows: {
      read: indicators.ledger.length,
      included,
      excluded: Object.fromEntries(Object.entries(excluded).sort(([a], [b]) => a.localeCompare(b))),
    },
    regions: indicators.regions.map((r) => ({
      name: r.name,
      slug: r.slug,
      respondents: r.response.respondents,
    })),
    warnings: indicators.warnings.length,
    outputs: [...outputs].sort((a, b) => a.path.localeCompare(b.path)),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
