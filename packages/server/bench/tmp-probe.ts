// temporary probe
import { startBenchServer, WRONG_PASSWORD } from './bench-server.js';
const server = await startBenchServer({ accounts: 200 });
const times: Record<string, number[]> = { wrong: [], unknown: [] };
for (let i = 0; i < 400; i++) {
  const kind = i % 2 ? 'unknown' : 'wrong';
  const [flow] = await server.newSignInFlows(1);
  const email = kind === 'wrong' ? server.emails[i % 200] : server.unknownEmails[i % 200];
  const s = performance.now();
  const res = await fetch(`${server.url}/v1/flows/${flow}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ step: 'credentials', email, password: WRONG_PASSWORD }) });
  await res.text();
  if (i >= 20) times[kind]!.push(performance.now() - s);
}
for (const [k, v] of Object.entries(times)) { v.sort((a, b) => a - b); console.log(k, 'mean', (v.reduce((a, b) => a + b) / v.length).toFixed(2), 'median', v[v.length >> 1]!.toFixed(2)); }
await server.close();
