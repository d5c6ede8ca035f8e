// A real Tessera listening on a loopback port, temp TESSERA_HOME folders, and SDK clients bound to the server's clock.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, createFileStore, type ClientOptions, type Step, type TesseraClient } from '@tessera/sdk';
import {
  startTestServer,
  type TestServer,
  type TestServerOptions,
  addPhone,
  call,
  signUp,
  mintCodes,
} from '@tessera/server/testing';

export const PASSWORD = 'lantern-harbour-42';

export interface LiveServer {
  s: TestServer;
  url: string;
  close(): Promise<void>;
}

/**
 * The SDK talks HTTP, so the in-process server listens for real (tests elsewhere use inject). The CLI's
 * end-to-end tests start theirs here too, with a clock at real time.
 */
export async function startLiveServer(
  options: Pick<TestServerOptions, 'clock' | 'overrides'> = {},
): Promise<LiveServer> {
  const s = await startTestServer({ db: 'sqlite', ...options });
  await s.tessera.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = s.tessera.app.server.address() as AddressInfo;
  let closed = false;
  return {
    s,
    url: `http://127.0.0.1:${port}`,
    async close() {
      if (closed) return;
      closed = true;
      await s.close();
    },
  };
}

const homes: string[] = [];

/** A fresh vendor folder (0700, like mkdtemp makes it); all are removed by `removeHomes`. */
export function tempHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'tessera-sdk-'));
  homes.push(home);
  return home;
}

export function removeHomes(): void {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
}

/** A client of `appId` on the vendor folder `home`, on the server's ManualClock. */
export function appClient(
  live: LiveServer,
  home: string,
  appId: string,
  extra: Partial<ClientOptions> = {},
): TesseraClient {
  return createClient({
    server: live.url,
    appId,
    store: createFileStore({ home }),
    clock: () => live.s.clock.now(),
    device: { name: 'Test laptop', platform: 'linux' },
    ...extra,
  });
}

/** Narrows a step to the kind the journey expects, with the server's words in the failure message. */
export function expectStep<K extends Step['kind']>(step: Step, kind: K): Extract<Step, { kind: K }> {
  assert.equal(
    step.kind,
    kind,
    `expected ${kind}, got ${step.kind}: ${JSON.stringify(step.messages)} ${JSON.stringify(step.error ?? null)}`,
  );
  return step as Extract<Step, { kind: K }>;
}

/** An account made through the server's own journeys (sign-up, and a phone for SMS when asked). */
export async function makeAccount(live: LiveServer, input: { email: string; country?: string; phone?: string }) {
  const { token, accountId } = await signUp(live.s, {
    email: input.email,
    password: PASSWORD,
    country: input.country ?? 'US',
  });
  if (input.phone) await addPhone(live.s, token, input.phone, PASSWORD);
  return { token, accountId };
}

/** Mints an activation code for `plan` and redeems it through the API; the subscription's id. */
export async function redeem(live: LiveServer, token: string, plan: string): Promise<string> {
  const { codes } = await mintCodes(live.s, plan, 1);
  const r = await call(live.s, 'POST', '/v1/subscriptions/redeem', { code: codes[0] }, { token });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body.subscription.id as string;
}

/** One live server for the tests of the enclosing describe (or file), closed with the temporary homes afterwards. */
export function useLiveServer(): () => LiveServer {
  let live: LiveServer | undefined;
  before(async () => {
    live = await startLiveServer();
  });
  after(async () => {
    await live?.close();
    removeHomes();
  });
  return () => live!;
}
