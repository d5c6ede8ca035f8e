// The device credential in `authorization: Bearer …` with no body (what the SDK sends): the same check-in as the JSON
// body, and every ambiguous or malformed form refused as invalid input with nothing changed.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { checkIn, connected, naming, person } from './check-in-support.js';

for (const db of databaseKinds()) {
  describe(`the check-in credential in a header on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    const post = (headers: Record<string, string>, payload?: object) =>
      s.tessera.app.inject({ method: 'POST', url: '/v1/check-in', headers, ...(payload ? { payload } : {}) });

    test('the header form is the body form: in full, then unchanged, then a refusal for a credential gone', async () => {
      const app = await connected(s, await person(s, 'header'));
      const first = await post({ authorization: `Bearer ${app.credential}` });
      assert.equal(first.statusCode, 200, first.body);
      const full = JSON.parse(first.body);
      assert.ok(full.license.token, 'the first check-in re-issues, in full');
      const next = { ...app, credential: full.deviceCredential, token: full.license.token };
      const again = await post({ authorization: `Bearer ${next.credential}`, ...naming(next) });
      assert.equal(JSON.parse(again.body).unchanged, true);
      const viaBody = await checkIn(s, { ...next }, { naming: true });
      assert.deepEqual(viaBody.body, JSON.parse(again.body), 'the same answer through the body');
      const gone = await post({ authorization: `Bearer ${app.credential}x` });
      assert.equal(gone.statusCode, 401);
      assert.equal(JSON.parse(gone.body).error.code, 'DEVICE_CREDENTIAL_INVALID');
    });

    test('both forms at once, another scheme, or no credential at all: refused as invalid input, nothing changed', async () => {
      const app = await connected(s, await person(s, 'header'));
      await checkIn(s, app);
      const cases: Array<[string, Record<string, string>, object | undefined]> = [
        ['header and body', { authorization: `Bearer ${app.credential}` }, { credential: app.credential }],
        ['another scheme', { authorization: `Basic ${app.credential}` }, undefined],
        ['an empty bearer', { authorization: 'Bearer ' }, undefined],
        ['neither', {}, undefined],
      ];
      for (const [what, headers, payload] of cases) {
        const res = await post(headers, payload);
        assert.equal(res.statusCode, 400, `${what}: ${res.body}`);
        assert.equal(JSON.parse(res.body).error.code, 'VALIDATION_FAILED', what);
      }
      const after = await checkIn(s, app);
      assert.equal(after.status, 200, 'the credential still works: nothing rotated or revoked');
    });
  });
}
