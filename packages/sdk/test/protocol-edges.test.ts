// The SDK against a server that misbehaves or is gone (a scripted fetch): unknown steps, non-JSON, expired
// flows, unreachable servers, bad options, and the small pure helpers.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, createFileStore, TesseraError, type Step } from '@tessera/sdk';
import { decodeDataUri } from '../src/flow/data-uri.js';
import { jitteredDelay, normaliseServer } from '../src/client/client.js';
import { maskEmail } from '@tessera/protocol';
import { removeHomes, tempHome } from './support/harness.js';

const SERVER = 'https://accounts.example.com';
/** A connected app as the store keeps it, with a token that does not verify (these tests never get that far). */
const STORED_APP = {
  server: SERVER,
  appId: 'app.secure',
  deviceId: 'dev_1',
  accountId: 'acc_1',
  credential: 'tdc_1',
  licenseToken: 'x.y.z',
  connectedAt: '2026-11-24T12:00:00.000Z',
  lastCheckInAt: '2026-11-24T12:00:00.000Z',
};

function view(step: string, extra: Record<string, unknown> = {}) {
  return {
    flow: { id: 'flw_test', kind: 'connect', expiresAt: '2026-11-24T12:30:00.000Z', locale: 'en' },
    step,
    ui: { nodes: [], messages: [] },
    ...extra,
  };
}

