// Property test: 100,000 mutated or re-signed license tokens, none accepted (alg none/HS256/others, flipped bits,
// cut signatures, a foreign key with the same kid, another device or app); a sample also goes through status().
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { createClient, createFileStore } from '@tessera/sdk';
import { evaluateClaims } from '../src/license/evaluate.js';
import { KeyRing } from '../src/license/key-ring.js';
import { pinOf } from '../src/license/key-pin.js';
import { verifyTokenSignature } from '../src/license/token-verifier.js';
import { removeHomes, tempHome } from './support/harness.js';

const SERVER = 'https://accounts.example.com';
const KID = 'key_property';
const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const EXPECT = { appId: 'app.secure', deviceId: 'dev_mine', now: NOW };

const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const real = generateKeyPairSync('ed25519');
const publicJwk = { ...real.publicKey.export({ format: 'jwk' }), kid: KID, alg: 'EdDSA', use: 'sig' };
const rawPublicKey = Buffer.from(publicJwk.x!, 'base64url');
const publicPem = real.publicKey.export({ format: 'pem', type: 'spki' });
// A few other Ed25519 keys: signatures that are valid, just not by the server.
const foreign = Array.from({ length: 8 }, () => generateKeyPairSync('ed25519').privateKey);

const HEADER = { alg: 'EdDSA', kid: KID, typ: 'tessera-license+jwt' };
const PAYLOAD = {
  device: 'dev_mine',
  app: 'app.secure',
  plan: 'personal',
  features: ['premium'],
  subscription: 'sub_1',
  subscription_ends_at: null,
  grace: 3 * 86400,
  iss: SERVER,
  sub: 'acc_1',
  aud: 'app.secure',
  iat: NOW / 1000 - 60,
  exp: NOW / 1000 + 86400,
};

