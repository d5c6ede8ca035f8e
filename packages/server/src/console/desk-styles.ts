// The licensing desk's and overview's additions to the console stylesheet: figures, charts, number columns, the
// statement preview's columns, checkbox lists and one-time secrets.
export const DESK_STYLES = `
dl.figures { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); margin: 0 0 1rem; }
.figure { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; }
.figure dt { color: var(--muted); font-size: .85rem; }
.figure dd { margin: .2rem 0 0; font-size: 1.6rem; font-weight: 700; }
.chart-box { margin: 0 0 .75rem; max-width: 100%; overflow-x: auto; }
.chart-box svg { display: block; max-width: 100%; height: auto; }
.chart-box text { fill: var(--ink); font-family: inherit; }
caption { text-align: left; color: var(--muted); font-size: .85rem; padding: 0 0 .3rem; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
.stack { max-width: 40rem; }
textarea { font: inherit; padding: .45rem .55rem; border: 1px solid #6b7280; border-radius: 6px; width: 100%; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .8rem; padding: .5rem .75rem; }
legend { font-weight: 600; padding: 0 .25rem; }
.checks { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .2rem 1rem; }
.check { display: flex; align-items: center; gap: .4rem; padding: .15rem 0; }
.columns { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); }
code.secret { display: inline-block; padding: .3rem .5rem; background: var(--card); border: 1px solid var(--line); border-radius: 6px; overflow-wrap: anywhere; }
pre.payload { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: .75rem; overflow: auto; max-height: 32rem; margin: 0; }
progress { width: 100%; max-width: 32rem; height: 1.2rem; }
td.actions { display: table-cell; margin: 0; }
td.actions form.inline { margin: .2rem .4rem .2rem 0; }
form.filter { align-items: center; margin: 0 0 1rem; }
`;
