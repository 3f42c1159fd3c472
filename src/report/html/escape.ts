/** HTML escaping for text and attribute values: every string from a codebook or an answer passes here. */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Tagged template that escapes interpolated strings; `Raw` values pass as they are. */
export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

type Part = string | number | Raw | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Raw) return part.html;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function h(strings: TemplateStringsArray, ...parts: Part[]): Raw {
  let out = strings[0]!;
  parts.forEach((p, i) => {
    out += render(p) + strings[i + 1]!;
  });
  return new Raw(out);
}

/**
 * A SHA-256 as the HTML shows it: whole in one `<code>`, with a break allowed only halfway
 * (`<wbr>`, which a copy leaves out), so a table of inputs fits a laptop's screen without
 * scrolling sideways; on paper it stays on one line (page.ts).
 */
export function hashCode(sha256: string): Raw {
  const half = Math.ceil(sha256.length / 2);
  return h`<code class="hash">${sha256.slice(0, half)}<wbr>${sha256.slice(half)}</code>`;
}
