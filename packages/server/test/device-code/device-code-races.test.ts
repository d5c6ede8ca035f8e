// RFC 8628 under concurrency and guessing: racing polls after approval hand the credential to exactly one; "Approve"
// racing "Deny" ends one way for the device; user-code guessing is capped per IP and across the code space.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds, trialsOn } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp } from '../support/journey.js';
import { PortalClient, textOf } from '../portal/portal-client.js';
import { askForCode, continueOnActivate, PASSWORD, poll, signedInBrowser } from './device-code-support.js';

const RACERS = 30;

for (const db of databaseKinds()) {
  // By the trial rule (support/databases.ts): PostgreSQL carries the race; one trial shows the path on SQLite.
  const TRIALS = trialsOn(db, { postgres: 3, full: 10 });
  describe(`device authorization races on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
      await signUp(s, { email: 'chi@example.com', password: PASSWORD });
    });
    after(async () => {
      await s.close();
    });

    test(`${TRIALS} trials × ${RACERS} concurrent polls after approval: exactly one gets the credential`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const code = await askForCode(s);
        const browser = await signedInBrowser(s, 'chi@example.com');
        const step = await continueOnActivate(browser, code.user_code);
        await browser.submit(step, '/activate/flow', { action: 'approve' });
        s.clock.advance(code.interval * 1000);
        const replies = await Promise.all(Array.from({ length: RACERS }, () => poll(s, code.device_code)));
        const winners = replies.filter((r) => r.status === 200);
        assert.equal(winners.length, 1, JSON.stringify(replies.map((r) => r.body.error ?? 'result')));
        assert.match(winners[0]!.body.result.deviceCredential, /^tdc_/);
        assert.ok(replies.filter((r) => r.status !== 200).every((r) => r.body.error === 'invalid_grant'));
      }
    });

    test(`${TRIALS} trials: "Approve" racing "Deny": the device gets one answer, matching what was stored`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const code = await askForCode(s);
        const approver = await signedInBrowser(s, 'chi@example.com');
        const step = await continueOnActivate(approver, code.user_code);
        const denier = new PortalClient(s, { ip: '198.51.100.99' });
        const request = await denier.get(`/activate?code=${code.user_code}`);
        const [approved, denied] = await Promise.all([
          approver.submit(step, '/activate/flow', { action: 'approve' }),
          denier.submit(request, '/activate/deny'),
        ]);
        s.clock.advance(code.interval * 1000);
        const answer = await poll(s, code.device_code);
        const approvalWon = approved.status === 303;
        assert.notEqual(approvalWon, denied.status === 200, `${approved.status} ${denied.status} ${textOf(denied)}`);
        if (approvalWon) assert.equal(answer.status, 200);
        else assert.equal(answer.body.error, 'access_denied');
      }
    });
  });
}

describe('user-code guessing is capped per IP and across the code space', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({
      db: 'sqlite',
      overrides: { deviceCode: { lookupsPerIpPerHour: 3, lookupsPerHour: 5 } },
    });
  });
  after(async () => {
    await s.close();
  });

  test('misses count, a right code does not; past the cap even a right code waits', async () => {
    const code = await askForCode(s);
    const guesser = new PortalClient(s, { ip: '192.0.2.1' });
    for (let i = 0; i < 3; i++) assert.equal((await guesser.get('/activate?code=AAAA-AAA' + 'CDE'[i])).status, 400);
    const limited = await guesser.get(`/activate?code=${code.user_code}`);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers['retry-after']) > 0);

    // A person typing the right code spends nothing; the whole code space has 2 misses left across every IP.
    const person = new PortalClient(s, { ip: '192.0.2.2' });
    for (let i = 0; i < 3; i++) assert.equal((await person.get(`/activate?code=${code.user_code}`)).status, 200);
    const other = new PortalClient(s, { ip: '192.0.2.3' });
    assert.equal((await other.get('/activate?code=AAAA-AAAF')).status, 400);
    assert.equal((await other.get('/activate?code=AAAA-AAAG')).status, 400);
    assert.equal((await other.get('/activate?code=AAAA-AAAH')).status, 429);
    assert.equal((await person.get(`/activate?code=${code.user_code}`)).status, 429);

    // An hour later the window has room again.
    s.clock.advance(3_600_000);
    const fresh = await askForCode(s);
    assert.equal((await person.get(`/activate?code=${fresh.user_code}`)).status, 200);
  });
});
