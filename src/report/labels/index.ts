/**
 * The glossary: every user-facing string of the reports in Dutch and English, one module per
 * output (charts, workbook, html) under this folder, combined here. Question and option labels
 * come from the codebook, never from here.
 */
export type Lang = 'nl' | 'en';
export interface Text {
  nl: string;
  en: string;
}

/** Pick the language of a text. */
export function tr(text: Text, lang: Lang): string {
  return text[lang];
}

/** One formatter per language and number of digits: making one costs far more than using it. */
const formatters = new Map<string, Intl.NumberFormat>();

/** Format a number the way the language writes it (decimal comma in Dutch). */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  const key = `${lang}:${digits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, format);
  }
  return format.format(value);
}

/** Format a share 0..1 as a percentage without decimals ("42%"). */
export function formatPercent(value: number, lang: Lang, digits = 0): string {
  return `${formatNumber(value * 100, lang, digits)}%`;
}
