/**
 * The document shell shared by the regioscan and the overview: no script, no external request
 * (a Content-Security-Policy says so), inline CSS. Every `section.slide` fills the screen and snaps
 * into place, so a facilitator pages through one message per screen; print puts one per page.
 */
import type { Lang } from '../labels/index.js';
import { h, Raw } from './escape.js';

const CSS = `
:root { --ink:#1b1b1b; --muted:#555; --line:#d9d9d9; --accent:#0b5394; --accent-soft:#e8f0f8; --warn:#8a4b00; --bg:#fff; }
* { box-sizing: border-box; }
html { scroll-snap-type: y proximity; }
body { margin:0; font-family: "DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif; color:var(--ink); background:var(--bg); font-size:18px; line-height:1.5; }
a { color: var(--accent); }
.skip { position:absolute; left:-999px; } .skip:focus { left:1rem; top:1rem; background:#fff; padding:.5rem; z-index:2; }
header.cover { min-height:100vh; display:flex; flex-direction:column; justify-content:center; padding:6vh 8vw; background:var(--accent); color:#fff; scroll-snap-align:start; }
header.cover h1 { font-size:clamp(2.2rem, 5vw, 4rem); margin:0 0 .3em; line-height:1.1; }
header.cover p { font-size:1.3rem; margin:.2em 0; max-width:60rem; }
header.cover .facts { display:flex; flex-wrap:wrap; gap:2.5rem; margin-top:2rem; }
header.cover .fact b { display:block; font-size:3rem; line-height:1; }
header.cover a { color:#fff; }
nav.agenda { padding:3vh 8vw; border-bottom:1px solid var(--line); }
nav.agenda ol { font-size:1.2rem; margin:.5rem 0; }
section.slide { min-height:100vh; padding:5vh 8vw; border-bottom:1px solid var(--line); scroll-snap-align:start; display:flex; flex-direction:column; justify-content:center; }
section.part { min-height:60vh; background:var(--accent-soft); }
section.part h2 { font-size:clamp(2rem, 4vw, 3.2rem); color:var(--accent); margin:0; }
h2 { font-size:clamp(1.6rem, 3vw, 2.4rem); margin:0 0 .4em; line-height:1.2; }
h2.topic { font-size:1.1rem; text-transform:uppercase; letter-spacing:.06em; color:var(--accent); margin-bottom:.8rem; }
h3 { font-size:1.3rem; margin:1.2em 0 .4em; }
.lead { font-size:1.25rem; max-width:62rem; }
figure { margin:0; }
figure .chart svg { max-width:100%; height:auto; display:block; }
figure .chart { max-width:1100px; }
figcaption { color:var(--muted); font-size:1rem; margin-top:.5rem; max-width:62rem; }
details { margin-top:.4rem; } summary { cursor:pointer; color:var(--accent); }
.prompt { margin-top:1.5rem; padding:1rem 1.25rem; border-left:6px solid var(--accent); background:var(--accent-soft); font-size:1.25rem; max-width:62rem; }
.prompt b { display:block; font-size:.9rem; text-transform:uppercase; letter-spacing:.05em; color:var(--accent); }
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
footer { padding:2rem 8vw; color:var(--muted); font-size:.9rem; }
code { font-size:.85em; word-break:break-all; }
@media print {
  html { scroll-snap-type:none; }
  header.cover, section.slide { min-height:auto; page-break-after:always; break-after:page; }
  header.cover { background:#fff; color:var(--ink); } header.cover a { color:var(--ink); }
  details { display:block; } details > *:not(summary) { display:block; }
}
`;

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

export function page(lang: Lang, title: string, body: Raw): string {
  return (
    '<!doctype html>\n' +
    h`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${new Raw(CSS)}</style>
</head>
<body>
${body}
</body>
</html>
`.html
  );
}
