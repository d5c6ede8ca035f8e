// The console's one stylesheet, served under a content-hashed name (the CSP allows no inline style): dense tables for
// a desk, readable contrast, visible focus.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { DESK_STYLES } from './desk-styles.js';

const STYLESHEET =
  `
:root { --ink:#111827; --muted:#4b5563; --line:#d1d5db; --soft:#f3f4f6; --page:#f8fafc; --card:#fff;
  --accent:#1e3a8a; --accent-soft:#eef2ff; --danger:#b91c1c; --ok:#166534; --ok-soft:#f0fdf4; --warn-soft:#fffbeb; --focus:#f59e0b;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: var(--page); line-height: 1.45; }
* { box-sizing: border-box; }
body { margin: 0; font-size: .95rem; }
a { color: var(--accent); text-underline-offset: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; }
.skip:focus { left: .5rem; top: .5rem; }
.top { background: #0f172a; color: #f8fafc; }
.top a { color: #f8fafc; }
.bar { max-width: 80rem; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; }
.brand { font-weight: 700; text-decoration: none; }
.nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem; }
.nav a { display: inline-block; padding: .3rem .65rem; border-radius: 6px; text-decoration: none; }
.nav a[aria-current="page"] { background: #1e293b; font-weight: 600; }
.langs { display: flex; gap: .6rem; margin-left: auto; font-size: .9rem; }
.langs a[aria-current="true"] { font-weight: 700; text-decoration: none; }
.who { display: flex; gap: .75rem; align-items: center; font-size: .9rem; }
.who form { margin: 0; }
button.link { background: none; border: 0; padding: 0; color: inherit; text-decoration: underline; cursor: pointer; font: inherit; }
main { max-width: 80rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
main.narrow { max-width: 32rem; }
main:focus { outline: none; }
h1 { font-size: 1.5rem; margin: .25rem 0 1rem; }
h2 { font-size: 1.1rem; margin: 0 0 .6rem; }
section.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 0 0 1rem; overflow-x: auto; }
.grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); font-size: .85rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
ul.plain { list-style: none; margin: 0; padding: 0; }
.field { margin: 0 0 .8rem; display: flex; flex-direction: column; gap: .25rem; }
.field label { font-weight: 600; }
.hint { color: var(--muted); font-size: .85rem; }
.field-error { color: var(--danger); font-weight: 600; }
input, select { font: inherit; padding: .45rem .55rem; border: 1px solid #6b7280; border-radius: 6px; background: #fff; color: var(--ink); max-width: 100%; }
input[type="number"] { width: 7rem; }
button { font: inherit; padding: .45rem .9rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
button.danger { background: #fff; color: var(--danger); border-color: var(--danger); }
form.inline { display: inline-flex; gap: .4rem; align-items: flex-end; margin: 0 .4rem .4rem 0; flex-wrap: wrap; }
form.inline .field { margin: 0; }
.search { display: flex; gap: .5rem; align-items: flex-end; flex-wrap: wrap; margin: 0 0 1.25rem; }
.search .field { flex: 1 1 24rem; margin: 0; }
.search input { width: 100%; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0; }
a.button { display: inline-block; padding: .45rem .9rem; border-radius: 6px; background: var(--accent); color: #fff; text-decoration: none; }
.notice { border-radius: 8px; padding: .6rem .9rem; margin: 0 0 1rem; border: 1px solid var(--line); }
.notice p { margin: 0; }
.notice.success { background: var(--ok-soft); border-color: #86efac; }
.notice.info { background: var(--accent-soft); border-color: #c7d2fe; }
.notice.warning { background: var(--warn-soft); border-color: #fcd34d; }
.error-summary { border: 2px solid var(--danger); border-radius: 8px; padding: .6rem .9rem; margin: 0 0 1rem; background: #fef2f2; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .8rem; border: 1px solid var(--line); background: var(--soft); }
.badge.bad { color: var(--danger); border-color: #fca5a5; background: #fef2f2; }
.badge.good { color: var(--ok); border-color: #86efac; background: var(--ok-soft); }
.muted { color: var(--muted); }
footer { max-width: 80rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: .85rem; }
` + DESK_STYLES;

const hash = createHash('sha256').update(STYLESHEET).digest('base64url').slice(0, 12);
export const STYLESHEET_PATH = `/console/assets/console.${hash}.css`;

export function assetRoutes(scope: FastifyInstance): void {
  scope.get(STYLESHEET_PATH, { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .type('text/css; charset=utf-8')
      .send(STYLESHEET),
  );
}
