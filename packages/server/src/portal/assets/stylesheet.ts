// The portal's one stylesheet, served as a file (the CSP allows no inline styles): readable, calm, and fine on a phone.
export const STYLESHEET = `
:root {
  --ink: #111827; --muted: #4b5563; --line: #d1d5db; --soft: #f3f4f6; --page: #f8fafc; --card: #ffffff;
  --accent: #1d4ed8; --accent-ink: #ffffff; --accent-soft: #eff6ff; --accent-line: #bfdbfe; --danger: #b91c1c; --danger-soft: #fef2f2;
  --ok: #166534; --ok-soft: #f0fdf4; --focus: #f59e0b; --radius: 10px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--page); line-height: 1.5;
}
* { box-sizing: border-box; }
body { margin: 0; font-size: 1rem; }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; top: .5rem; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

.top { background: var(--card); border-bottom: 1px solid var(--line); }
.bar { max-width: 64rem; margin: 0 auto; padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; }
.brand { font-weight: 700; font-size: 1.15rem; color: var(--ink); text-decoration: none; margin-right: auto; display: inline-flex; align-items: center; gap: .55rem; }
.brand .logo { display: block; height: 2rem; width: auto; max-width: 10rem; }
/* Without a logo, a mark in the brand colour keeps the header from looking unfinished. */
.brand:not(:has(.logo))::before { content: ""; width: 1.5rem; height: 1.5rem; border-radius: 7px; background: var(--accent); box-shadow: inset -.45rem -.45rem 0 rgba(255, 255, 255, .28); }
.nav { width: 100%; order: 3; }
.nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem; }
.nav a { display: inline-block; padding: .35rem .7rem; border-radius: 999px; text-decoration: none; color: var(--ink); }
.nav a:hover { background: var(--soft); }
.nav a[aria-current="page"] { background: var(--accent-soft); color: var(--accent); font-weight: 600; }
.langs { display: flex; gap: .5rem; font-size: .9rem; }
.langs a[aria-current="true"] { font-weight: 700; color: var(--ink); text-decoration: none; }
.who { font-size: .9rem; color: var(--muted); display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; }
.who form { margin: 0; }
.dev-note { background: #fffbeb; border-bottom: 1px solid #fcd34d; text-align: center; font-size: .85rem; padding: .3rem 1rem; }

main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
main:focus { outline: none; }
main.narrow { max-width: 30rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: .5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 0 0 .75rem; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
p { margin: 0 0 .75rem; }
.lead { color: var(--muted); }
.muted { color: var(--muted); font-size: .9rem; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; color: var(--muted); font-size: .85rem; }
.footer-bar { max-width: 64rem; margin: 0 auto; padding: 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; justify-content: space-between; }
footer ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
footer a { color: var(--muted); }

.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.25rem; margin: 0 0 1rem; }
.grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); margin-bottom: 1rem; }
.grid .card { margin: 0; }
.card.highlight { border-color: var(--accent-line); background: var(--accent-soft); }
.card.highlight .plain { margin-bottom: 0; }
.stack-row .actions { margin-top: .25rem; }
.stack-row .actions form { margin: 0; }
.stat { font-size: 1.4rem; font-weight: 700; margin: 0 0 .25rem; }
.plain { list-style: none; padding: 0; margin: 0 0 .75rem; }
.plain li { padding: .4rem 0; border-bottom: 1px solid var(--soft); }
.plain li:last-child { border-bottom: 0; }
.row { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; margin-top: 1rem; }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; padding: .1rem .55rem; border-radius: 999px; background: var(--soft); color: var(--ink); }
.badge.ok { background: var(--ok-soft); color: var(--ok); }
.badge.off { background: var(--danger-soft); color: var(--danger); }

form.stack { max-width: 28rem; margin-bottom: 1rem; }
.field { margin: 0 0 1rem; }
.field label, .label { display: block; font-weight: 600; margin-bottom: .25rem; }
.hint { display: block; color: var(--muted); font-size: .9rem; margin: -.1rem 0 .35rem; }
.field-error { display: block; color: var(--danger); font-weight: 600; margin-bottom: .3rem; }
input[type=text], input[type=email], input[type=password], input[type=tel], select {
  width: 100%; font: inherit; padding: .6rem .7rem; border: 1px solid #6b7280; border-radius: 8px; background: #fff; color: var(--ink);
}
input[aria-invalid=true], select[aria-invalid=true] { border: 2px solid var(--danger); }
input.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; letter-spacing: .08em; }
.inline { display: flex; gap: .5rem; align-items: flex-end; flex-wrap: wrap; }
.inline .field { flex: 1 1 12rem; margin: 0; }
button, .button {
  font: inherit; font-weight: 600; border-radius: 8px; padding: .6rem 1.1rem; border: 1px solid var(--accent); cursor: pointer;
  background: var(--accent); color: var(--accent-ink); text-decoration: none; display: inline-block;
}
button.secondary, .button.secondary { background: var(--card); color: var(--accent); }
button.danger, .button.danger { background: var(--danger); border-color: var(--danger); color: #fff; }
button.link { background: none; border: 0; padding: 0; color: var(--accent); text-decoration: underline; font-weight: 400; }
button:disabled { opacity: .6; cursor: not-allowed; }
.buttons { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: center; margin-top: .5rem; }
details.disclosure { border-top: 1px solid var(--soft); padding: .6rem 0 0; margin-top: .6rem; }
details.disclosure summary { cursor: pointer; color: var(--accent); font-weight: 600; padding: .2rem 0; }
details.disclosure[open] summary { margin-bottom: .75rem; }
.captcha { display: block; border: 1px solid var(--line); border-radius: 8px; margin: .25rem 0 .5rem; max-width: 100%; height: auto; background: #fff; }
/* What the script hides stays hidden, whatever display a class gives it (the image code once the proof of work is done). */
[hidden] { display: none !important; }

.notice { border-radius: var(--radius); padding: .8rem 1rem; margin: 0 0 1rem; border: 1px solid; }
.notice.info { background: var(--accent-soft); border-color: var(--accent-line); }
.notice.success { background: var(--ok-soft); border-color: #bbf7d0; color: #14532d; }
.notice.warning { background: #fffbeb; border-color: #fcd34d; }
.notice p:last-child, .notice form { margin-bottom: 0; }
.error-summary { border: 3px solid var(--danger); border-radius: var(--radius); padding: 1rem 1.25rem; margin: 0 0 1.25rem; background: var(--card); }
.error-summary:focus { outline: 3px solid var(--focus); }
.error-summary h2 { color: var(--danger); font-size: 1.1rem; }
.error-summary ul { margin: 0; padding-left: 1.2rem; }
.error-summary a { color: var(--danger); font-weight: 600; }

.table-wrap { overflow-x: auto; margin: 0 0 .75rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
/* Fixed layout: tables of the same kind (one per device) share their column widths, so they line up. */
table.aligned { table-layout: fixed; }
th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid var(--line); vertical-align: middle; overflow-wrap: anywhere; }
th { font-size: .85rem; color: var(--muted); font-weight: 600; }
td form { margin: 0; }
.qr { display: block; width: 200px; height: 200px; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 6px; }
code, .secret { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
.secret { background: var(--soft); padding: .3rem .5rem; border-radius: 6px; display: inline-block; }
pre.message { white-space: pre-wrap; word-break: break-word; margin: 0; font-size: .85rem; max-height: 14rem; overflow: auto; }
.auth-links { margin-top: 1.25rem; display: flex; flex-direction: column; gap: .35rem; }

@media (min-width: 48rem) {
  .nav { width: auto; order: 0; }
  h1 { font-size: 2rem; }
}
`;
