/**
 * A session file makes a region's report its final version: the title says so, the last part of
 * the deck shows the session's recognition per theme, agreed opportunities, hub ideas and next
 * steps (replacing the general next steps), every one marked as the session's conclusions and
 * not survey results, and the evidence annex carries the same. Without a session nothing changes.
 * On the workbook fixture (region Holland Rijnland).
 */
import { describe, expect, it } from 'vitest';
import { parseSession } from '../../src/ingest/session.js';
import { toAnnexHtml } from '../../src/report/html/annex.js';
import { toRegionHtml } from '../../src/report/html/region.js';
import { sessionThemes } from '../../src/session/themes.js';
import { indicators, region, toFixtureContext } from './workbook-fixture.js';

const FILE = `# Sessie-uitkomsten

Regio: holland-rijnland
Datum: 2026-11-24
Aanwezig: 18 deelnemers

## Herkenning per thema

### Randvoorwaarden [D]
Herkend: deels
Waarom: Vergoeding herkent iedereen; <b>informatie</b> is slechter dan de cijfers.

## Belangrijkste kansen

1. Terugkoppeling na elke inspraakronde

## Ideeën voor de hub

- Eén regionaal loket

## Vervolgstappen

| Actie | Eigenaar | Datum |
| --- | --- | --- |
| Vergoedingsregeling voorstellen | Werkgroep GGD | 2027-02-01 |
| Volgende regioscan | | |
`;

const themes = sessionThemes(indicators.codebook, 'nl');
const session = parseSession(FILE, 'sessie.md', themes, [region.name]);

const html = (lang: 'nl' | 'en', withSession: boolean) => {
  const ctx = toFixtureContext(lang, indicators, withSession ? { sessions: { [region.name]: session } } : {});
  return {
    report: toRegionHtml({ ctx, region, charts: new Map() }),
    annex: toAnnexHtml({ ctx, region, charts: new Map() }),
  };
};

/** The text of every slide in the deck, by its topic. */
const slides = (page: string) =>
  [...page.matchAll(/data-slide="(\d+)" data-topic="([^"]*)"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => ({
    topic: m[2]!,
    body: m[3]!,
  }));

describe('the final version of a region’s regioscan', () => {
  it('the session file names its region by slug; the themes are the results’ blocks of the codebook', () => {
    expect(session.region).toBe(region.name);
    // The blocks drawn in the results and opportunities, not the background of the introduction.
    expect(themes.map((t) => t.id)).toEqual(expect.arrayContaining(['D', 'H']));
    expect(themes.map((t) => t.id)).not.toContain('A');
    expect(session.themes.map((t) => t.id)).toEqual(themes.map((t) => t.id));
    expect(session.themes.find((t) => t.id === 'D')?.recognised).toBe('partly');
    expect(session.themes.filter((t) => t.recognised !== null).map((t) => t.id)).toEqual(['D']);
  });

  it('says it is the final version in its title and on its cover', () => {
    const { report } = html('nl', true);
    expect(report).toContain(`<title>Regioscan participatie ${region.name} (eindversie)</title>`);
    expect(report).toContain('Eindversie, met de conclusies van de sessie van 24 november 2026');
    expect(html('en', true).report).toContain(
      'Final version, with the conclusions of the session of 24 November 2026',
    );
  });

  it('shows the session’s conclusions as the last slides, each marked as not survey results', () => {
    const deck = slides(html('nl', true).report);
    const topics = deck.map((s) => s.topic);
    const at = topics.indexOf('Wat herkende de sessie?');
    expect(topics.slice(at)).toEqual([
      'Wat herkende de sessie?',
      'Afgesproken kansen en ideeën voor de hub',
      'Afgesproken vervolgstappen',
    ]);
    // The general next steps give way to the session's own.
    expect(topics).not.toContain('Vervolgstappen');
    for (const s of deck.slice(at)) {
      expect(s.body).toContain('Conclusies van de sessie van 24 november 2026');
      expect(s.body).toContain('geen uitkomsten van de enquête');
    }
    const [recognition, agreed, steps] = deck.slice(at).map((s) => s.body);
    // Only the discussed theme; its reason escaped, never as markup.
    expect(recognition).toContain(
      '<th scope="row">Randvoorwaarden</th><td class="recognised partly">deels</td>',
    );
    expect(recognition).toContain('&lt;b&gt;informatie&lt;/b&gt;');
    expect(recognition).not.toContain('Kansen en uitdagingen');
    expect(agreed).toContain('<li>Terugkoppeling na elke inspraakronde</li>');
    expect(agreed).toContain('<li>Eén regionaal loket</li>');
    expect(steps).toContain(
      '<td>Vergoedingsregeling voorstellen</td><td>Werkgroep GGD</td><td class="nowrap">1 februari 2027</td>',
    );
    expect(steps).toMatch(
      /Volgende regioscan<\/td><td><span class="muted">nog niemand<\/span><\/td><td class="nowrap"><span class="muted">nog geen datum/,
    );
  });

  it('splits a long list of next steps over slides, none of them lost', () => {
    const many = {
      ...session,
      nextSteps: Array.from({ length: 14 }, (_, i) => ({ action: `Stap ${i + 1}`, owner: 'GGD', due: null })),
    };
    const ctx = toFixtureContext('nl', indicators, { sessions: { [region.name]: many } });
    const deck = slides(toRegionHtml({ ctx, region, charts: new Map() }));
    const stepSlides = deck.filter((s) => s.topic.startsWith('Afgesproken vervolgstappen'));
    expect(stepSlides.length).toBeGreaterThan(1);
    expect(stepSlides[1]!.topic).toBe('Afgesproken vervolgstappen (vervolg)');
    const listed = stepSlides.flatMap((s) => [...s.body.matchAll(/<td>(Stap \d+)<\/td>/g)].map((m) => m[1]));
    expect(listed).toEqual(many.nextSteps.map((s) => s.action));
  });

  it('carries the conclusions into the evidence annex, every theme listed, marked as the session’s', () => {
    const { annex } = html('nl', true);
    expect(annex).toContain('<h3 id="annex-session">Conclusies van de sessie van 24 november 2026</h3>');
    expect(annex).toContain('geen uitkomsten van de enquête');
    expect(annex).toContain('<b>Aanwezig:</b> 18 deelnemers');
    expect(annex).toContain(
      '<th scope="row">Kansen en uitdagingen</th><td class="recognised none">niet besproken</td>',
    );
  });

  it('without a session file the report is the draft: no session part, the general next steps', () => {
    const { report, annex } = html('nl', false);
    expect(report).not.toContain('eindversie');
    expect(report).not.toContain('<p class="session-mark">');
    expect(slides(report).map((s) => s.topic)).toContain('Vervolgstappen');
    expect(annex).not.toContain('annex-session');
  });

  it('a session file for a region the run does not have is an error naming its line', () => {
    const issues = (() => {
      try {
        parseSession(FILE.replace('holland-rijnland', 'Twente'), 'sessie.md', themes, [region.name]);
        return [];
      } catch (error) {
        return (error as { issues: { line: number | null; message: string }[] }).issues;
      }
    })();
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [3, '"Regio: Twente" — unknown region; expected one of Holland Rijnland'],
    ]);
  });
});
