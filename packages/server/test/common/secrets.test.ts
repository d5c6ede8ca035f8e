// Keyed hashes are stored (credentials, codes, tokens): their bytes must never change with how they are computed.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { createSecrets } from '../../src/common/index.js';

test('a keyed hash is HMAC-SHA256 over purpose, NUL and value, base64url (what stored hashes were made with)', () => {
  const hmacKey = Buffer.alloc(32, 7);
  const secrets = createSecrets(hmacKey, Buffer.alloc(32, 9));
  for (const [purpose, value] of [
    ['device-credential', 'tdc_E2Ess8RwWjyEGjqO8JCK74P6j9CThsJJ00-UELkIwz4'],
    ['activation-code', 'Ưu đãi-ÄÖ 🎟'],
    ['', ''],
  ] as const) {
    const expected = createHmac('sha256', hmacKey).update(purpose).update('\0').update(value).digest('base64url');
    assert.equal(secrets.keyedHash(purpose, value), expected);
    assert.equal(secrets.verifyKeyedHash(purpose, value, expected), true);
  }
});
