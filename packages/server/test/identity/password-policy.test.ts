// Tests for the NIST-style password policy: lengths in code points, NFKC, blocklist and email reuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkPassword,
  isCommonPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  preloadCommonPasswords,
} from '../../src/identity/password-policy.js';

test('too short under 8 code points, with the minimum in context', () => {
  assert.deepEqual(checkPassword('h7#kQ2z'), {
    ok: false,
    code: 'PASSWORD_TOO_SHORT',
    context: { min: PASSWORD_MIN_LENGTH },
  });
  assert.deepEqual(checkPassword(''), { ok: false, code: 'PASSWORD_TOO_SHORT', context: { min: 8 } });
});

test('exactly 8 code points is accepted', () => {
  assert.deepEqual(checkPassword('h7#kQ2zx'), { ok: true, normalized: 'h7#kQ2zx' });
});

test('no composition rules: a long lowercase passphrase is fine', () => {
  assert.equal(checkPassword('correct horse battery staple').ok, true);
});

test('length counts code points: 256 emoji accepted, 257 too long', () => {
  const emoji = '\u{1F600}';
  const ok = checkPassword(emoji.repeat(256));
  assert.equal(ok.ok, true);
  assert.deepEqual(checkPassword(emoji.repeat(257)), {
    ok: false,
    code: 'PASSWORD_TOO_LONG',
    context: { max: PASSWORD_MAX_LENGTH },
  });
  assert.deepEqual(checkPassword('a'.repeat(100_000)), { ok: false, code: 'PASSWORD_TOO_LONG', context: { max: 256 } });
});

test('NFKC-equivalent inputs give the same normalized password', () => {
  const composed = checkPassword('caf\u00e9-\uFF21\uFF22C-2042'); // é precomposed, fullwidth A B
  const decomposed = checkPassword('cafe\u0301-ABC-2042'); // e + combining acute
  assert.equal(composed.ok, true);
  assert.equal(decomposed.ok, true);
  if (composed.ok && decomposed.ok) {
    assert.equal(composed.normalized, decomposed.normalized);
    assert.equal(composed.normalized, 'caf\u00e9-ABC-2042');
  }
});

test('common passwords are rejected whatever their case', () => {
  for (const p of ['password1234', 'PASSWORD1234', 'PassWord1234', 'tessera123', 'Baseball', 'qwertyuiop']) {
    assert.deepEqual(checkPassword(p), { ok: false, code: 'PASSWORD_TOO_COMMON' }, p);
  }
  // Fullwidth letters fold to ASCII under NFKC, so they do not dodge the list.
  assert.deepEqual(checkPassword('\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44'), {
    ok: false,
    code: 'PASSWORD_TOO_COMMON',
  });
  assert.equal(isCommonPassword('Password'), true);
  assert.ok(preloadCommonPasswords() > 10_000);
});

test('the email or its local part cannot be the password', () => {
  const context = { email: 'Alice.Liddell@Example.com' };
  assert.deepEqual(checkPassword('alice.liddell@example.com', context), { ok: false, code: 'PASSWORD_TOO_COMMON' });
  assert.deepEqual(checkPassword('ALICE.LIDDELL', context), { ok: false, code: 'PASSWORD_TOO_COMMON' });
  assert.equal(checkPassword('alice.liddell!', context).ok, true);
  assert.equal(checkPassword('alice.liddell', {}).ok, true);
});
