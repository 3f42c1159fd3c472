/**
 * The document shell shared by the regioscan and the overview: inline CSS, no external request,
 * and at most one script, the presentation mode, allowed by its hash (a Content-Security-Policy
 * says so). Without the script the file is a document; printed, each slide starts a page.
 *
 * Presentation mode (`html.present`) shows one `[data-slide]` at a time on a 1280×720 stage
 * scaled to the screen, so charts and text grow with it; the layout of each slide is fixed when
 * the HTML is written (deck.ts).
 */
import type { Lang } from '../labels/index.js';
import { CHART_AREA } from './deck.js';
import { h, Raw } from './escape.js';
import { PRESENT_SCRIPT, STAGE, scriptHash } from './present.js';

const CSS = `
:root { --ink:#1b1b1b; --muted:#555; --line:#d9d9d9; --accent:#0b5394; --accent-soft:#e8f0f8; --warn:#8a4b00; --bg:#fff; }
* { box-sizing: border-box; }
body { margin:0; font-family: "DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif; color:var(--ink); background:var(--bg); font-size:18px; line-height:1.5; }
a { color: var(--accent); }
.skip { position:absolute; left:-999px; } .skip:focus { left:1rem; top:1rem; background:#fff; padding:.5rem; z-index:2; }
header.cover { min-height:70vh; display:flex; flex-direction:column; justify-content:center; padding:6vh 8vw; background:var(--accent); color:#fff; }
header.cover h1 { font-size:clamp(2.2rem, 5vw, 3.6rem); margin:0 0 .3em; line-height:1.1; }
header.cover p { font-size:1.3rem; margin:.2em 0; max-width:60rem; }
header.cover .facts { display:flex; flex-wrap:wrap; gap:2.5rem; margin:1.5rem 0 1rem; }
header.cover .fact b { display:block; font-size:3rem; line-height:1; }
header.cover a { color:#fff; }
header.cover .byline { font-size:1rem; color:#e3ebf5; margin-top:1.5rem; }
header.cover details.notes { border-color:#e3ebf5; } header.cover details.notes, header.cover details.notes summary, header.cover details.notes h3 { color:#fff; }
.present-start button { font:inherit; font-size:1.3rem; font-weight:bold; padding:.5rem 1.4rem; border:2px solid #fff; border-radius:6px; background:#fff; color:var(--accent); cursor:pointer; }
.present-start button:focus-visible { outline:4px solid #ffbf47; outline-offset:2px; }
.present-start .keys { font-size:1rem; color:#e3ebf5; }
html:not(.js) .present-start .keys { display:none; }
nav.agenda { padding:3vh 8vw; border-bottom:1px solid var(--line); }
nav.agenda ol { font-size:1.2rem; margin:.5rem 0; }
section.slide { padding:5vh 8vw; border-bottom:1px solid var(--line); }
section.part { background:var(--accent-soft); }
section.part h2 { font-size:clamp(2rem, 4vw, 3rem); color:var(--accent); margin:0 0 .4em; }
h2 { font-size:clamp(1.6rem, 3vw, 2.2rem); margin:0 0 .4em; line-height:1.2; }
h2.topic { font-size:1.1rem; text-transform:uppercase; letter-spacing:.06em; color:var(--accent); margin-bottom:.8rem; }
h3 { font-size:1.3rem; margin:1.2em 0 .4em; }
h4 { font-size:1.1rem; margin:1em 0 .3em; }
table.requirements th { width:30%; } table.requirements p, table.requirements ul { margin:.2em 0 .5em; }
table.options code { overflow-wrap:anywhere; }
main.annex-page { padding:4vh 6vw; } main.annex-page h1 { font-size:2rem; line-height:1.2; }
.lead { font-size:1.25rem; max-width:62rem; }
figure { margin:0; }
figure .chart svg { max-width:100%; height:auto; display:block; }
figure .chart { max-width:1250px; }
figcaption { color:var(--muted); font-size:1rem; margin-top:.5rem; max-width:62rem; }
details { margin-top:.4rem; } summary { cursor:pointer; color:var(--accent); }
figcaption:has(table.chart-data) { max-width:none; }
.table-scroll { overflow-x:auto; max-width:100%; }
.table-scroll:focus-visible { outline:3px solid var(--accent); outline-offset:2px; }
table.chart-data { font-size:1rem; max-width:none; color:var(--ink); margin:.5rem 0; }
table.chart-data caption { font-weight:bold; }
table.chart-data th[scope="row"] { font-weight:normal; min-width:12rem; }
table.chart-data td.num { white-space:nowrap; }
.prompt { margin-top:1.5rem; padding:1rem 1.25rem; border-left:6px solid var(--accent); background:var(--accent-soft); font-size:1.25rem; max-width:62rem; }
.prompt b { display:block; font-size:.9rem; text-transform:uppercase; letter-spacing:.05em; color:var(--accent); }
details.notes { max-width:62rem; border:1px dashed var(--line); padding:.3rem .8rem; margin-top:1rem; font-size:1rem; }
details.notes h3 { font-size:.95rem; text-transform:uppercase; letter-spacing:.05em; color:var(--accent); margin:.8rem 0 .2rem; }
details.notes .columns { display:block; }
ul.findings { font-size:1.3rem; max-width:64rem; } ul.findings li { margin:.4em 0; }
table { border-collapse:collapse; font-size:1.15rem; margin:.5rem 0 1rem; max-width:60rem; }
caption { text-align:left; padding-bottom:.4rem; }
table.wide { max-width:none; width:100%; }
th, td { text-align:left; padding:.35rem .8rem; border-bottom:1px solid var(--line); vertical-align:top; }
td.num, th.num { text-align:right; font-variant-numeric: tabular-nums; }
.bar { display:inline-block; height:.9em; background:var(--accent); vertical-align:middle; margin-right:.5rem; }
.muted { color:var(--muted); }
.suppressed { color:var(--muted); font-style:italic; }
.warn { color:var(--warn); }
blockquote { margin:.6rem 0; padding:.6rem 1rem; border-left:4px solid var(--line); font-size:1.15rem; max-width:60rem; }
.columns { display:grid; grid-template-columns:repeat(auto-fit, minmax(22rem, 1fr)); gap:2rem; }
.slide-foot, .present-only { display:none; }
footer.doc-foot { padding:2rem 8vw; color:var(--muted); font-size:.9rem; }
code { font-size:.85em; }
code.hash { display:inline-block; min-width:32.5ch; word-break:break-all; } /* one text in at most two lines of 32 on screen; whole on paper */
.session-mark { border-left:6px solid #8a4b00; background:#fff4e0; padding:.5rem .9rem; max-width:60rem; }
.session-columns { display:grid; grid-template-columns:repeat(auto-fit, minmax(22rem, 1fr)); gap:2rem; }
table.session td, table.session th { vertical-align:top; }
table.session td.recognised { white-space:nowrap; font-weight:bold; }
.nowrap { white-space:nowrap; }

/* ---- presentation mode: one slide on a ${STAGE.width}×${STAGE.height} stage ---- */
html.present, html.present body { height:100%; overflow:hidden; background:#101010; }
html.present body > :not(main):not([data-slide]):not(#notes-panel) { display:none; }
html.present main > :not([data-slide]) { display:none; }
html.present [data-slide] {
  width:${STAGE.width}px; height:${STAGE.height}px; margin:0; min-height:0; overflow:hidden;
  padding:16px 16px 44px; border:0; background:#fff; position:relative;
  display:flex; flex-direction:column; justify-content:center;
}
html.present:not(.overview) [data-slide]:not(.current) { display:none; }
html.present:not(.overview) [data-slide].current {
  position:fixed; left:50%; top:50%; transform:translate(-50%, -50%) scale(var(--stage-scale, 1)); transform-origin:center;
}
html.present header.cover[data-slide] { background:var(--accent); padding:48px 72px 56px; }
html.present .present-start, html.present .notes, html.present figcaption, html.present h2.topic,
html.present .slide .columns, html.present .trend-excluded, html.present .doc-only, html.present .doc-note { display:none; }
html.present .present-only { display:block; }
html.present .slide-foot { display:flex; justify-content:space-between; position:absolute; left:16px; right:16px; bottom:10px; font-size:16px; line-height:24px; color:var(--muted); }
html.present header.cover .slide-foot { color:#e3ebf5; }
html.present .slide.chart { display:grid; align-items:center; justify-items:center; column-gap:16px; row-gap:12px; }
html.present .slide.chart.layout-side { grid-template-columns:minmax(0, ${CHART_AREA.side.width}px) minmax(0, 1fr); }
html.present .slide.chart.layout-below { grid-template-rows:minmax(0, ${CHART_AREA.below.height}px) auto; }
html.present .slide.chart figure .chart { max-width:none; }
html.present .slide.chart.layout-side figure .chart svg { max-width:${CHART_AREA.side.width}px; max-height:${CHART_AREA.side.height}px; width:auto; }
html.present .slide.chart.layout-below figure .chart svg { max-width:${CHART_AREA.below.width}px; max-height:${CHART_AREA.below.height}px; width:auto; }
html.present .slide .prompt { margin:0; font-size:24px; line-height:1.35; max-width:none; justify-self:stretch; overflow-wrap:break-word; hyphens:auto; }
html.present .slide.chart.layout-below .prompt { padding:10px 18px; }
html.present .slide.chart.layout-below .prompt b { display:inline; margin-right:.6em; }
html.present .slide.part h2 { font-size:44px; }
html.present .slide.part h2:not(:only-of-type) { font-size:36px; }
html.present .slide ul.findings { font-size:22px; line-height:1.35; margin:0 0 16px; }
html.present .slide ul.findings li { margin:0 0 .35em; }
html.present .slide ol.lead { font-size:24px; line-height:1.4; }
html.present .slide.quotes blockquote { font-size:22px; line-height:1.4; margin:0 0 10px; }
html.present .slide.quotes h2, html.present .slide.table h2 { font-size:32px; }
html.present .slide.table table { font-size:18px; line-height:1.3; margin:0 0 12px; }
html.present .slide.table th, html.present .slide.table td { padding:2px 12px; }
html.present .slide .session-mark { font-size:18px; line-height:1.3; margin:0 0 14px; max-width:none; }
html.present .slide.table table.session { font-size:20px; width:100%; }
html.present .slide .session-columns { font-size:22px; line-height:1.35; gap:32px; grid-template-columns:1fr 1fr; }
html.present .slide .session-columns h3 { font-size:24px; margin:0 0 8px; }
html.present .slide .session-columns li { margin:0 0 .3em; }
html.present.show-notes [data-slide].current .notes { display:block; position:absolute; left:16px; right:16px; bottom:40px; max-height:45%; overflow:auto; background:#fffbe6; border:2px solid #8a4b00; z-index:3; }
html.present.show-notes [data-slide].current .notes > summary { display:none; }
/* the overview of all slides: small tiles, a click opens one */
html.present.overview, html.present.overview body { overflow:auto; height:auto; }
html.present.overview body { display:flex; flex-wrap:wrap; gap:16px; padding:16px; align-content:flex-start; }
html.present.overview main { display:contents; }
html.present.overview [data-slide] { zoom:0.22; flex:none; cursor:pointer; }
html.present.overview [data-slide].current { outline:12px solid #ffbf47; }

@media print {
  @page { size: A4; margin: 16mm 14mm 18mm; }
  body { font-size:11pt; }
  header.cover { min-height:auto; background:#fff; color:var(--ink); padding:0 0 8mm; }
  header.cover a, header.cover .byline { color:var(--ink); }
  header.cover .fact b { font-size:28pt; }
  section.slide, nav.agenda { padding:0 0 6mm; border:0; background:#fff; }
  section.slide { break-before:page; }
  main.annex-page { padding:0; } .columns { display:block; }
  h2, h3, h4, .prompt, figure, tr, blockquote { break-inside:avoid; }
  h2, h3, h4 { break-after:avoid; }
  /* no break-after:avoid on figure: where figure and prompt overfill a page, Chromium then splits the prompt */
  .present-start, details.notes, .slide-foot, .skip { display:none; }
  details.data-table > summary { display:none; }
  details.data-table::details-content { content-visibility:visible; display:block; }
  details { display:block; } details:not(.data-table) > *:not(summary) { display:block; }
  figure:has(table.chart-data) { break-inside:auto; } figure .chart { break-inside:avoid; }
  table.chart-data { font-size:9pt; } .table-scroll { overflow:visible; }
  figure .chart svg { max-height:200mm; width:auto; max-width:100%; }
  figcaption { font-size:9pt; }
  table { font-size:9.5pt; } th, td { padding:.25rem .5rem; }
  code.hash { font-size:6.5pt; white-space:nowrap; word-break:normal; min-width:0; } /* 64 characters on one line beside the other columns of the table */
}
`;

export interface PageOptions {
  /** Include the presentation script (the regioscan of a region; not the overview). */
  script?: boolean;
  /** `data-*` attributes of <html> the script reads (texts in the run's language). */
  data?: Record<string, string>;
}

export function page(lang: Lang, title: string, body: Raw, options: PageOptions = {}): string {
  const script = options.script ? PRESENT_SCRIPT : null;
  const csp = [
    "default-src 'none'",
    'img-src data:',
    "style-src 'unsafe-inline'",
    ...(script ? [`script-src ${scriptHash(script)}`] : []),
  ].join('; ');
  const data = Object.entries(options.data ?? {}).map(
    ([k, v]) => h` data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${v}"`,
  );
  return (
    '<!doctype html>\n' +
    h`<html lang="${lang}"${data}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${new Raw(CSS)}</style>
</head>
<body>
${body}
${script ? h`<script>${new Raw(script)}</script>` : ''}
</body>
</html>
`.html
  );
}
