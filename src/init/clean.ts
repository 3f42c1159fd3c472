/**
 * Text that `init` copies from an export into a codebook (headings as question texts, values as
 * option labels, file names as titles) and into its notes, made safe to show: control characters
 * (C0, DEL, C1) and bidirectional overrides removed, so no label reaches a chart, page or terminal
 * with them. References to the export keep their spelling (`column`, option `aliases`): run finds
 * columns and options by them, so an option whose label changed gets its raw spelling as an alias.
 */
import type { CodebookInput, LocalText } from '../model/codebook.js';

const CONTROL = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** `text` without control characters; `fallback` when nothing else is left. */
export function cleanText(text: string, fallback = ''): string {
  const stripped = text.replace(CONTROL, '');
  const clean = stripped === text ? text : stripped.trim();
  return clean === '' ? fallback : clean;
}

/** Both languages of `text` cleaned. */
function cleanLocal(text: LocalText, fallback: string): LocalText {
  return { nl: cleanText(text.nl, fallback), en: cleanText(text.en, fallback) };
}

type OptionInput = CodebookInput['scales'][number]['options'][number];

/** The option with clean labels; a changed label's spellings kept as aliases, so cells still match. */
function cleanOption(option: OptionInput): OptionInput {
  const label = cleanLocal(option.label, String(option.code));
  if (label.nl === option.label.nl && label.en === option.label.en) return option;
  const aliases = [...(option.aliases ?? [])];
  for (const raw of [option.label.nl, option.label.en]) if (!aliases.includes(raw)) aliases.push(raw);
  return { ...option, label, aliases };
}

/** The codebook with every text shown to readers cleaned of control characters. */
export function cleanCodebook(codebook: CodebookInput): CodebookInput {
  return {
    ...codebook,
    survey: { ...codebook.survey, title: cleanLocal(codebook.survey.title, codebook.survey.id) },
    blocks: codebook.blocks.map((b) => ({ ...b, title: cleanLocal(b.title, b.id) })),
    scales: codebook.scales.map((s) => ({
      ...s,
      options: s.options.map(cleanOption),
      ...(s.missing ? { missing: s.missing.map(cleanOption) } : {}),
    })),
    questions: codebook.questions.map((q) => ({
      ...q,
      text: cleanLocal(q.text, q.id),
      ...(q.short ? { short: cleanLocal(q.short, q.id) } : {}),
    })),
    ...(codebook.indices
      ? { indices: codebook.indices.map((x) => ({ ...x, label: cleanLocal(x.label, x.id) })) }
      : {}),
    ...(codebook.phases
      ? { phases: codebook.phases.map((x) => ({ ...x, label: cleanLocal(x.label, x.id) })) }
      : {}),
    ...(codebook.themes
      ? { themes: codebook.themes.map((x) => ({ ...x, label: cleanLocal(x.label, x.id) })) }
      : {}),
  };
}
