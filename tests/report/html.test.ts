/**
 * The HTML regioscan as text: every codebook label and answer is escaped, suppressed numbers stay
 * out, and the session agenda comes in its order (in Dutch, and in English with lang 'en').
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Indicators } from '../../src/analyse/types.js';
import { toOverviewHtml } from '../../src/report/html/overview.js';
import { toRegionHtml } from '../../src/report/html/region.js';
import { indicators, region, toFixtureContext } from './workbook-fixture.js';

const hostile = '<script>alert(1)</script>';

function withHostileLabels(): Indicators {
  const copy = {
    ...structuredClone({ ...indicators, ledger: undefined }),
    ledger: indicators.ledger,
  } as Indicators;
  copy.codebook.questions = copy.codebook.questions.map((q) => ({
    ...q,
    text: { nl: hostile, en: hostile },
    short: undefined,
  }));
  copy.codebook.survey.title = { nl: hostile, en: hostile };
  return copy;
}

const page = (lang: 'nl' | 'en', ind: Indicators = indicators) =>
  toRegionHtml({
    ctx: toFixtureContext(lang, ind),
    region: { ...region, name: `${region.name} <i>` },
    charts: new Map(),
  });

describe('toRegionHtml', () => {
  it('escapes every label from the codebook and the regions file', () => {
    const html = page('nl', withHostileLabels());
    // One script, the presentation mode's own, at the end of the body; no label became one.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<i>');
  });

  it('follows the session agenda, in Dutch and in English', () => {
    const order = (html: string, parts: string[]) => parts.map((p) => html.indexOf(p));
    const nl = order(page('nl'), [
      'id="intro"',
      'id="results"',
      'id="opportunities"',
      'id="hub"',
      'id="next"',
      'id="method"',
    ]);
    expect(nl.every((at, i) => at > 0 && (i === 0 || at > nl[i - 1]!))).toBe(true);
    expect(page('nl')).toContain('wat herken je wel en niet?');
    expect(page('en')).toContain('what do you recognise, and what not?');
    expect(page('en')).toMatch(/<html lang="en"[ >]/);
  });

  it('carries a Content-Security-Policy that allows only its own script, by hash, and no outside request', () => {
    const html = page('nl').replaceAll('&#39;', "'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(script).toContain("document.querySelectorAll('[data-slide]')");
    expect(html).toContain(
      `http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-${hash}'"`,
    );
  });
});

describe('respondent counts in words', () => {
  it('writes a large count the way the language does: 44.343 (nl), 44,343 (en), on the cover and in the overview', () => {
    const big = structuredClone({ ...indicators, ledger: undefined }) as unknown as Indicators;
    big.ledger = indicators.ledger;
    for (const r of [...big.regions, big.national]) r.response.respondents = 44_343;
    const cover = (lang: 'nl' | 'en') =>
      toRegionHtml({ ctx: toFixtureContext(lang, big), region: big.regions[0]!, charts: new Map() });
    expect(cover('nl')).toContain('<b>44.343</b>');
    expect(cover('en')).toContain('<b>44,343</b>');
    expect(cover('nl')).not.toContain('44343');
    const overview = toOverviewHtml(big, toFixtureContext('nl', big));
    expect(overview).toContain('<td class="num">44.343</td>');
  });
});

describe('toOverviewHtml', () => {
  it('links every region and escapes the survey title', () => {
    const hostile = withHostileLabels();
    const html = toOverviewHtml(hostile, toFixtureContext('nl', hostile));
    expect(html).toContain(`href="${region.slug}/regioscan.html"`);
    expect(html).not.toContain('<script>');
  });
});
