// Background mints for the console: progress to done, the codes delivered once as a CSV (never stored in plaintext),
// seen and downloaded only by the operator who started the mint; and SMS tallied per country by the wrappers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseActivationCode } from '../../src/licensing/index.js';
import { tallySms, tallySmsRefusals, utcDay, type SmsOutcome } from '../../src/overview/index.js';
import { addPhone, signUp } from '../support/journey.js';
import { ManualClock } from '../../src/common/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let s: TestServer;
before(async () => {
  s = await startTestServer({ db: 'sqlite' });
});
after(async () => {
  await s?.close();
});

const jobs = () => s.tessera.services.operator.mintJobs;

test('a mint of 1,000 codes ends done; its CSV comes once, to its operator, with valid codes of the batch', async () => {
  const started = await jobs().start({ operatorId: 'acc_op', planId: 'personal', count: 1000, note: 'shop' });
  assert.ok(started.ok);
  assert.equal(await jobs().view(started.jobId, 'acc_someone_else'), undefined);
  await jobs().idle();
  const view = await jobs().view(started.jobId, 'acc_op');
  assert.equal(view?.status, 'done');
  assert.equal(view?.minted, 1000);
  assert.equal(view?.downloadable, true);
  const batch = (await s.tessera.licensing.operator.listBatches()).find((b) => b.id === view?.batchId);
  assert.equal(batch?.count, 1000);

  // Sealed at rest: no code appears in the job's row.
  const row = await s.tessera.database.db.selectFrom('code_mint_jobs').selectAll().executeTakeFirstOrThrow();
  assert.equal((await jobs().takeCsv(started.jobId, 'acc_someone_else')).ok, false);
  const taken = await jobs().takeCsv(started.jobId, 'acc_op');
  assert.ok(taken.ok);
  const lines = taken.csv.trimEnd().split('\r\n');
  assert.equal(lines[0], 'code,batch_id,plan_id,term_days');
  assert.equal(lines.length, 1001);
  const codes = lines.slice(1).map((l) => l.split(',')[0]!);
  assert.equal(new Set(codes).size, 1000);
  assert.ok(codes.every((c) => parseActivationCode(c).ok));
  assert.ok(lines.slice(1).every((l) => l.endsWith(`,${view?.batchId},personal,${batch?.termDays}`)));
  assert.ok(!row.csv_sealed?.includes(codes[0]!));
  assert.match(taken.filename, /^activation-codes-bat_[\w-]+\.csv$/);

  assert.deepEqual(await jobs().takeCsv(started.jobId, 'acc_op'), { ok: false, reason: 'gone' });
  assert.equal((await jobs().view(started.jobId, 'acc_op'))?.downloadable, false);
});

test('the CSV is gone once its download window closes', async () => {
  const started = await jobs().start({ operatorId: 'acc_op', planId: 'personal', count: 3 });
  assert.ok(started.ok);
  await jobs().idle();
  s.clock.advance(15 * 60_000 + 1);
  assert.equal((await jobs().view(started.jobId, 'acc_op'))?.downloadable, false);
  assert.deepEqual(await jobs().takeCsv(started.jobId, 'acc_op'), { ok: false, reason: 'gone' });
});

test('bad input is refused before anything starts: an unknown plan, a count out of bounds, a bad term', async () => {
  assert.deepEqual(await jobs().start({ operatorId: 'acc_op', planId: 'nope', count: 1 }), {
    ok: false,
    problem: 'plan',
  });
  for (const count of [0, -1, 1.5, 100_001])
    assert.deepEqual(await jobs().start({ operatorId: 'acc_op', planId: 'personal', count }), {
      ok: false,
      problem: 'count',
    });
  assert.deepEqual(await jobs().start({ operatorId: 'acc_op', planId: 'personal', count: 1, termDays: -1 }), {
    ok: false,
    problem: 'term',
  });
});

test('SMS are tallied per country and outcome; a tally that cannot be written does not stop the message', async () => {
  const added: Array<[string, string, SmsOutcome]> = [];
  const errors: unknown[] = [];
  const clock = new ManualClock(Date.UTC(2026, 11, 2, 8));
  const deps = {
    store: {
      addSms: async (day: string, country: string, outcome: SmsOutcome) => {
        if (country === 'US') throw new Error('database down');
        added.push([day, country, outcome]);
      },
    },
    clock,
    onError: (e: unknown) => errors.push(e),
  };
  let ok = true;
  const sms = tallySms({ send: async () => (ok ? { ok: true } : { ok: false, reason: 'provider' }) } as never, deps);
  await sms.send({ to: '+84912345678', body: 'x', purpose: 'sign_in' } as never);
  ok = false;
  await sms.send({ to: '+84912345678', body: 'x', purpose: 'sign_in' } as never);
  ok = true;
  assert.deepEqual(await sms.send({ to: '+12025550123', body: 'x', purpose: 'sign_in' } as never), { ok: true });
  const quota = tallySmsRefusals(
    { take: async () => ({ allowed: false, code: 'SMS_QUOTA_EXCEEDED', retryAfterSeconds: 5 }) as const },
    deps,
  );
  await quota.take({ channel: 'sms', destination: '+84912345678', accountId: null, ip: '1.2.3.4' });
  await quota.take({ channel: 'email', destination: 'a@example.com', accountId: null, ip: '1.2.3.4' });
  assert.deepEqual(added, [
    ['2026-12-02', 'VN', 'sent'],
    ['2026-12-02', 'VN', 'failed'],
    ['2026-12-02', 'VN', 'refused'],
  ]);
  assert.equal(errors.length, 1);
});

test('a code sent by SMS on this server is tallied for its country today (the wiring, end to end)', async () => {
  const password = 'correct-horse-battery-9';
  const { token } = await signUp(s, { email: 'texted@example.com', password });
  await addPhone(s, token, '+84912345678', password);
  const today = await s.tessera.stores.overview.smsOn(utcDay(s.clock.now()));
  assert.deepEqual(today, [{ country: 'VN', sent: 1, failed: 0, refused: 0 }]);
});
