/**
 * How an input file is described in every report: its survey tool and the layout ingest
 * recognised, in the run's language (ingest names them by id and by an English phrase).
 */
import type { InputInfo } from '../../model/survey.js';
import type { Lang, Text } from './index.js';

/** Survey tools by the id ingest recognises them by; an unknown id is shown as it is. */
export const tools: Record<string, Text> = {
  generic: { nl: 'algemeen CSV- of Excelbestand', en: 'generic CSV or Excel file' },
  googleforms: { nl: 'Google Forms', en: 'Google Forms' },
  limesurvey: { nl: 'LimeSurvey', en: 'LimeSurvey' },
  msforms: { nl: 'Microsoft Forms', en: 'Microsoft Forms' },
  qualtrics: { nl: 'Qualtrics', en: 'Qualtrics' },
  surveymonkey: { nl: 'SurveyMonkey', en: 'SurveyMonkey' },
};

/** The layouts ingest recognises (src/ingest/formats), by the phrase it records. */
export const layouts: Record<string, Text> = {
  'one header row': { nl: 'één kopregel', en: 'one header row' },
  'Sheets download': { nl: 'download uit Google Sheets', en: 'Sheets download' },
  'Forms download (.csv)': { nl: 'download uit Forms (.csv)', en: 'Forms download (.csv)' },
  'one header row (ID, Start time, Completion time)': {
    nl: 'één kopregel (ID, begintijd, eindtijd)',
    en: 'one header row (ID, Start time, Completion time)',
  },
  '2 header rows': { nl: 'twee kopregels', en: '2 header rows' },
  '3 header rows (ImportId)': { nl: 'drie kopregels (ImportId)', en: '3 header rows (ImportId)' },
  'legacy 2 header rows (V1…V10)': {
    nl: 'oude indeling, twee kopregels (V1…V10)',
    en: 'legacy 2 header rows (V1…V10)',
  },
  'code headings': { nl: 'vraagcodes als kop', en: 'code headings' },
  'code+text headings': { nl: 'vraagcode en vraagtekst als kop', en: 'code+text headings' },
  'full-text headings': { nl: 'vraagteksten als kop', en: 'full-text headings' },
  'full-text headings (recognised by its first four columns)': {
    nl: 'vraagteksten als kop (herkend aan de eerste vier kolommen)',
    en: 'full-text headings (recognised by its first four columns)',
  },
};

export function toolName(tool: string, lang: Lang): string {
  return tools[tool]?.[lang] ?? tool;
}

export function layoutName(layout: string, lang: Lang): string {
  return layouts[layout]?.[lang] ?? layout;
}

/** "LimeSurvey (vraagcodes als kop, utf-8)". */
export function describeInput(input: Pick<InputInfo, 'tool' | 'layout' | 'encoding'>, lang: Lang): string {
  return `${toolName(input.tool, lang)} (${layoutName(input.layout, lang)}, ${input.encoding})`;
}
