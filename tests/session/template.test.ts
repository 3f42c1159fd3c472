import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/errors.js';
import { parseSession, sessionMessage } from '../../src/ingest/session.js';
import { sessionTemplate } from '../../src/session/template.js';

const THEMES = [
  { id: 'ladder', title: 'Participatieladder' },
  { id: 'voorwaarden', title: 'Randvoorwaarden [B1]' },
];
const REGION = 'Zuid-Holland Noord';

/** Fill in only the date, as a facilitator must; everything else stays as the template wrote it. */
function withDate(template: string, format: 'md' | 'json'): string {
  return format === 'json'
    ? template.replace('"date": ""', '"date": "2026-11-20"')
    : template.replace(/^(Datum|Date):$/m, '$1: 2026-11-20');
}

describe('sessionTemplate(options)', () => {
  for (const lang of ['nl', 'en'] as const)
    for (const format of ['md', 'json'] as const)
      it(`the ${lang} ${format} template parses back: every theme not discussed, every list empty`, () => {
        const template = sessionTemplate({ region: REGION, themes: THEMES, lang, format });
        expect(parseSession(withDate(template, format), `sessie.${format}`, THEMES)).toEqual({
          region: REGION,
          date: '2026-11-20',
          themes: THEMES.map((t) => ({ ...t, recognised: null, why: '' })),
          opportunities: [],
          hubIdeas: [],
          nextSteps: [],
        });
      });

  for (const format of ['md', 'json'] as const)
    it(`the untouched ${format} template is refused for its one missing answer: the date`, () => {
      const template = sessionTemplate({ region: REGION, themes: THEMES, lang: 'nl', format });
      let issues: readonly { code: string; line: number | null; message: string }[] = [];
      try {
        parseSession(template, `sessie.${format}`, THEMES);
      } catch (e) {
        if (e instanceof InputError) issues = e.issues;
      }
      const line = template.split('\n').findIndex((l) => /^(Datum:|\s*"date": "")/.test(l)) + 1;
      expect(issues.map((i) => [i.code, i.line, i.message.endsWith(sessionMessage.date())])).toEqual([
        ['session_date', line, true],
      ]);
    });

  it('the Dutch Markdown template says how to pass it, lists every theme and has 3 empty rows of each', () => {
    const md = sessionTemplate({ region: REGION, themes: THEMES, lang: 'nl', format: 'md' });
    expect(md).toContain('regioscan run … --session BESTAND');
    expect(md).toContain('# Sessie-uitkomsten: Zuid-Holland Noord\n');
    expect(md).toContain('### Randvoorwaarden [B1] [voorwaarden]\nHerkend: ja / deels / nee\nWaarom:\n');
    expect(md).toContain('## Belangrijkste kansen\n\n1.\n2.\n3.\n');
    expect(md).toContain('## Ideeën voor de hub\n\n-\n-\n-\n');
    expect(md).toMatch(/\| Actie \| Eigenaar \| Datum \|\n\| --- \| --- \| --- \|\n(\| \| \| \|\n){3}$/);
  });

  it('the English JSON template has English help and the run command in "$comment"', () => {
    const json = JSON.parse(sessionTemplate({ region: REGION, themes: THEMES, lang: 'en', format: 'json' }));
    expect(json.$comment).toContain('regioscan run … --session FILE');
    expect(json.themes.map((t: { id: string }) => t.id)).toEqual(['ladder', 'voorwaarden']);
    expect([json.opportunities.length, json.hubIdeas.length, json.nextSteps.length]).toEqual([3, 3, 3]);
  });
});
