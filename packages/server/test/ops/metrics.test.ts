// /metrics: Node and process series, request series, and business counters that move with the journey; one registry per instance.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { addPhone, call, connectApp, signInWithPassword, signUp } from '../support/journey.js';
import { Histogram, Registry } from 'prom-client';
import { createMetrics } from '../../src/metrics/index.js';
import { talliedHistogram } from '../../src/metrics/tallied-histogram.js';

const PASSWORD = 'lantern-harbour-42';

async function scrape(s: TestServer): Promise<string> {
  const r = await s.tessera.app.inject({ url: '/metrics' });
  assert.equal(r.statusCode, 200);
  assert.match(String(r.headers['content-type']), /^text\/plain; version=0\.0\.4/);
  return r.body;
}

/** The value of one series, 0 when absent. */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('/metrics', () => {
  test('standard Node and process series are there, with the request series', async () => {
    const s = await startTestServer({ db: 'sqlite' });
    try {
      await call(s, 'GET', '/healthz');
      const text = await scrape(s);
      for (const name of [
        'process_cpu_user_seconds_total',
        'process_resident_memory_bytes',
        'nodejs_eventloop_lag_seconds',
        'nodejs_heap_size_used_bytes',
        'nodejs_gc_duration_seconds',
      ]) {
        assert.match(text, new RegExp(`^# TYPE ${name} `, 'm'), name);
      }
      assert.equal(value(text, 'tessera_http_requests_total{method="GET",route="/healthz",status="200"}'), 1);
      assert.equal(value(text, 'tessera_http_request_duration_seconds_count{method="GET",route="/healthz"}'), 1);
    } finally {
      await s.close();
    }
  });

  test('sign-ins by outcome, SMS per country, emails and check-ins move; a second instance counts its own', async () => {
    const s = await startTestServer({ db: 'sqlite', overrides: { sms: { perNumberHour: 1 } } });
    const other = await startTestServer({ db: 'sqlite' });
    try {
      const email = 'metrics@example.com';
      await signUp(s, { email, password: PASSWORD }); // one email
      const connected = await connectApp(s, { email, password: PASSWORD });
      assert.equal(connected.body.step, 'done', JSON.stringify(connected.body));
      const checkIn = await call(s, 'POST', '/v1/check-in', { credential: connected.body.result!.deviceCredential });
      assert.equal(checkIn.status, 200);
      assert.equal((await call(s, 'POST', '/v1/check-in', { credential: 'tdc_nothing' })).status >= 400, true);
      await signInWithPassword(s, email, 'wrong-password-here');
      const { token } = await signInWithPassword(s, email, PASSWORD).then((r) => ({
        token: r.body.result!.session!.token,
      }));
      await addPhone(s, token, '+12015550177', PASSWORD); // SMS sent to US
      await signInWithPassword(s, email, PASSWORD); // the second SMS this hour: refused

      const text = await scrape(s);
      assert.equal(value(text, 'tessera_sign_ins_total{kind="connect",outcome="succeeded"}'), 1);
      assert.equal(value(text, 'tessera_sign_ins_total{kind="sign_in",outcome="CREDENTIALS_INVALID"}'), 1);
      assert.equal(value(text, 'tessera_sign_ins_total{kind="sign_in",outcome="succeeded"}'), 1);
      assert.equal(value(text, 'tessera_emails_total{purpose="email_verification",outcome="sent"}'), 1);
      assert.equal(value(text, 'tessera_sms_total{country="US",outcome="sent"}'), 1);
      assert.equal(value(text, 'tessera_sms_total{country="US",outcome="refused"}'), 1);
      assert.equal(value(text, 'tessera_check_ins_total{outcome="VALID"}'), 1);
      assert.equal(value(text, 'tessera_check_ins_total{outcome="DEVICE_CREDENTIAL_INVALID"}'), 1);

      const elsewhere = await scrape(other);
      assert.equal(
        value(elsewhere, 'tessera_sign_ins_total{kind="connect",outcome="succeeded"}'),
        0,
        'instances keep their own counts',
      );
      assert.match(elsewhere, /^# TYPE nodejs_eventloop_lag_seconds /m);
    } finally {
      await other.close();
      await s.close();
    }
  });

  test('the check-in cache reports its hits, misses and entries', async () => {
    const s = await startTestServer({ db: 'sqlite' });
    try {
      const email = 'cache-metrics@example.com';
      await signUp(s, { email, password: PASSWORD });
      const connected = await connectApp(s, { email, password: PASSWORD });
      assert.equal(connected.body.step, 'done', JSON.stringify(connected.body));
      let credential = connected.body.result!.deviceCredential!;
      // The first check-in after connecting re-issues (connect keeps no token for check-in) and keeps the new
      // credential's answer; the second and third are served from memory.
      for (let i = 0; i < 3; i++) {
        const r = await call(s, 'POST', '/v1/check-in', { credential });
        assert.equal(r.status, 200);
        credential = r.body.deviceCredential;
      }
      const text = await scrape(s);
      assert.equal(value(text, 'tessera_check_in_cache_lookups_total{result="miss"}'), 1);
      assert.equal(value(text, 'tessera_check_in_cache_lookups_total{result="hit"}'), 2);
      assert.equal(value(text, 'tessera_check_in_cache_entries'), 1);
    } finally {
      await s.close();
    }
  });
});

test('a tallied counter hands every increment to the series once, however often it is read', async () => {
  const metrics = createMetrics();
  const valid = metrics.checkIns.tally('VALID');
  const refused = metrics.checkIns.tally('DEVICE_DISCONNECTED');
  valid.inc();
  valid.inc();
  refused.inc();
  let text = await metrics.text();
  assert.equal(value(text, 'tessera_check_ins_total{outcome="VALID"}'), 2);
  assert.equal(value(text, 'tessera_check_ins_total{outcome="DEVICE_DISCONNECTED"}'), 1);
  // Read again with nothing new: nothing counted twice. Then one more, through a tally found again.
  text = await metrics.text();
  assert.equal(value(text, 'tessera_check_ins_total{outcome="VALID"}'), 2);
  metrics.checkIns.tally('VALID').inc();
  text = await metrics.text();
  assert.equal(value(text, 'tessera_check_ins_total{outcome="VALID"}'), 3);
});

test("a tallied histogram reads as prom-client's own histogram given the same observations", async () => {
  const config = { help: 'Durations.', labelNames: ['method', 'route'] as const, buckets: [0.005, 0.05, 1] };
  const ours = new Registry();
  const theirs = new Registry();
  const tallied = talliedHistogram({ ...config, name: 'd_seconds', registers: [ours] });
  const reference = new Histogram({ ...config, name: 'd_seconds', registers: [theirs] });
  const observations: Array<[string, string, number]> = [
    ['POST', '/v1/check-in', 0.00002],
    ['POST', '/v1/check-in', 0.005], // on a bound: counted in that bucket, as Prometheus's `le` says
    ['POST', '/v1/check-in', 0.2],
    ['GET', '/healthz', 3], // above every bound: +Inf alone
  ];
  for (const [method, route, seconds] of observations) {
    tallied.tally(method, route).observe(seconds);
    reference.observe({ method, route }, seconds);
  }
  assert.equal(await ours.metrics(), await theirs.metrics());
  ours.resetMetrics();
  assert.match(await ours.metrics(), /^d_seconds_count\{method="POST",route="\/v1\/check-in"\} 0$/m);
});
