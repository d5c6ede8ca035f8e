// Unknown email and wrong password get identical sign-in responses (status, body, headers), before and after the captcha threshold.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp, solveCaptcha } from '../support/journey.js';
import { send, type RawReply } from './http-support.js';

const PASSWORD = 'lantern-harbour-42';
const WRONG = 'not-the-password-1';
/** Headers that could tell the cases apart; date, length and request id are left out. */
const COMPARED_HEADERS = ['content-type', 'cache-control', 'retry-after', 'set-cookie'];

interface Seen {
  what: string;
  status: number;
  code: string | undefined;
  body: unknown;
  headers: Record<string, unknown>;
}

/** The reply with the flow's id, expiry and captcha image (random per flow) replaced by placeholders. */
function normalise(what: string, reply: RawReply, flowId: string): Seen {
  const body = JSON.parse(reply.text.replaceAll(flowId, '<flow>'));
  if (body.flow) body.flow.expiresAt = '<expires>';
  for (const node of body.ui?.nodes ?? []) if (node.type === 'image') node.src = '<image>';
  const headers = Object.fromEntries(COMPARED_HEADERS.map((h) => [h, reply.headers[h]]));
  return { what, status: reply.status, code: body.error?.code, body, headers };
}

/** The same sequence of sign-in attempts from one IP for one email, recorded. */
async function attempts(s: TestServer, kind: 'sign_in' | 'connect', email: string, ip: string): Promise<Seen[]> {
  const seen: Seen[] = [];
  const start = async () => {
    const body =
      kind === 'connect' ? { kind, appId: 'app.secure', device: { name: 'Laptop', platform: 'linux' } } : { kind };
    const reply = await send(s, { method: 'POST', url: '/v1/flows', payload: body, ip });
    assert.equal(reply.status, 201, reply.text);
    return reply.body.flow.id as string;
  };
  const submit = async (what: string, flowId: string, extra: Record<string, string> = {}) => {
    const reply = await send(s, {
      method: 'POST',
      url: `/v1/flows/${flowId}`,
      payload: { step: 'credentials', email, password: WRONG, ...extra },
      ip,
    });
    seen.push(normalise(what, reply, flowId));
  };
  const view = async (what: string, flowId: string) =>
    seen.push(normalise(what, await send(s, { method: 'GET', url: `/v1/flows/${flowId}`, ip }), flowId));

  const id = await start();
  await view('fresh flow', id);
  for (let i = 1; i <= 3; i++) await submit(`wrong password #${i}`, id);
  await view('after three failures', id);
  await submit('past the threshold, no captcha answer', id);
  await submit('past the threshold, wrong captcha answer', id, { captcha_answer: 'QQQQQ' });
  await submit('past the threshold, solved captcha', id, { captcha_answer: await solveCaptcha(s, id) });
  await view('after the solved captcha', id);

  const again = await start();
  await view('second flow', again);
  await submit('second flow, no captcha answer', again);
  await submit('second flow, solved captcha', again, { captcha_answer: await solveCaptcha(s, again) });
  return seen;
}

for (const db of databaseKinds()) {
  describe(`sign-in does not tell unknown emails from wrong passwords on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
      await signUp(s, { email: 'known@example.com', password: PASSWORD });
      await signUp(s, { email: 'known2@example.com', password: PASSWORD });
    });
    after(async () => {
      await s.close();
    });

    for (const [kind, known, unknown, n] of [
      ['sign_in', 'known@example.com', 'nobody@example.com', 1],
      ['connect', 'known2@example.com', 'nobody2@example.com', 2],
    ] as const) {
      test(`${kind}: identical replies before and after the captcha threshold`, async () => {
        // Separate IPs so neither sequence moves the other's per-IP counters.
        const forKnown = await attempts(s, kind, known, `10.0.${n}.1`);
        const forUnknown = await attempts(s, kind, unknown, `10.0.${n}.2`);

        // The sequence really crosses the threshold: plain failures, then the captcha is required.
        assert.deepEqual(
          forKnown.map((r) => `${r.status} ${r.code ?? '-'}`),
          [
            '200 -',
            '400 CREDENTIALS_INVALID',
            '400 CREDENTIALS_INVALID',
            '400 CREDENTIALS_INVALID',
            '200 -',
            '400 CAPTCHA_REQUIRED',
            '400 CAPTCHA_INVALID',
            '400 CREDENTIALS_INVALID',
            '200 -',
            '200 -',
            '400 CAPTCHA_REQUIRED',
            '400 CREDENTIALS_INVALID',
          ],
        );
        assert.ok(
          forKnown[4]!.body && JSON.stringify(forKnown[4]!.body).includes('captcha_answer'),
          'the captcha shows after three failures',
        );
        assert.ok(!JSON.stringify(forKnown[0]!.body).includes('captcha_answer'), 'no captcha before the threshold');

        for (const [i, reply] of forKnown.entries()) {
          assert.deepEqual(forUnknown[i], reply, `the replies differ at "${reply.what}"`);
        }
        assert.equal(forUnknown.length, forKnown.length);
      });
    }
  });
}
