/**
 * Presentation mode: the one script of the regioscan, inline and allowed by its hash in the
 * Content-Security-Policy (nothing else may run, nothing may be fetched). Without it the file
 * reads as a document; with it, `P` or the button on the cover shows one slide per screen.
 *
 * Every slide is an element with `data-slide`, numbered and laid out for a 1280×720 stage when
 * the HTML is written; the script only switches classes, scales the stage to the screen (charts
 * grow with it) and keeps the slide in the URL hash (`#slide-12`), so a reload or a shared link
 * opens the same slide. Keys: → ↓ space PageDown Enter next; ← ↑ PageUp Backspace back; Home/End;
 * F full screen; O overview of all slides; N speaker notes (a window of their own, for the
 * facilitator's screen); P or Esc back to the document. A click on a slide goes to the next one.
 *
 * Kept as plain ES2020 text rather than a compiled function, so what runs in the browser is
 * exactly what is hashed, whatever compiled the rest.
 */
import { createHash } from 'node:crypto';

export const STAGE = { width: 1280, height: 720 } as const;

export const PRESENT_SCRIPT = `(function () {
  'use strict';
  var root = document.documentElement;
  var slides = Array.prototype.slice.call(document.querySelectorAll('[data-slide]'));
  if (slides.length === 0) return;
  root.classList.add('js');
  var current = 0;
  var notesWindow = null;
  var W = ${STAGE.width}, H = ${STAGE.height};

  function fit() {
    var s = Math.min(window.innerWidth / W, window.innerHeight / H);
    root.style.setProperty('--stage-scale', String(s));
  }
  function presenting() { return root.classList.contains('present'); }
  function setHash(hash) {
    try { history.replaceState(null, '', hash || location.pathname + location.search); } catch (e) { /* a file: URL in some browsers */ }
  }
  function notesHtml(i) {
    var slide = slides[i];
    var notes = slide.querySelector('.notes-body');
    var next = slides[i + 1];
    var doc = '<p class="count">' + (i + 1) + ' / ' + slides.length + ' · ' + (slide.getAttribute('data-topic') || '') + '</p>';
    doc += notes ? notes.innerHTML : '';
    if (next) doc += '<p class="next">' + (root.getAttribute('data-next') || '→') + ' ' + (next.getAttribute('data-topic') || '') + '</p>';
    return doc;
  }
  function updateNotes() {
    if (notesWindow && !notesWindow.closed) {
      try { notesWindow.document.body.innerHTML = notesHtml(current); } catch (e) { notesWindow = null; }
    }
    var panel = document.getElementById('notes-panel');
    if (panel) panel.innerHTML = notesHtml(current);
  }
  function show(i) {
    current = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach(function (el, k) { el.classList.toggle('current', k === current); });
    setHash('#slide-' + (current + 1));
    updateNotes();
  }
  function present(on, at) {
    root.classList.toggle('present', on);
    root.classList.remove('overview');
    if (on) { fit(); show(at === undefined ? current : at); }
    else {
      slides.forEach(function (el) { el.classList.remove('current'); });
      setHash('');
      slides[current].scrollIntoView();
    }
  }
  function overview(on) {
    root.classList.toggle('overview', on);
    if (on) slides[current].scrollIntoView({ block: 'center' });
  }
  function fullscreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (root.requestFullscreen) root.requestFullscreen().catch(function () {});
  }
  function openNotes() {
    var w = null;
    try { w = window.open('', 'regioscan-notes', 'width=720,height=560'); } catch (e) { w = null; }
    if (w) {
      try {
        w.document.title = root.getAttribute('data-notes-title') || 'Notes';
        var style = w.document.createElement('style');
        style.textContent = 'body{font:20px/1.5 "DejaVu Sans",Verdana,sans-serif;margin:1.5rem;color:#1b1b1b}h3{font-size:1rem;text-transform:uppercase;letter-spacing:.05em;color:#0b5394;margin:1rem 0 .2rem}.count,.next{color:#555}';
        w.document.head.appendChild(style);
        notesWindow = w;
        updateNotes();
        return;
      } catch (e) { notesWindow = null; }
    }
    root.classList.toggle('show-notes');
  }
  function pick(target) {
    var slide = target.closest ? target.closest('[data-slide]') : null;
    return slide ? slides.indexOf(slide) : -1;
  }

  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var key = e.key;
    if (!presenting()) {
      if (key === 'p' || key === 'P') { e.preventDefault(); present(true); }
      return;
    }
    if (root.classList.contains('overview')) {
      if (key === 'Escape' || key === 'o' || key === 'O') { e.preventDefault(); overview(false); }
      return;
    }
    var next = ['ArrowRight', 'ArrowDown', 'PageDown', 'Enter', ' '];
    var back = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
    if (key === ' ' && e.shiftKey) { e.preventDefault(); show(current - 1); }
    else if (next.indexOf(key) >= 0) { e.preventDefault(); show(current + 1); }
    else if (back.indexOf(key) >= 0) { e.preventDefault(); show(current - 1); }
    else if (key === 'Home') { e.preventDefault(); show(0); }
    else if (key === 'End') { e.preventDefault(); show(slides.length - 1); }
    else if (key === 'f' || key === 'F') { e.preventDefault(); fullscreen(); }
    else if (key === 'o' || key === 'O') { e.preventDefault(); overview(true); }
    else if (key === 'n' || key === 'N') { e.preventDefault(); openNotes(); }
    else if (key === 'Escape' || key === 'p' || key === 'P') { e.preventDefault(); present(false); }
  });
  document.addEventListener('click', function (e) {
    if (!presenting()) {
      var start = e.target.closest ? e.target.closest('[data-present]') : null;
      if (start) { e.preventDefault(); present(true, 0); }
      return;
    }
    if (e.target.closest && e.target.closest('a, button, summary, details')) return;
    var i = pick(e.target);
    if (root.classList.contains('overview')) { if (i >= 0) { overview(false); show(i); } return; }
    if (i >= 0) show(current + 1);
  });
  window.addEventListener('resize', function () { if (presenting()) fit(); });
  function fromHash() {
    var m = /^#slide-(\\d+)$/.exec(location.hash);
    if (m) present(true, Number(m[1]) - 1);
  }
  window.addEventListener('hashchange', fromHash);
  document.querySelectorAll('[data-present]').forEach(function (el) { el.hidden = false; });
  fromHash();
})();`;

/** The CSP source of the script: its sha256, base64. */
export function scriptHash(script: string = PRESENT_SCRIPT): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}
