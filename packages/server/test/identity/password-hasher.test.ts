// Tests for argon2id hashing: verify, rehash detection, dummy verify, and the production parameters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createPasswordHasher,
  normalizePassword,
  OWASP_ARGON2ID,
  parseArgon2Hash,
} from '../../src/identity/password-hasher.js';

const cheap = { memoryCost: 64, timeCost: 1, parallelism: 1 };

test('hash then verify: right password ok, wrong password not', async () => {
  const hasher = createPasswordHasher(cheap);
  const stored = await hasher.hash('correct horse');
  assert.match(stored, /^\$argon2id\$v=19\$m=64,t=1,p=1\$/);
  assert.deepEqual(await hasher.verify(stored, 'correct horse'), { ok: true, needsRehash: false });
  assert.deepEqual(await hasher.verify(stored, 'correct horsf'), { ok: false, needsRehash: false });
});

test('needsRehash when the current parameters differ from the stored ones', async () => {
  const old = createPasswordHasher(cheap);
  const stored = await old.hash('correct horse');
  const stronger = createPasswordHasher({ ...cheap, timeCost: 2 });
  assert.deepEqual(await stronger.verify(stored, 'correct horse'), { ok: true, needsRehash: true });
  assert.deepEqual(await stronger.verify(stored, 'wrong'), { ok: false, needsRehash: false });
  const wider = createPasswordHasher({ ...cheap, memoryCost: 128 });
  assert.equal((await wider.verify(stored, 'correct horse')).needsRehash, true);
});

test('verifyDummy always fails, and a malformed stored hash is just a failure', async () => {
  const hasher = createPasswordHasher(cheap);
  assert.equal(await hasher.verifyDummy('anything at all'), false);
  assert.equal(await hasher.verifyDummy(''), false);
  assert.deepEqual(await hasher.verify('not-a-hash', 'anything'), { ok: false, needsRehash: false });
});

test('parseArgon2Hash reads the PHC parameters', () => {
  assert.deepEqual(parseArgon2Hash('$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2g'), {
    algorithm: 'argon2id',
    version: 19,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  assert.equal(parseArgon2Hash('$2b$10$abcdefghijklmnopqrstuv'), undefined);
});

test('normalizePassword is NFKC', () => {
  assert.equal(normalizePassword('cafe\u0301'), normalizePassword('caf\u00e9'));
  assert.equal(normalizePassword('\uFF21'), 'A');
});

test('the real OWASP parameters hash and verify', async () => {
  const hasher = createPasswordHasher();
  assert.deepEqual(hasher.params, OWASP_ARGON2ID);
  const stored = await hasher.hash('correct horse battery staple');
  assert.match(stored, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.deepEqual(await hasher.verify(stored, 'correct horse battery staple'), { ok: true, needsRehash: false });
});
