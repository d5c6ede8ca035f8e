// The pen test's unlimited sessions: an account keeps at most maxSessionsPerAccount live sessions; a sign-in past
// it ends the oldest (the storage side, under concurrency, is in the SessionStore contract).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, signInWithPassword, signUp } from '../support/journey.js';

const PASSWORD = 'lantern-harbour-42';

for (const db of databaseKinds()) {
  describe(`sessions per account on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db, overrides: { maxSessionsPerAccount: 3 } });
    });
    after(async () => {
      await s.close();
    });

    test('signing in past the cap ends the oldest session; the newest stay', async () => {
      const first = (await signUp(s, { email: 'many@example.com', password: PASSWORD })).token;
      const later: string[] = [];
      for (let i = 0; i < 3; i++) {
        s.clock.advance(1000);
        const signedIn = await signInWithPassword(s, 'many@example.com', PASSWORD);
        later.push(signedIn.body.result!.session!.token);
      }
      assert.equal(
        (await call(s, 'GET', '/v1/account', undefined, { token: first })).status,
        401,
        'the oldest has ended',
      );
      for (const token of later) assert.equal((await call(s, 'GET', '/v1/account', undefined, { token })).status, 200);
      assert.equal((await call(s, 'GET', '/v1/sessions', undefined, { token: later[2] })).body.sessions.length, 3);
    });
  });
}
