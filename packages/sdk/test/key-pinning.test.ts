// The pen test's planted key: a key added to the cached key file (or a set from elsewhere) never verifies a token;
// only a set the SDK fetched from its server's /v1/keys, pinned to that server, is trusted.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appClient, expectStep, makeAccount, PASSWORD, tempHome, useLiveServer } from './support/harness.js';

const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const keyFile = (home: string, server: string) =>
  join(home, 'keys', `${createHash('sha256').update(server).digest('hex').slice(0, 32)}.json`);

/** An attacker's key pair and a `plan=family` token it signs with the genuine token's claims otherwise. */
function forgeFamily(genuine: string) {
  const pair = generateKeyPairSync('ed25519');
  const jwk = { ...pair.publicKey.export({ format: 'jwk' }), kid: 'key_planted', alg: 'EdDSA', use: 'sig' };
  const payload = {
    ...JSON.parse(Buffer.from(genuine.split('.')[1]!, 'base64url').toString()),
    plan: 'family',
    features: ['premium'],
  };
  const input = `${b64(JSON.stringify({ alg: 'EdDSA', kid: jwk.kid, typ: 'tessera-license+jwt' }))}.${b64(JSON.stringify(payload))}`;
  return { jwk, token: `${input}.${b64(sign(null, Buffer.from(input), pair.privateKey))}` };
}

describe('key sets pinned to the server', () => {
  const server = useLiveServer();

  test('a key planted in the key file, a re-written file and a set from another server are refused by status()', async () => {
    await makeAccount(server(), { email: 'pin@example.com' });
    const home = tempHome();
    const app = appClient(server(), home, 'app.secure');
    const first = await app.connect();
    expectStep(await expectStep(first, 'credentials').submit({ email: 'pin@example.com', password: PASSWORD }), 'done');
    const genuine = await app.status();
    assert.equal(genuine.state, 'connected');

    const appFile = join(home, 'apps', 'app.secure.json');
    const state = json(appFile);
    const { jwk, token } = forgeFamily(state.licenseToken);
    writeFileSync(appFile, JSON.stringify({ ...state, licenseToken: token }), { mode: 0o600 });
    const pinned = json(keyFile(home, server().url));
    assert.equal(pinned.server, server().url);
    assert.equal(typeof pinned.pin, 'string');

    const attempts: Array<[string, object]> = [
      ['a key added to the pinned set', { ...pinned, keys: [...pinned.keys, jwk] }],
      ['the set replaced, pin left', { ...pinned, keys: [jwk] }],
      ['a set without server or pin', { fetchedAt: pinned.fetchedAt, keys: [...pinned.keys, jwk] }],
      [
        'a set re-pinned without the secret',
        {
          ...pinned,
          keys: [...pinned.keys, jwk],
          pin: b64(
            createHash('sha256')
              .update(JSON.stringify([server().url, [...pinned.keys, jwk]]))
              .digest(),
          ),
        },
      ],
      ['a set naming another server', { ...pinned, server: 'https://elsewhere.example', keys: [...pinned.keys, jwk] }],
    ];
    for (const [what, file] of attempts) {
      writeFileSync(keyFile(home, server().url), JSON.stringify(file), { mode: 0o600 });
      const status = await appClient(server(), home, 'app.secure').status();
      assert.equal(status.state, 'not_connected', what);
      assert.equal((status as { reason: string }).reason, 'KEY_UNKNOWN', what);
    }

    // A check-in puts the server's truth back: its own keys, pinned again, and the plan this device really has.
    const checked = await appClient(server(), home, 'app.secure').checkIn();
    assert.ok(checked.ok, JSON.stringify(checked));
    assert.equal(checked.status.state === 'connected' && checked.status.plan, 'free');
    assert.ok(!json(keyFile(home, server().url)).keys.some((k: { kid: string }) => k.kid === jwk.kid));
  });
});
