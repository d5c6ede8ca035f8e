// Scenario helpers that read like the journey: start a flow, sign up, sign in, add a phone, read the outbox.
import assert from 'node:assert/strict';
import type { FlowView } from '@tessera/protocol';
import type { TestServer } from './test-server.js';

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

export interface Client {
  ip?: string;
  token?: string;
}

export async function call<T = any>(
  s: TestServer,
  method: string,
  url: string,
  payload?: unknown,
  client: Client = {},
): Promise<Reply<T>> {
  const res = await s.tessera.app.inject({
    method: method as 'GET',
    url,
    ...(payload !== undefined ? { payload: payload as object } : {}),
    headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
    remoteAddress: client.ip ?? '127.0.0.1',
  });
  return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, headers: res.headers };
}

export const startFlow = (s: TestServer, body: object, client?: Client) =>
  call<FlowView>(s, 'POST', '/v1/flows', body, client);
export const submit = (s: TestServer, flowId: string, body: object, client?: Client) =>
  call<FlowView>(s, 'POST', `/v1/flows/${flowId}`, body, client);

export const nodeNames = (view: FlowView) => view.ui.nodes.map((n) => n.name);

/** The newest 6-digit code sent to `to` through the development outbox, once mail sent off the request path has left. */
export async function latestCode(s: TestServer, to: string): Promise<string> {
  await s.tessera.emailLater.idle();
  const [message] = await s.tessera.stores.outbox.list({ limit: 1, to });
  assert.ok(message, `no message to ${to}`);
  const match = /\b(\d{6})\b/.exec(message.body);
  assert.ok(match, `no code in the message to ${to}`);
  return match[1]!;
}

export async function outboxCount(s: TestServer, to: string): Promise<number> {
  await s.tessera.emailLater.idle();
  return (await s.tessera.stores.outbox.list({ limit: 1000, to })).length;
}

/** The answer to the captcha a flow holds, found among the codes the test server issued. */
export async function solveCaptcha(s: TestServer, flowId: string): Promise<string> {
  const flow = await s.tessera.stores.flows.get(flowId);
  const captcha = (
    flow?.state as { captcha?: { state: Parameters<TestServer['tessera']['captcha']['verify']>[0]['state'] } }
  ).captcha;
  assert.ok(captcha, 'the flow holds no captcha');
  for (const code of [...s.captchaCodes].reverse()) {
    if (
      await s.tessera.captcha.verify({
        flowId,
        now: s.clock.now(),
        state: captcha.state,
        answer: code,
        ip: '127.0.0.1',
      })
    )
      return code;
  }
  assert.fail('no issued captcha code matches');
}

export async function signUp(
  s: TestServer,
  input: { email: string; password: string; country?: string },
  client?: Client,
) {
  const flow = await startFlow(s, { kind: 'sign_up' }, client);
  assert.equal(flow.status, 201);
  const details = await submit(
    s,
    flow.body.flow.id,
    { step: 'details', email: input.email, password: input.password, country: input.country ?? 'VN' },
    client,
  );
  assert.equal(details.body.step, 'verify_email', JSON.stringify(details.body));
  const code = await latestCode(s, input.email.toLowerCase());
  const done = await submit(s, flow.body.flow.id, { step: 'verify_email', action: 'verify', code }, client);
  assert.equal(done.body.step, 'done', JSON.stringify(done.body));
  return { token: done.body.result!.session!.token, accountId: done.body.result!.account!.id };
}

export async function signInWithPassword(
  s: TestServer,
  email: string,
  password: string,
  client?: Client,
  locale?: 'en' | 'vi',
) {
  const flow = await startFlow(s, { kind: 'sign_in', ...(locale ? { locale } : {}) }, client);
  return submit(s, flow.body.flow.id, { step: 'credentials', email, password }, client);
}

export async function addPhone(s: TestServer, token: string, phone: string, password: string) {
  const started = await call(s, 'POST', '/v1/account/phone', { phone, password }, { token });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  const code = await latestCode(s, started.body.phone);
  const verified = await call(s, 'POST', '/v1/account/phone/verify', { code }, { token });
  assert.equal(verified.status, 200, JSON.stringify(verified.body));
  return started.body.phone as string;
}

export async function connectApp(
  s: TestServer,
  input: { email: string; password: string; appId?: string; device?: { name: string; platform: string } },
) {
  const flow = await startFlow(s, {
    kind: 'connect',
    appId: input.appId ?? 'app.secure',
    device: input.device ?? { name: 'Laptop', platform: 'linux' },
  });
  return submit(s, flow.body.flow.id, { step: 'credentials', email: input.email, password: input.password });
}
