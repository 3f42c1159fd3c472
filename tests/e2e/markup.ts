/**
 * A small tokenizer for the HTML regioscan writes, strict enough to find injected markup: every
 * `<` must open a comment, the doctype or a tag whose attributes are all well-formed, `<script>`
 * and `<style>` hold raw text up to their end tag, and every element is closed in order (void
 * elements and `/>` aside). It is not a general HTML parser: the project writes every end tag.
 */

export interface Tag {
  name: string;
  attributes: [name: string, value: string][];
  /** Raw text of a `<script>` or `<style>` element. */
  raw?: string;
}

export interface Parsed {
  tags: Tag[];
  /** Text between the tags, entities decoded. */
  texts: string[];
  /** What was wrong, with the offset; empty when the document is well-formed in this sense. */
  problems: string[];
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW = new Set(['script', 'style']);
const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** `&lt;` `&gt;` `&amp;` `&quot;` `&#39;` `&#NN;` `&#xHH;` decoded (the entities the project writes). */
export function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(
      e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
    );
  });
}

export function parseHtml(html: string): Parsed {
  const tags: Tag[] = [];
  const texts: string[] = [];
  const problems: string[] = [];
  const open: string[] = [];
  let i = 0;
  let text = '';
  const flush = () => {
    if (text !== '') texts.push(decodeEntities(text));
    text = '';
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    flush();
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) {
        problems.push(`${lt}: unclosed comment`);
        break;
      }
      i = end + 3;
      continue;
    }
    if (/^<!doctype html>/i.test(html.slice(lt, lt + 15))) {
      i = lt + 15;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      problems.push(`${lt}: a "<" that opens no tag: ${JSON.stringify(html.slice(lt, lt + 60))}`);
      i = lt + 1;
      continue;
    }
    const [whole, slash, rawName, attrs, selfClosing] = m;
    const name = rawName!.toLowerCase();
    i = lt + whole.length;
    if (slash) {
      const top = open.pop();
      if (top !== name) problems.push(`${lt}: </${name}> closes <${top ?? 'nothing'}>`);
      continue;
    }
    const attributes: [string, string][] = [];
    for (const a of attrs!.matchAll(ATTRIBUTE))
      attributes.push([a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? '')]);
    const tag: Tag = { name, attributes };
    tags.push(tag);
    if (RAW.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}>`, i);
      if (end < 0) {
        problems.push(`${lt}: unclosed <${name}>`);
        break;
      }
      tag.raw = html.slice(i, end);
      i = end + name.length + 3;
    } else if (!VOID.has(name) && !selfClosing) open.push(name);
  }
  flush();
  if (open.length > 0) problems.push(`unclosed at the end: ${open.join(' > ')}`);
  return { tags, texts, problems };
}
