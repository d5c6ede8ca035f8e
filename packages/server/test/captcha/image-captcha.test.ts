// Checks the built-in image captcha: flow binding, single answer, expiry, lenient typing, no plaintext kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { M } from '@tessera/protocol';
import { ephemeralSecrets } from '../../src/common/index.js';
import { CAPTCHA_ALPHABET, createImageCaptcha, type CaptchaPort } from '../../src/captcha/index.js';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const CODE = 'K7XMN';

function fixedCaptcha(extra: Partial<Parameters<typeof createImageCaptcha>[0]> = {}): CaptchaPort {
  return createImageCaptcha({ secrets: ephemeralSecrets(), newCode: () => CODE, ...extra });
}

async function issued(captcha: CaptchaPort, flowId = 'flow_a') {
  return captcha.issue({ flowId, now: NOW, locale: 'en' });
}

test('the right answer passes for the flow it was issued to', async () => {
  const captcha = fixedCaptcha();
  const { state } = await issued(captcha);
  assert.equal(await captcha.verify({ flowId: 'flow_a', now: NOW + 1000, state, answer: CODE, ip: '127.0.0.1' }), true);
});

test('a wrong answer fails', async () => {
  const captcha = fixedCaptcha();
  const { state } = await issued(captcha);
  for (const answer of ['K7XMX', 'K7XM', 'K7XMNW', '', '   ', undefined]) {
    assert.equal(
      await captcha.verify({ flowId: 'flow_a', now: NOW, state, answer, ip: '127.0.0.1' }),
      false,
      String(answer),
    );
  }
});

test('the same answer on another flow fails', async () => {
  const captcha = fixedCaptcha();
  const { state } = await issued(captcha, 'flow_a');
  assert.equal(await captcha.verify({ flowId: 'flow_b', now: NOW, state, answer: CODE, ip: '127.0.0.1' }), false);
});

test('an expired challenge fails even with the right answer', async () => {
  const captcha = fixedCaptcha({ ttlMs: 60_000 });
  const { state } = await issued(captcha);
  assert.equal(state.expiresAt, NOW + 60_000);
  assert.equal(await captcha.verify({ flowId: 'flow_a', now: NOW + 59_999, state, answer: CODE, ip: '' }), true);
  assert.equal(await captcha.verify({ flowId: 'flow_a', now: NOW + 60_000, state, answer: CODE, ip: '' }), false);
  assert.equal(await captcha.verify({ flowId: 'flow_a', now: NOW + 3_600_000, state, answer: CODE, ip: '' }), false);
});

test('the default lifetime is five minutes', async () => {
  const { state } = await issued(fixedCaptcha());
  assert.equal(state.expiresAt, NOW + 5 * 60_000);
});

test('answers are compared ignoring case and spaces', async () => {
  const captcha = fixedCaptcha();
  const { state } = await issued(captcha);
  for (const answer of ['k7xmn', ' K7x Mn ', 'k 7 x m n', '\tK7XMN\n', 'Ｋ７ＸＭＮ']) {
    assert.equal(await captcha.verify({ flowId: 'flow_a', now: NOW, state, answer, ip: '' }), true, answer);
  }
});

test('R and F, left out of the alphabet, are read as the P and E a crossing line made them look like', async () => {
  const captcha = fixedCaptcha({ newCode: () => 'PE3AP' });
  const { state } = await issued(captcha);
  for (const answer of ['PE3AP', 'RF3AR', 'pf3ar']) {
    assert.equal(await captcha.verify({ flowId: 'flow_a', now: NOW, state, answer, ip: '' }), true, answer);
  }
  assert.equal(await captcha.verify({ flowId: 'flow_a', now: NOW, state, answer: 'PE3AD', ip: '' }), false);
});

test('a state from another kind of captcha or without a hash fails', async () => {
  const captcha = fixedCaptcha();
  const { state } = await issued(captcha);
  assert.equal(
    await captcha.verify({ flowId: 'flow_a', now: NOW, state: { ...state, kind: 'siteverify' }, answer: CODE, ip: '' }),
    false,
  );
  assert.equal(
    await captcha.verify({
      flowId: 'flow_a',
      now: NOW,
      state: { kind: 'image', expiresAt: NOW + 1 },
      answer: CODE,
      ip: '',
    }),
    false,
  );
});

test('another server key does not accept the answer', async () => {
  const { state } = await issued(fixedCaptcha());
  assert.equal(await fixedCaptcha().verify({ flowId: 'flow_a', now: NOW, state, answer: CODE, ip: '' }), false);
});

test('the state never contains the plaintext code and survives JSON', async () => {
  const captcha = fixedCaptcha();
  const { state, nodes } = await issued(captcha);
  const json = JSON.stringify(state);
  assert.ok(!json.toUpperCase().includes(CODE), json);
  const roundTripped = JSON.parse(json) as typeof state;
  assert.equal(await captcha.verify({ flowId: 'flow_a', now: NOW, state: roundTripped, answer: CODE, ip: '' }), true);
  // Nor do the nodes carry it outside the image.
  for (const node of nodes) {
    assert.ok(
      !JSON.stringify({ ...node, src: undefined })
        .toUpperCase()
        .includes(CODE),
    );
  }
});

test('codes the font cannot draw are refused rather than shown blank', async () => {
  const captcha = fixedCaptcha({ newCode: () => 'AB0OS' });
  await assert.rejects(issued(captcha));
});

test('nodes: an image, a labelled answer input and a new-image action, in the requested locale', async () => {
  const { nodes } = await issued(fixedCaptcha());
  const [image, input, another] = nodes;
  assert.equal(nodes.length, 3);
  assert.deepEqual(another, {
    name: 'new_challenge',
    type: 'submit',
    action: 'new_challenge',
    label: { id: M.LABEL_NEW_CHALLENGE, text: 'Show a new image' },
  });
  assert.equal(image?.name, 'captcha');
  assert.equal(image?.type, 'image');
  assert.equal(image?.mediaType, 'image/png');
  assert.match(image?.src ?? '', /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
  assert.deepEqual(image?.label, { id: M.LABEL_CAPTCHA, text: 'Enter the code in the image' });
  assert.deepEqual(input, {
    name: 'captcha_answer',
    type: 'text',
    required: true,
    autocomplete: 'off',
    maxLength: 16,
    label: { id: M.LABEL_CAPTCHA_ANSWER, text: 'Code from the image' },
  });
  const vi = await fixedCaptcha().issue({ flowId: 'f', now: NOW, locale: 'vi' });
  assert.equal(vi.nodes[0]?.label?.text, 'Nhập mã trong hình');
});

test('each issue draws a new picture', async () => {
  const captcha = fixedCaptcha();
  const a = await issued(captcha);
  const b = await issued(captcha);
  assert.notEqual(a.nodes[0]?.src, b.nodes[0]?.src);
});

test('bad options are refused at construction', () => {
  assert.throws(() => createImageCaptcha({ secrets: ephemeralSecrets(), length: 2 }));
  assert.throws(() => createImageCaptcha({ secrets: ephemeralSecrets(), ttlMs: 0 }));
});
