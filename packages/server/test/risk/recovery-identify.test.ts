// Recovery's first step gives no hint of an account, by answer or by waiting: the mail leaves off the request path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startTestServer } from '../support/test-server.js';
import { startFlow, submit } from '../support/journey.js';
import { PASSWORD } from './risk-support.js';

test('with a mail server that never answers, identify replies alike for a known and an unknown address', async () => {
  // Accepts connections and never greets: a delivery on the request path would hang until its timeout, then fail.
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => {
    sockets.add(socket);
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const port = (silent.address() as AddressInfo).port;
  const s = await startTestServer({ db: 'sqlite', overrides: { email: { smtpUrl: `smtp://127.0.0.1:${port}` } } });
  try {
    const prepared = await s.tessera.services.accounts.preparePassword(PASSWORD, 'known@example.com');
    assert.ok(prepared.ok);
    await s.tessera.services.accounts.register({
      email: 'known@example.com',
      passwordHash: prepared.hash,
      country: 'VN',
      locale: 'en',
    });

    const identify = async (email: string) => {
      const flow = (await startFlow(s, { kind: 'recovery' })).body.flow.id as string;
      const reply = await submit(s, flow, { step: 'identify', email });
      return {
        status: reply.status,
        step: reply.body.step,
        error: reply.body.error,
        nodes: reply.body.ui.nodes,
        messages: reply.body.ui.messages,
      };
    };
    const known = await identify('known@example.com');
    const unknown = await identify('nobody@example.com');
    assert.equal(known.step, 'verify_code', JSON.stringify(known.error));
    assert.deepEqual(
      { ...known, messages: known.messages.map((m: { id: number }) => m.id) },
      { ...unknown, messages: unknown.messages.map((m: { id: number }) => m.id) },
    );
    // The delivery starts after the reply (its mail client loads at the first send), and never finishes.
    for (let i = 0; i < 500 && sockets.size === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(sockets.size, 1, 'the delivery to the known address was under way, apart from the reply');
  } finally {
    // A refusing greeting ends the delivery at once (a bare disconnect leaves the client's greeting timer running).
    for (const socket of sockets) socket.end('554 5.3.2 closed for the test\r\n');
    await s.close();
    await new Promise((resolve) => silent.close(resolve));
  }
});
