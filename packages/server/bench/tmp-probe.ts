// temporary probe
import { startBenchServer, WRONG_PASSWORD } from './bench-server.js';
import { runLoad } from './kit.js';
const server = await startBenchServer({ accounts: 200 });
const mode = process.argv[2] ?? 'normal';
const conns = Number(process.argv[3] ?? 2);
async function run(emails: string[], secs: number) {
  const ids = await server.newSignInFlows(600);
  let f = 0, e = 0;
  const r = await runLoad({ url: server.url, connections: conns, seconds: secs, method: 'POST',
    next: () => ({ path: `/v1/flows/${ids[f++]}`, body: JSON.stringify({ step: 'credentials', email: emails[e++ % emails.length], password: WRONG_PASSWORD }) }),
    expect: (s) => s === 400 });
  return r;
}
const A = server.emails, B = mode === 'aa' ? server.emails.slice().reverse() : server.unknownEmails;
await run(A, 1); await run(B, 1);
const sa = [0, 0], sb = [0, 0]; const ratios: number[] = [];
for (let i = 0; i < 10; i++) {
  const order = i % 2 ? [B, A] : [A, B];
  const res = new Map();
  for (const x of order) res.set(x, await run(x, 1));
  const a = res.get(A), b = res.get(B);
  sa[0] += a.latencySumMs; sa[1] += a.latencyCount; sb[0] += b.latencySumMs; sb[1] += b.latencyCount;
  ratios.push((b.latencySumMs / b.latencyCount) / (a.latencySumMs / a.latencyCount));
}
ratios.sort();
console.log(mode, conns, 'A', (sa[0] / sa[1]).toFixed(2), 'B', (sb[0] / sb[1]).toFixed(2), 'ratio', ((sb[0] / sb[1]) / (sa[0] / sa[1])).toFixed(3), 'pair ratios', ratios.map((r) => r.toFixed(2)).join(' '));
await server.close();
