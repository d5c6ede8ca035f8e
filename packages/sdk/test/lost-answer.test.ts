// An answer lost on the network after the server finished connecting: the SDK fetches the stored result, so the
// app holds the credential of the device the server connected (and does not leave it holding a seat for nobody).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { appClient, expectStep, makeAccount, PASSWORD, redeem, tempHome, useLiveServer } from './support/harness.js';

const server = useLiveServer();

test('the answer to the finishing step is lost: connect() still ends connected, with the device the server made', async () => {
  const email = 'lost@example.com';
  const { token, accountId } = await makeAccount(server(), { email });
  await redeem(server(), token, 'personal');
  const familyId = await redeem(server(), token, 'family');
  let dropped = 0;
  // The request reaches the server and is carried out; only its answer never comes back.
  const lossy = (async (url: string, init: RequestInit) => {
    const response = await fetch(url, init);
    if (init.method === 'POST' && String(init.body).includes('"select_subscription"') && dropped === 0) {
      dropped += 1;
      await response.text();
      throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
    }
    return response;
  }) as unknown as typeof fetch;
  const client = appClient(server(), tempHome(), 'app.secure', { fetch: lossy });
  const credentials = expectStep(await client.connect(), 'credentials');
  const choose = expectStep(await credentials.submit({ email, password: PASSWORD }), 'select_subscription');
  const done = expectStep(await choose.select(familyId), 'done');
  assert.equal(dropped, 1, 'the finishing answer was lost once');
  assert.equal(done.status.state, 'connected');
  assert.equal(done.status.plan, 'family');
  const devices = await server().s.tessera.stores.devices.listDevices(accountId);
  assert.equal(devices.length, 1, 'one device, the one the app now holds');
  assert.equal((await client.status()).state, 'connected');
  const checked = await client.checkIn();
  assert.ok(checked.ok && checked.outcome === 'VALID', 'the recovered credential works');
});
