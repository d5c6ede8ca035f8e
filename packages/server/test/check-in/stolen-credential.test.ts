// A stolen device credential is detected as the README says (Security → device credentials): the credential rotates
// when the license token is re-issued, so a copy is caught at the first re-issue after it was taken, when the second
// holder presents the credential the first one already rotated away; the connection then ends for both.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call } from '../support/journey.js';
import { checkIn, connected, person } from './check-in-support.js';

const REISSUE = 12 * 3_600_000; // half the default 24 h token lifetime (checkIn.reissuePercent 50)

for (const db of databaseKinds()) {
  describe(`a stolen device credential on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    test('the copy rides along only until the next re-issue; then whichever holder comes second ends the connection', async () => {
      const p = await person(s);
      const device = await connected(s, p);
      await checkIn(s, device);
      const thief = { ...device };
      // Until the token is due again, both holders present the same credential and get the same answer.
      s.clock.advance(60_000);
      assert.equal((await checkIn(s, thief)).status, 200);
      assert.equal((await checkIn(s, device)).status, 200);
      assert.equal(thief.credential, device.credential);
      // The re-issue: the thief comes first and gets the rotated credential…
      s.clock.advance(REISSUE);
      const rotated = await checkIn(s, thief);
      assert.equal(rotated.status, 200);
      assert.notEqual(thief.credential, device.credential);
      // …the real device presents the one rotated away, past the lost-answer grace: the copy is detected.
      s.clock.advance(10 * 60_000);
      const detected = await call(s, 'POST', '/v1/check-in', { credential: device.credential });
      assert.equal(detected.body.error.code, 'DEVICE_CREDENTIAL_INVALID');
      const thiefAfter = await call(s, 'POST', '/v1/check-in', { credential: thief.credential });
      assert.equal(thiefAfter.body.error.code, 'DEVICE_DISCONNECTED', 'the connection ended for the thief too');
    });

    test('a copy used after the re-issue by the rightful app is refused and ends the connection', async () => {
      const p = await person(s);
      const device = await connected(s, p);
      await checkIn(s, device);
      const copy = device.credential;
      s.clock.advance(REISSUE + 60_000);
      assert.equal((await checkIn(s, device)).status, 200);
      s.clock.advance(10 * 60_000);
      const stolen = await call(s, 'POST', '/v1/check-in', { credential: copy });
      assert.equal(stolen.body.error.code, 'DEVICE_CREDENTIAL_INVALID');
      assert.equal((await checkIn(s, device)).body.error.code, 'DEVICE_DISCONNECTED');
    });
  });
}
