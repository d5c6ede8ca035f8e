// Checks the ALTCHA proof of work: what solving costs, and that forged, reused, expired or foreign payloads are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { M } from '@tessera/protocol';
import { ephemeralSecrets } from '../../src/common/index.js';
import { createPowCaptcha } from '../../src/captcha/index.js';
import { createAltchaChallenge, verifyAltchaPayload, type AltchaChallenge } from '../../src/captcha/altcha.js';
import { payloadOf, solveChallenge as solve, solvedPayload } from '../support/proof-of-work.js';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const TTL = 5 * 60_000;

test('solving costs maxNumber / 2 hashes on average, never more than maxNumber + 1', () => {
  const secrets = ephemeralSecrets();
  const maxNumber = 2000;
  const runs = 200;
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const c = createAltchaChallenge(secrets, { now: NOW, ttlMs: TTL, maxNumber });
    const { hashes } = solve(c);
    assert.ok(hashes <= maxNumber + 1);
    total += hashes;
  }
  const mean = total / runs;
  process.stdout.write(
    `# mean hashes per solution: ${mean.toFixed(0)} (maxNumber ${maxNumber}, expected ${(maxNumber / 2 + 1).toFixed(0)})\n`,
  );
  // The number is uniform on 0..maxNumber: the mean of 200 draws has a standard deviation of about 41.
  assert.ok(Math.abs(mean - (maxNumber / 2 + 1)) < 200, `mean ${mean}`);
});

test('a solved challenge passes; forged, foreign, expired or malformed payloads are refused with their reason', () => {
  const secrets = ephemeralSecrets();
  const c = createAltchaChallenge(secrets, { now: NOW, ttlMs: TTL, maxNumber: 500 });
  const check = (payload: string, now = NOW + 1000, issued = c.challenge) => {
    const result = verifyAltchaPayload(secrets, { payload, issued, now });
    return result.ok ? 'OK' : result.why;
  };
  const { number } = solve(c);
  assert.equal(check(solvedPayload(c)), 'OK');
  assert.equal(check(solvedPayload(c, { number: number + 1 })), 'WRONG_NUMBER');
  // A challenge the client made up itself, with a hash that fits: the signature gives it away.
  const forged = {
    ...c,
    salt: 'aa?expires=9999999999',
    challenge: createHash('sha256').update('aa?expires=99999999990').digest('hex'),
  };
  assert.equal(check(payloadOf({ ...forged, number: 0 }), NOW, forged.challenge), 'SIGNATURE');
  // Signed by another server's key.
  const foreign = createAltchaChallenge(ephemeralSecrets(), { now: NOW, ttlMs: TTL, maxNumber: 500 });
  assert.equal(check(solvedPayload(foreign), NOW, foreign.challenge), 'SIGNATURE');
  // Signed by this server, but issued to another flow.
  const other = createAltchaChallenge(secrets, { now: NOW, ttlMs: TTL, maxNumber: 500 });
  assert.equal(check(solvedPayload(other)), 'NOT_ISSUED');
  // A later expiry written into the salt no longer hashes to the signed challenge.
  assert.equal(check(solvedPayload(c, { salt: c.salt.replace(/expires=\d+/, 'expires=9999999999') })), 'WRONG_NUMBER');
  assert.equal(check(solvedPayload(c), NOW + TTL), 'EXPIRED');
  assert.equal(check(solvedPayload(c, { salt: c.salt.split('?')[0] })), 'EXPIRED');
  for (const bad of [
    '',
    'not base64 json',
    payloadOf({}),
    payloadOf({ ...c, number: -1 }),
    payloadOf({ ...c, number: 1.5 }),
    payloadOf({ ...c, number: '1' }),
    payloadOf({ ...c, algorithm: 'SHA-1', number }),
    'A'.repeat(5000),
    payloadOf(null),
  ]) {
    assert.equal(check(bad), 'MALFORMED', bad.slice(0, 30));
  }
});

test('the port: a node that tells the client what to solve, bound to the flow state, expiring with it', async () => {
  const secrets = ephemeralSecrets();
  const captcha = createPowCaptcha({ secrets, maxNumber: 300 });
  const { state, nodes } = await captcha.issue({ flowId: 'flow_a', now: NOW, locale: 'vi' });
  const [node, input] = nodes;
  assert.equal(node?.type, 'proof_of_work');
  assert.equal(node?.label?.id, M.LABEL_PROOF_OF_WORK);
  assert.deepEqual(input, { name: 'captcha_answer', type: 'hidden', value: '' });
  const meta = node?.meta as unknown as AltchaChallenge & { field: string };
  assert.equal(meta.field, 'captcha_answer');
  assert.equal(meta.maxnumber, 300);
  assert.ok(!JSON.stringify(state).includes(`"number"`), 'the state keeps no answer');
  const answer = solvedPayload(meta);
  const verify = (now: number, s = state, a: string | undefined = answer) =>
    captcha.verify({ flowId: 'flow_a', now, state: s, answer: a, ip: '' });
  assert.equal(await verify(NOW + 1000), true);
  assert.equal(await verify(NOW + TTL), false);
  assert.equal(await captcha.verify({ flowId: 'flow_a', now: NOW, state, answer: undefined, ip: '' }), false);
  assert.equal(await verify(NOW, state, ''), false);
  assert.equal(await verify(NOW, { ...state, kind: 'image' }), false);
  // Another flow's state (another challenge) does not take this answer: reuse across flows fails.
  const second = await captcha.issue({ flowId: 'flow_b', now: NOW, locale: 'en' });
  assert.equal(await captcha.verify({ flowId: 'flow_b', now: NOW, state: second.state, answer, ip: '' }), false);
  // The state survives the flow store's JSON.
  assert.equal(await verify(NOW + 1000, JSON.parse(JSON.stringify(state))), true);
});