/** A fetch that answers each request with the next scripted reply and records what was asked. */
function scripted(replies: Array<{ status: number; body: unknown } | Error>) {
  const requests: Array<{ url: string; method: string; body: unknown; headers: Record<string, string> }> = [];
  const fetch = (async (url: string, init: RequestInit) => {
    requests.push({
      url,
      method: init.method ?? 'GET',
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      headers: init.headers as Record<string, string>,
    });
    const reply = replies.shift();
    if (!reply) throw new Error('unexpected request');
    if (reply instanceof Error) throw reply;
    return new Response(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body), {
      status: reply.status,
    });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

const client = (fetch: typeof globalThis.fetch) =>
  createClient({
    server: `${SERVER}/`,
    appId: 'app.secure',
    fetch,
    store: createFileStore({ home: tempHome() }),
    device: { name: 'Box\u0007', platform: 'linux' },
  });

const rejectsWith = (promise: Promise<unknown>, code: string) =>
  assert.rejects(promise, (e: unknown) => e instanceof TesseraError && e.code === code);

describe('protocol edges', () => {
  after(removeHomes);

  test('the first request: a connect flow for this app and device, control characters stripped', async () => {
    const { fetch, requests } = scripted([{ status: 201, body: view('credentials') }]);
    const step: Step = await client(fetch).connect();
    assert.equal(step.kind, 'credentials');
    assert.equal(requests[0]!.url, `${SERVER}/v1/flows`);
    assert.deepEqual(requests[0]!.body, {
      kind: 'connect',
      appId: 'app.secure',
      device: { name: 'Box', platform: 'linux' },
    });
  });

  test('a step the SDK does not know → PROTOCOL, also for names that exist on every object', async () => {
    for (const name of ['identify', 'new_password', 'launch_rockets', 'constructor', '__proto__']) {
      const { fetch } = scripted([{ status: 201, body: view(name) }]);
      await rejectsWith(client(fetch).connect(), 'PROTOCOL');
    }
  });

  test('a step missing what it must carry → PROTOCOL (e.g. consent without its statement)', async () => {
    const { fetch } = scripted([{ status: 201, body: view('consent') }]);
    await rejectsWith(client(fetch).connect(), 'PROTOCOL');
  });

  test('non-JSON → PROTOCOL (or UNREACHABLE for a 5xx page); a network failure → UNREACHABLE', async () => {
    await rejectsWith(
      client(scripted([{ status: 200, body: '<html>captive portal</html>' }]).fetch).connect(),
      'PROTOCOL',
    );
    await rejectsWith(
      client(scripted([{ status: 502, body: '<html>bad gateway</html>' }]).fetch).connect(),
      'UNREACHABLE',
    );
    await rejectsWith(client(scripted([new TypeError('fetch failed')]).fetch).connect(), 'UNREACHABLE');
  });

  test('an expired or vanished flow → FLOW_EXPIRED; a refused submission is a step with `error`; other errors keep their code', async () => {
    const { fetch } = scripted([
      { status: 201, body: view('credentials') },
      {
        status: 400,
        body: {
          ...view('credentials'),
          error: { code: 'CREDENTIALS_INVALID', message: 'The email or password is incorrect.', messageId: 4100001 },
        },
      },
      { status: 410, body: { error: { code: 'FLOW_EXPIRED', message: 'expired', messageId: 4010002 } } },
      { status: 404, body: { error: { code: 'FLOW_NOT_FOUND', message: 'gone', messageId: 4010001 } } },
      {
        status: 429,
        body: {
          error: {
            code: 'RATE_LIMITED',
            message: 'Too many requests. Try again in 7 seconds.',
            messageId: 4000009,
            details: { seconds: 7 },
            retryAfterSeconds: 7,
          },
        },
      },
    ]);
    const step = await client(fetch).connect();
    assert.equal(step.kind, 'credentials');
    if (step.kind !== 'credentials') return;
    const refused = await step.submit({ email: 'a@example.com', password: 'x' });
    assert.deepEqual(refused.error, { code: 'CREDENTIALS_INVALID', message: 'The email or password is incorrect.' });
    await rejectsWith(step.submit({ email: 'a@example.com', password: 'x' }), 'FLOW_EXPIRED');
    await rejectsWith(step.submit({ email: 'a@example.com', password: 'x' }), 'FLOW_EXPIRED');
    await assert.rejects(
      step.submit({ email: 'a@example.com', password: 'x' }),
      (e: unknown) =>
        e instanceof TesseraError &&
        e.code === 'RATE_LIMITED' &&
        e.details?.seconds === 7 &&
        e.retryAfterSeconds === 7 &&
        e.message === 'Too many requests. Try again in 7 seconds.',
    );
  });

  test('check-in: busy or failing server → UNREACHABLE with the offline status, state kept; nothing connected → NOT_CONNECTED', async () => {
    const home = tempHome();
    const { fetch } = scripted([
      { status: 503, body: { error: { code: 'UNAVAILABLE', message: 'down', messageId: 4000011 } } },
      { status: 429, body: { error: { code: 'RATE_LIMITED', message: 'slow down', messageId: 4000009 } } },
    ]);
    const store = createFileStore({ home });
    const app = createClient({ server: SERVER, appId: 'app.secure', fetch, store });
    const none = await app.checkIn();
    assert.equal(!none.ok && none.code, 'NOT_CONNECTED');
    assert.equal(none.status.state === 'not_connected' && none.status.reason, 'NO_CREDENTIAL');
    await app.disconnect();

    const state = STORED_APP;
    await store.writeApp('app.secure', state);
    for (let i = 0; i < 2; i++) {
      const busy = await app.checkIn();
      assert.equal(!busy.ok && busy.code, 'UNREACHABLE');
      assert.equal(busy.status.state === 'not_connected' && busy.status.reason, 'TOKEN_INVALID');
    }
    assert.deepEqual(await store.readApp('app.secure'), state);
  });

  test("check-in: a busy server's wait comes with UNREACHABLE, when it is a sane number of seconds", async () => {
    const busy = (retryAfterSeconds: unknown) => ({
      status: 503,
      body: { error: { code: 'UNAVAILABLE', message: 'busy', messageId: 4000011, retryAfterSeconds } },
    });
    const { fetch } = scripted([busy(45), busy(10 ** 9), busy('soon'), busy(1.5)]);
    const store = createFileStore({ home: tempHome() });
    const app = createClient({ server: SERVER, appId: 'app.secure', fetch, store });
    await store.writeApp('app.secure', STORED_APP);
    const waits = [];
    for (let i = 0; i < 4; i++) {
      const result = await app.checkIn();
      assert.equal(!result.ok && result.code, 'UNREACHABLE');
      waits.push(!result.ok ? result.retryAfterSeconds : 'ok');
    }
    assert.deepEqual(waits, [45, undefined, undefined, undefined]);
  });

  test('bad options → INVALID_OPTIONS', () => {
    const fetch = scripted([]).fetch;
    assert.throws(
      () => createClient({ server: 'not a url', appId: 'app.secure', fetch }),
      (e: unknown) => e instanceof TesseraError && e.code === 'INVALID_OPTIONS',
    );
    assert.throws(() => createClient({ server: 'ftp://x.example', appId: 'app.secure', fetch }), TesseraError);
    assert.throws(() => createClient({ server: SERVER, appId: 'App Secure', fetch }), TesseraError);
    assert.throws(
      () => createClient({ server: 'https://user:pw@x.example', appId: 'app.secure', fetch }),
      TesseraError,
    );
  });

  test('helpers: data URIs, server spelling, masked email, jitter bounds', () => {
    const png = decodeDataUri('data:image/png;base64,iVBORw0KGgo=');
    assert.equal(png?.mediaType, 'image/png');
    assert.deepEqual([...png!.bytes], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(new TextDecoder().decode(decodeDataUri('data:image/svg+xml,%3Csvg%2F%3E')!.bytes), '<svg/>');
    assert.equal(decodeDataUri('https://example.com/a.png'), undefined);
    assert.equal(normaliseServer('https://Accounts.Example.com/tessera//'), 'https://accounts.example.com/tessera');
    assert.equal(maskEmail('son@example.vn'), 's•••@example.vn');
    assert.equal(
      jitteredDelay(100, () => 0),
      80_000,
    );
    assert.equal(
      jitteredDelay(100, () => 0.999999),
      120_000,
    );
    assert.equal(jitteredDelay(-5), 0);
  });
});
