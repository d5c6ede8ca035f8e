// Tests for TOTP: RFC 6238 vectors, base32, the drift window and replay refusal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  hotp,
  totpCode,
  totpStep,
  totpUri,
  verifyTotp,
} from '../../src/identity/totp.js';

const RFC_KEY = Buffer.from('12345678901234567890', 'ascii');
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
// RFC 6238 Appendix B, SHA-1 column: seconds → 8-digit TOTP.
const VECTORS: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

test('base32 round trip and the RFC secret', () => {
  assert.equal(base32Encode(RFC_KEY), RFC_SECRET);
  assert.deepEqual(base32Decode(RFC_SECRET), RFC_KEY);
  assert.equal(base32Encode(Buffer.from('foobar')), 'MZXW6YTBOI'); // RFC 4648 §10, without padding
  assert.deepEqual(base32Decode('mzxw 6ytb oi======'), Buffer.from('foobar'));
  assert.throws(() => base32Decode('MZXW1'));
});

test('RFC 6238 SHA-1 test vectors', () => {
  for (const [seconds, expected] of VECTORS) {
    assert.equal(hotp(RFC_KEY, totpStep(seconds * 1000), 8), expected, `T=${seconds}`);
    assert.equal(totpCode(RFC_SECRET, seconds * 1000), expected.slice(-6), `T=${seconds}`);
  }
});

test('generated secrets are 20 bytes of base32 without padding', () => {
  const secret = generateTotpSecret();
  assert.match(secret, /^[A-Z2-7]{32}$/);
  assert.equal(base32Decode(secret).length, 20);
  assert.notEqual(generateTotpSecret(), secret);
});

test('totpUri carries issuer, account and parameters', () => {
  assert.equal(
    totpUri({ secret: RFC_SECRET, account: 'alice@example.com', issuer: 'Acme Co' }),
    `otpauth://totp/Acme%20Co:alice%40example.com?secret=${RFC_SECRET}&issuer=Acme%20Co&algorithm=SHA1&digits=6&period=30`,
  );
});

test('verifyTotp accepts the current step and one step of drift by default', () => {
  const now = 1234567890_000;
  const step = totpStep(now);
  assert.deepEqual(verifyTotp({ secret: RFC_SECRET, code: totpCode(RFC_SECRET, now), now }), { ok: true, step });
  assert.deepEqual(verifyTotp({ secret: RFC_SECRET, code: totpCode(RFC_SECRET, now - 30_000), now }), {
    ok: true,
    step: step - 1,
  });
  assert.deepEqual(verifyTotp({ secret: RFC_SECRET, code: totpCode(RFC_SECRET, now + 30_000), now }), {
    ok: true,
    step: step + 1,
  });
  assert.deepEqual(verifyTotp({ secret: RFC_SECRET, code: totpCode(RFC_SECRET, now - 60_000), now }), { ok: false });
  assert.deepEqual(verifyTotp({ secret: RFC_SECRET, code: totpCode(RFC_SECRET, now - 60_000), now, window: 2 }), {
    ok: true,
    step: step - 2,
  });
  assert.deepEqual(verifyTotp({ secret: RFC_SECRET, code: totpCode(RFC_SECRET, now), now, window: 0 }), {
    ok: true,
    step,
  });
});

test('verifyTotp accepts the spaced display form and rejects malformed codes', () => {
  const now = 59_000;
  const code = totpCode(RFC_SECRET, now);
  assert.equal(verifyTotp({ secret: RFC_SECRET, code: `${code.slice(0, 3)} ${code.slice(3)}`, now }).ok, true);
  for (const bad of ['', '12345', '1234567', 'abcdef', '94287082']) {
    assert.deepEqual(verifyTotp({ secret: RFC_SECRET, code: bad, now }), { ok: false }, bad);
  }
});

test('verifyTotp refuses a step at or before lastUsedStep', () => {
  const now = 2000000000_000;
  const code = totpCode(RFC_SECRET, now);
  const first = verifyTotp({ secret: RFC_SECRET, code, now });
  assert.equal(first.ok, true);
  const lastUsedStep = first.ok ? first.step : -1;
  assert.deepEqual(verifyTotp({ secret: RFC_SECRET, code, now, lastUsedStep }), { ok: false });
  // Still refused a step later, while the code is within the drift window.
  assert.deepEqual(verifyTotp({ secret: RFC_SECRET, code, now: now + 30_000, lastUsedStep }), { ok: false });
  // An older code is refused too once a newer one was used.
  const previous = totpCode(RFC_SECRET, now - 30_000);
  assert.deepEqual(verifyTotp({ secret: RFC_SECRET, code: previous, now, lastUsedStep }), { ok: false });
  // The next code is fine.
  const next = totpCode(RFC_SECRET, now + 30_000);
  assert.deepEqual(verifyTotp({ secret: RFC_SECRET, code: next, now: now + 30_000, lastUsedStep }), {
    ok: true,
    step: lastUsedStep + 1,
  });
});