function signed(header: object, payload: object, key: KeyObject = real.privateKey): string {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`;
  return `${input}.${b64(sign(null, Buffer.from(input), key))}`;
}
const ORIGINAL = signed(HEADER, PAYLOAD);

const ring = new KeyRing();
const keys = ring.keysOf({ fetchedAt: new Date(NOW).toISOString(), keys: [publicJwk] });
const verdict = (token: string) => {
  const check = verifyTokenSignature(token, (kid) => keys.get(kid));
  return check.ok ? evaluateClaims(check.claims, EXPECT) : { state: 'not_connected' as const, reason: check.reason };
};

function flipBit(bytes: Buffer, index: number, bit: number): Buffer {
  const copy = Buffer.from(bytes);
  const i = index % copy.length;
  copy[i] = copy[i]! ^ (1 << bit);
  return copy;
}

// Each arbitrary yields a token that must not be accepted.
const algSwapped = fc
  .record({
    alg: fc.constantFrom<unknown>(
      'none',
      'None',
      'NONE',
      'HS256',
      'HS384',
      'HS512',
      'RS256',
      'ES256',
      'PS256',
      'Ed25519',
      'eddsa',
      'EdDSA ',
      '',
      null,
      1,
      ['EdDSA'],
      { alg: 'EdDSA' },
    ),
    signature: fc.constantFrom(
      'empty',
      'original',
      'hmac(raw public key)',
      'hmac(public PEM)',
      'hmac(public JWK)',
      'hmac(x)',
    ),
  })
  .map(({ alg, signature }) => {
    const input = `${b64(JSON.stringify({ ...HEADER, alg }))}.${ORIGINAL.split('.')[1]}`;
    const hmac = (secret: string | Buffer) => b64(createHmac('sha256', secret).update(input).digest());
    const sig = {
      empty: '',
      original: ORIGINAL.split('.')[2]!,
      'hmac(raw public key)': hmac(rawPublicKey),
      'hmac(public PEM)': hmac(publicPem),
      'hmac(public JWK)': hmac(JSON.stringify(publicJwk)),
      'hmac(x)': hmac(publicJwk.x!),
    }[signature];
    return `${input}.${sig}`;
  });

const bitsFlipped = fc
  .record({
    flips: fc.array(
      fc.record({ part: fc.integer({ min: 0, max: 2 }), index: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ flips }) => {
    const parts: Buffer[] = ORIGINAL.split('.').map((p) => Buffer.from(p, 'base64url'));
    for (const f of flips) parts[f.part] = flipBit(parts[f.part]!, f.index, f.bit);
    return parts.map((p) => p.toString('base64url')).join('.');
  })
  .filter((t) => t !== ORIGINAL);

// Flips in the text itself, including ones Node's lenient decoder would ignore (spare bits, foreign characters).
const charsFlipped = fc.record({ index: fc.nat(), bit: fc.integer({ min: 0, max: 6 }) }).map(({ index, bit }) => {
  const i = index % ORIGINAL.length;
  return ORIGINAL.slice(0, i) + String.fromCharCode(ORIGINAL.charCodeAt(i) ^ (1 << bit)) + ORIGINAL.slice(i + 1);
});

const cut = fc.oneof(
  fc.nat().map((n) => ORIGINAL.slice(0, ORIGINAL.lastIndexOf('.') + 1 + (n % 86))),
  fc.nat().map((n) => ORIGINAL.slice(0, n % ORIGINAL.length)),
  fc.constantFrom(
    ORIGINAL.split('.').slice(0, 2).join('.'),
    ORIGINAL.replace('.', ''),
    `${ORIGINAL}.`,
    `${ORIGINAL}.e30`,
    `${ORIGINAL}=`,
    ` ${ORIGINAL}`,
    '',
  ),
);

const upgraded = fc.record({
  plan: fc.constantFrom('personal', 'family', 'enterprise'),
  exp: fc.integer({ min: NOW / 1000, max: NOW / 1000 + 10 * 365 * 86400 }),
});
const foreignSigned = fc
  .record({ key: fc.integer({ min: 0, max: foreign.length - 1 }), change: upgraded })
  .map(({ key, change }) => signed(HEADER, { ...PAYLOAD, ...change }, foreign[key]));

// Validly signed by the server's own key, but for someone else, or not a license at all.
const notForMe = fc.oneof(
  fc
    .constantFrom('dev_other', 'dev_mine ', 'DEV_MINE', '')
    .map((device) => ({ token: signed(HEADER, { ...PAYLOAD, device }), reason: 'WRONG_DEVICE' })),
  fc
    .constantFrom('app.vpn', 'app.secure.evil', 'APP.SECURE')
    .map((app) => ({ token: signed(HEADER, { ...PAYLOAD, app, aud: app }), reason: 'WRONG_APP' })),
  fc
    .constantFrom('app.vpn', ['app.vpn'])
    .map((aud) => ({ token: signed(HEADER, { ...PAYLOAD, aud }), reason: 'WRONG_APP' })),
  fc
    .integer({ min: 0, max: NOW / 1000 - 3 * 86400 })
    .map((exp) => ({ token: signed(HEADER, { ...PAYLOAD, exp }), reason: 'TOKEN_EXPIRED' })),
  fc
    .constantFrom<object>(
      { crit: ['b64'], b64: false },
      { typ: 'JWT' },
      { kid: 'key_other' },
      { kid: undefined },
      { kid: 7 },
    )
    .map((extra) => ({ token: signed({ ...HEADER, ...extra }, PAYLOAD), reason: 'any' })),
  fc
    .constantFrom<object>(
      { exp: undefined },
      { exp: '9999999999' },
      { features: 'premium' },
      { sub: null },
      { grace: -1 },
    )
    .map((change) => ({ token: signed(HEADER, { ...PAYLOAD, ...change }), reason: 'TOKEN_INVALID' })),
);

const anyForged = fc.oneof(
  algSwapped,
  bitsFlipped,
  charsFlipped,
  cut,
  foreignSigned,
  notForMe.map((x) => x.token),
);

describe('license tokens that must not pass', () => {
  after(removeHomes);

  test('the genuine token passes (the control)', () => {
    assert.equal(verdict(ORIGINAL).state, 'connected');
  });

  test('100,000 mutated or re-signed tokens: none accepted', () => {
    const runs = {
      algSwapped: 15_000,
      bitsFlipped: 25_000,
      charsFlipped: 20_000,
      cut: 10_000,
      foreignSigned: 15_000,
      notForMe: 15_000,
    };
    const rejected = (token: string) => verdict(token).state === 'not_connected';
    fc.assert(fc.property(algSwapped, rejected), { numRuns: runs.algSwapped });
    fc.assert(fc.property(bitsFlipped, rejected), { numRuns: runs.bitsFlipped });
    fc.assert(
      fc.property(charsFlipped, (t) => t === ORIGINAL || rejected(t)),
      { numRuns: runs.charsFlipped },
    );
    fc.assert(fc.property(cut, rejected), { numRuns: runs.cut });
    fc.assert(
      fc.property(
        foreignSigned,
        (t) => verdict(t).state === 'not_connected' && (verdict(t) as { reason: string }).reason === 'TOKEN_INVALID',
      ),
      { numRuns: runs.foreignSigned },
    );
    fc.assert(
      fc.property(notForMe, ({ token, reason }) => {
        const v = verdict(token);
        return v.state === 'not_connected' && (reason === 'any' || v.reason === reason);
      }),
      { numRuns: runs.notForMe },
    );
    assert.equal(
      Object.values(runs).reduce((a, b) => a + b, 0),
      100_000,
    );
  });

  test('status() itself refuses a sample of them from the app file', async () => {
    const store = createFileStore({ home: tempHome() });
    // As the SDK stores a set it fetched from SERVER: pinned to it.
    await store.writeKeys(SERVER, {
      server: SERVER,
      fetchedAt: new Date(NOW).toISOString(),
      keys: [publicJwk],
      pin: pinOf(await store.pinSecret!(), SERVER, [publicJwk]),
    });
    const app = createClient({
      server: SERVER,
      appId: 'app.secure',
      store,
      clock: () => NOW,
      fetch: () => Promise.reject(new Error('offline')),
    });
    const state = {
      server: SERVER,
      appId: 'app.secure',
      deviceId: 'dev_mine',
      accountId: 'acc_1',
      credential: 'tdc_1',
      licenseToken: ORIGINAL,
      connectedAt: new Date(NOW).toISOString(),
      lastCheckInAt: new Date(NOW).toISOString(),
    };
    await store.writeApp('app.secure', state);
    assert.equal((await app.status()).state, 'connected');
    for (const token of fc.sample(anyForged, { numRuns: 300, seed: 42 })) {
      if (token === ORIGINAL) continue;
      await store.writeApp('app.secure', { ...state, licenseToken: token });
      assert.equal((await app.status()).state, 'not_connected', token);
    }
    // The genuine token on another device's state is refused too.
    await store.writeApp('app.secure', { ...state, deviceId: 'dev_other' });
    assert.equal(((await app.status()) as { reason: string }).reason, 'WRONG_DEVICE');
  });
});
