// The pen test's premium-rate numbers: only mobile-capable numbers get SMS codes, and an operator deny-list of prefixes holds.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, outboxCount, signUp } from '../support/journey.js';
import { checkSmsDestination } from '../../src/messaging/index.js';
import { loadConfig } from '../../src/config/index.js';

const PASSWORD = 'lantern-harbour-42';

/** Premium-rate numbers in countries SMS may go to by default: the pen test's ranges, each valid by full metadata. */
const PREMIUM = [
  '+1 900 555 1234',
  '+44 909 123 4567',
  '+44 871 123 4567',
  '+33 8 99 12 34 56',
  '+49 9001 123456',
  '+61 1900 123 456',
  '+81 990 123 456',
];
/** Other numbers no phone has: toll-free, personal, shared cost. */
const NOT_PHONES = ['+1 800 555 0100', '+1 500 555 0006', '+44 800 123 4567', '+33 8 00 12 34 56'];
const MOBILES = [
  '+84 912 345 678',
  '+1 201 555 0123',
  '+44 7400 123456',
  '+33 6 12 34 56 78',
  '+49 151 12345678',
  '+61 412 345 678',
  '+81 90 1234 5678',
];

describe('SMS destinations', () => {
  const policy = loadConfig({ overrides: { logLevel: 'silent' } }).sms;
  const defaults = { allowedCountries: policy.allowedCountries, deniedPrefixes: policy.deniedPrefixes };

  test('premium-rate and other non-phone numbers are refused; mobile numbers pass', () => {
    for (const number of [...PREMIUM, ...NOT_PHONES]) {
      assert.deepEqual(checkSmsDestination(number, defaults), { ok: false, code: 'PHONE_NUMBER_NOT_ALLOWED' }, number);
    }
    for (const number of MOBILES) assert.equal(checkSmsDestination(number, defaults).ok, true, number);
  });

  test('the deny-list refuses a prefix even for a mobile number, and the shipped list still refuses premium ranges', () => {
    const denied = { ...defaults, deniedPrefixes: ['+8491234'] };
    assert.deepEqual(checkSmsDestination('+84 912 345 678', denied), { ok: false, code: 'PHONE_NUMBER_NOT_ALLOWED' });
    assert.equal(checkSmsDestination('+84 912 000 111', denied).ok, true);
    for (const prefix of ['+1900', '+44909', '+3389', '+49900', '+611900', '+81990'])
      assert.ok(defaults.deniedPrefixes.includes(prefix), prefix);
    assert.throws(() => loadConfig({ overrides: { sms: { deniedPrefixes: ['1900'] } } }), /deniedPrefixes/);
  });

  describe('through the API', () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({
        db: 'sqlite',
        overrides: {
          sms: {
            perNumberHour: 1000,
            perAccountHour: 1000,
            perIpHour: 1000,
            perNumberDay: 1000,
            perAccountDay: 1000,
            perIpDay: 1000,
          },
        },
      });
    });
    after(async () => {
      await s.close();
    });

    test('adding a premium-rate number is refused before anything is sent', async () => {
      const { token } = await signUp(s, { email: 'pumping@example.com', password: PASSWORD });
      for (const phone of PREMIUM) {
        const refused = await call(s, 'POST', '/v1/account/phone', { phone, password: PASSWORD }, { token });
        assert.equal(refused.status, 400, phone);
        assert.equal(refused.body.error.code, 'PHONE_NUMBER_NOT_ALLOWED', phone);
      }
      assert.equal((await s.tessera.stores.outbox.list({ limit: 1000 })).filter((m) => m.channel === 'sms').length, 0);
      const mobile = await call(s, 'POST', '/v1/account/phone', { phone: MOBILES[0], password: PASSWORD }, { token });
      assert.equal(mobile.status, 200);
      assert.equal(await outboxCount(s, '+84912345678'), 1);
    });
  });
});
