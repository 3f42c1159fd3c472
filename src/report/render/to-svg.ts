/**
 * Vega-Lite spec → SVG string, headless and offline: inline data only (a loader that refuses
 * every URL), text measured in DejaVu Sans, and SVG ids reset per chart so the same spec always
 * gives the same bytes.
 */
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import { textWidth } from './font-metrics.js';

/** Options of `toSvg`. */
export interface SvgOptions {
  /** Called with every warning Vega-Lite or Vega logs; default: warnings are dropped. */
  onWarning?: (message: string) => void;
}

/** A Vega loader that loads nothing (no file, no http, no sanitized URL) and notes each attempt. */
function offlineLoader(errors: string[]): vega.Loader {
  const refuse = (uri: unknown): Promise<never> => {
    const message = `charts use inline data only; refused to load ${String(uri)}`;
    errors.push(message);
    return Promise.reject(new Error(message));
  };
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse } as unknown as vega.Loader;
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
}

/** Vega's hook for text width: DejaVu Sans metrics instead of the 0.8 em per character guess. */
function dejavuWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  return textWidth(text == null ? '' : String(text).trim(), size, bold);
}

const scenegraph = vega as unknown as {
  textMetrics: { width: (item: TextItem, text: unknown) => number };
  resetSVGDefIds: () => void;
};

/** A Vega logger that passes warnings on and keeps errors, which Vega logs instead of throwing. */
function collectingLogger(onWarning: (message: string) => void, errors: string[]) {
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      errors.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
      return logger;
    },
    warn(...args: unknown[]) {
      onWarning(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * Vega gives its mark groups ARIA roles (`graphics-object`, `graphics-symbol`) and role
 * descriptions even with `aria: false`; an image role without a name is an accessibility error
 * (axe `svg-img-alt`). The chart is one image, named where it is embedded, so its parts carry none.
 */
function withoutMarkRoles(svg: string): string {
  return svg.replace(/ (?:role|aria-roledescription|aria-label|aria-hidden)="[^"]*"/g, '');
}

/**
 * Characters XML 1.0 does not allow (C0 controls but tab, newline and carriage return; U+FFFE,
 * U+FFFF; surrogates without their other half). Vega writes text as it gets it, and one of these
 * makes the SVG unreadable to every XML parser, the PNG renderer's too. The charts take them out
 * of their text (`cleanText`); this is the last guard for any text that reaches the SVG otherwise.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `svg` without the characters XML does not allow. */
function withoutNonXml(svg: string): string {
  return svg.replace(NOT_XML, '');
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Compile a Vega-Lite spec and render it to an SVG string (no scripts, no external references),
 * well-formed XML whatever text the spec holds.
 * Calls are serialised because Vega numbers clip paths and gradients with module-wide counters.
 */
export function toSvg(spec: TopLevelSpec, options: SvgOptions = {}): Promise<string> {
  const onWarning = options.onWarning ?? (() => {});
  const run = async (): Promise<string> => {
    const errors: string[] = [];
    const logger = collectingLogger(onWarning, errors);
    const compiled = compile(spec, { logger: logger as never }).spec;
    scenegraph.textMetrics.width = dejavuWidth;
    const view = new vega.View(vega.parse(compiled), {
      renderer: 'none',
      loader: offlineLoader(errors),
      logger: logger as never,
      logLevel: vega.Warn,
    });
    try {
      await view.runAsync();
      if (errors.length > 0) throw new Error(errors.join('; '));
      scenegraph.resetSVGDefIds();
      return withoutNonXml(withoutMarkRoles(await view.toSVG()));
    } finally {
      view.finalize();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
