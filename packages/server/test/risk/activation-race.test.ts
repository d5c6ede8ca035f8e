// Activation codes: racing guesses from one account are checked no more often than its hourly budget.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateActivationCodes } from '../../src/licensing/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, signUp } from '../support/journey.js';
import { PASSWORD, backends, codesOf } from './risk-support.js';

for (const backend of backends()) {
  describe(`activation-code attempts on ${backend.name}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend);
    });
    after(async () => {
      await s.close();
    });

    test('40 racing well-formed guesses from one account: 10 checked, 30 refused unchecked', async () => {
      const { token } = await signUp(s, { email: 'guesser@example.com', password: PASSWORD });
      const guesses = generateActivationCodes(40);
      const codes = codesOf(
        await Promise.all(guesses.map((code) => call(s, 'POST', '/v1/subscriptions/redeem', { code }, { token }))),
      );
      assert.deepEqual(codes, { ACTIVATION_CODE_INVALID: 10, RATE_LIMITED: 30 });
    });
  });
}
