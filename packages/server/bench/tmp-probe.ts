// temporary probe: CPU profile of sign-in load
import { startBenchServer, BENCH_PASSWORD } from './bench-server.js';
import { runLoad } from './kit.js';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
const server = await startBenchServer({ accounts: 200 });
async function signIn(secs: number) {
  const ids = await server.newSignInFlows(1500);
  let f = 0, e = 0;
  return runLoad({ url: server.url, connections: 8, seconds: secs, method: 'POST', requests: [{ label: 's',
    next: () => ({ path: `/v1/flows/${ids[f++]}`, body: JSON.stringify({ step: 'credentials', email: server.emails[e++ % 200], password: BENCH_PASSWORD }) }),
    expect: (s) => s === 200 }] });
}
await signIn(2);
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.setSamplingInterval', { interval: 200 }); await session.post('Profiler.start');
const r = await signIn(5);
const { profile } = await session.post('Profiler.stop');
writeFileSync('/tmp/signin.cpuprofile', JSON.stringify(profile));
console.log('rate', r.kinds[0]!.rate.toFixed(1), 'n', r.kinds[0]!.expected);
await server.close();
