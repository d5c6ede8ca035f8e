// Logs: development mode writes one readable line per request; production stays JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger, loadConfig } from '../../src/index.js';
import { startTestServer } from '../support/test-server.js';

async function logOf(dev: boolean): Promise<string[]> {
  const lines: string[] = [];
  const out = {
    write: (chunk: string) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    },
  };
  const logger = createLogger(loadConfig({ overrides: { dev, logLevel: 'info' } }), out);
  const s = await startTestServer({ db: 'sqlite', logger, overrides: { dev } });
  try {
    lines.length = 0; // what startup said is not the point here
    await s.tessera.app.inject({ url: '/healthz' });
    await s.tessera.app.inject({ method: 'POST', url: '/v1/flows', payload: { kind: 'sign_in' } });
    await s.tessera.app.inject({ url: '/invitations/accept?token=secret-token' });
    await s.tessera.app.inject({ url: '/v1/nothing-here' });
    // A fleet's check-ins leave no access line (refused ones neither): /metrics counts them.
    await s.tessera.app.inject({
      method: 'POST',
      url: '/v1/check-in',
      payload: { credential: `tdc_${'x'.repeat(43)}` },
    });
    return [...lines];
  } finally {
    await s.close();
  }
}

test('development mode: one readable line per request, no query strings', async () => {
  const lines = await logOf(true);
  assert.equal(lines.length, 4, lines.join('\n'));
  assert.match(lines[0]!, /^\d\d:\d\d:\d\d\.\d{3} INFO  GET \/healthz 200 \d+ms$/);
  assert.match(lines[1]!, /^\d\d:\d\d:\d\d\.\d{3} INFO  POST \/v1\/flows 201 \d+ms$/);
  assert.match(lines[2]!, / GET \/invitations\/accept \d{3} \d+ms$/);
  assert.match(lines[3]!, / GET \/v1\/nothing-here 404 \d+ms$/, 'a 404 is one line too');
  assert.ok(!lines.join('\n').includes('secret-token'));
});

test('production: JSON lines, as before', async () => {
  const lines = await logOf(false);
  assert.ok(lines.length >= 3);
  for (const line of lines) assert.equal(typeof JSON.parse(line).level, 'number');
  assert.ok(lines.some((l) => JSON.parse(l).msg === 'request completed'));
  assert.ok(!lines.some((l) => JSON.parse(l).req?.url === '/v1/check-in'), 'no access line for check-in');
});
