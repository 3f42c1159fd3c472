/**
 * Fitting user text (question texts, option labels, region and municipality names, titles) into
 * a chart: what the chart font cannot draw is taken out, the rest is wrapped at spaces by its
 * measured width, a word wider than a line is broken, and the lines are capped, the last ending
 * in "…". Every text from the codebook or the data reaches a chart through `wrap` or `fitLine`, so
 * a label of any length gives a chart of bounded size; the full text stands in the data table.
 */
import { textWidth } from '../render/font-metrics.js';

/**
 * Characters no chart draws: C0 controls but tab, newline and carriage return (invalid in XML, so
 * in an SVG), DEL and the C1 controls, the bidi embeddings, overrides and isolates (they would
 * reorder the rest of a line), the byte order mark, the non-characters U+FFFE and U+FFFF, and
 * surrogates without their other half.
 */
const UNDRAWN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Line and paragraph breaks other than newline (NEL, U+2028, U+2029, vertical tab, form feed). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab and form feed are breaks
const BREAKS = /[\u000b\u000c\u0085\u2028\u2029]/g;

/** `text` without the characters a chart cannot draw; other line breaks become spaces. */
export function cleanText(text: string): string {
  return text.replace(BREAKS, ' ').replace(UNDRAWN, '');
}

const ELLIPSIS = '…';

/** `line` shortened until it and "…" fit in `maxWidth`: whole words first, then characters. */
function withEllipsis(line: string, maxWidth: number, fontSize: number, bold: boolean): string {
  let kept = line;
  while (kept !== '' && textWidth(`${kept}${ELLIPSIS}`, fontSize, bold) > maxWidth) {
    const space = kept.lastIndexOf(' ');
    if (space > 0) kept = kept.slice(0, space);
    else kept = Array.from(kept).slice(0, -1).join('');
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * Break `text` into lines no wider than `maxWidth` px in the chart font at `fontSize` px: at
 * spaces where it can, inside a word wider than the line where it must; at most `maxLines` lines,
 * the last one ending in "…" when the text is longer. Characters a chart cannot draw are dropped
 * first (`cleanText`). No line is empty, and the work stops once the lines are full, so a label
 * of any length costs no more than one that fills the lines.
 */
export function wrap(text: string, maxWidth: number, fontSize: number, bold = false, maxLines = 4): string[] {
  const limit = Math.max(1, Math.floor(maxLines));
  const lines: string[] = [];
  let line = '';
  let truncated = false;
  const push = (): boolean => {
    lines.push(line);
    line = '';
    return lines.length < limit;
  };
  const words = cleanText(text)
    .trim()
    .split(/[ \t\r\n]+/);
  fill: for (const word of words) {
    if (word === '') continue;
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line && !push()) {
      truncated = true;
      break;
    }
    if (textWidth(word, fontSize, bold) <= maxWidth) {
      line = word;
      continue;
    }
    // A word wider than a line: as many characters per line as fit, by measured width.
    for (const ch of word) {
      if (line && textWidth(line + ch, fontSize, bold) > maxWidth && !push()) {
        truncated = true;
        break fill;
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  if (truncated && lines.length > 0) {
    lines[lines.length - 1] = withEllipsis(lines[lines.length - 1] ?? '', maxWidth, fontSize, bold);
  }
  return lines;
}

/** `text` on one line of at most `maxWidth` px, ending in "…" when cut (see `wrap`). */
export function fitLine(text: string, maxWidth: number, fontSize: number, bold = false): string {
  return wrap(text, maxWidth, fontSize, bold, 1)[0] ?? '';
}

/**
 * `texts` each on one line (`fitLine`), kept apart as names of a legend or scale must be: where
 * different texts would read the same once cut, each of them ends in its place in the list, "… (2)".
 */
export function fitNames(
  texts: readonly string[],
  maxWidth: number,
  fontSize: number,
  bold = false,
): string[] {
  const lines = texts.map((t) => fitLine(t, maxWidth, fontSize, bold));
  const sources = new Map<string, Set<string>>();
  lines.forEach((line, i) => {
    sources.set(line, (sources.get(line) ?? new Set()).add(texts[i] ?? ''));
  });
  return lines.map((line, i) => {
    if ((sources.get(line)?.size ?? 0) < 2) return line;
    const place = ` (${i + 1})`;
    return `${fitLine(texts[i] ?? '', maxWidth - textWidth(place, fontSize, bold), fontSize, bold)}${place}`;
  });
}
