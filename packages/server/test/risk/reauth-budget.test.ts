// A signed-in session is no password oracle: re-authentication before sensitive changes has its own budget per account.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, signUp } from '../support/journey.js';
import { PASSWORD, backends, codesOf } from './risk-support.js';

for (const backend of backends()) {
  describe(`re-authentication budget on ${backend.name}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend);
    });
    after(async () => {
      await s.close();
    });

    test('30 racing wrong passwords: at most 10 checked, then even the right one waits for the window', async () => {
      const { token } = await signUp(s, { email: 'session@example.com', password: PASSWORD });
      const replies = await Promise.all(
        Array.from({ length: 30 }, () =>
          call(s, 'POST', '/v1/account/totp', { password: 'wrong-password-1' }, { token }),
        ),
      );
      const codes = codesOf(replies);
      assert.equal(codes.PASSWORD_INCORRECT, 10, JSON.stringify(codes));
      assert.equal(codes.ACCOUNT_THROTTLED, 20, JSON.stringify(codes));
      const refused = await call(s, 'POST', '/v1/account/totp', { password: PASSWORD }, { token });
      assert.equal(refused.status, 429);
      s.clock.advance(3600_000);
      assert.equal((await call(s, 'POST', '/v1/account/totp', { password: PASSWORD }, { token })).status, 200);
    });
  });
}
