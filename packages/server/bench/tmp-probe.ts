// temporary probe
import { startBenchServer, WRONG_PASSWORD } from './bench-server.js';
import { runLoad } from './kit.js';
const server = await startBenchServer({ accounts: 200 });
const mode = process.argv[2] ?? 'normal';
async function run(emails: string[], conns: number, secs: number) {
  const ids = await server.newSignInFlows(800);
  let f = 0, e = 0;
  const r = await runLoad({ url: server.url, connections: conns, seconds: secs, method: 'POST',
    next: () => ({ path: `/v1/flows/${ids[f++]}`, body: JSON.stringify({ step: 'credentials', email: emails[e++ % emails.length], password: WRONG_PASSWORD }) }),
    expect: (s) => s === 400 });
  return { mean: r.latencySumMs / r.latencyCount, n: r.latencyCount, bad: r.unexpected };
}
const A = server.emails, B = mode === 'aa' ? server.emails.slice().reverse() : server.unknownEmails;
await run(A, 2, 1); await run(B, 2, 1);
for (let i = 0; i < 3; i++) {
  const a = await run(A, 2, 2); const b = await run(B, 2, 2);
  console.log('known', a.mean.toFixed(2), a.n, ' other', b.mean.toFixed(2), b.n, ' ratio', (b.mean / a.mean).toFixed(2));
}
await server.close();
