// An account with a passkey connecting through the SDK: the server offers the passkey first, and the SDK, which cannot
// run WebAuthn outside a browser, takes the SMS code instead.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { latestCode } from '@tessera/server/testing';
import { appClient, expectStep, makeAccount, PASSWORD, tempHome, useLiveServer } from './support/harness.js';

describe('a passkey account through the SDK', () => {
  const server = useLiveServer();

  test('the passkey prompt is passed over for the SMS code, and the app connects', async () => {
    const email = 'key@example.com';
    const phone = '+12015550177';
    const { accountId } = await makeAccount(server(), { email, phone });
    // A registered passkey as the store holds it (the SDK never gets to use it).
    await server().s.tessera.stores.passkeys.insert(
      {
        id: 'pk_sdk',
        accountId,
        credentialId: 'c2RrLXBhc3NrZXk',
        publicKey: 'pQECAyYgASFYIA',
        signCount: 0,
        transports: ['internal'],
        backedUp: false,
        name: 'Phone',
        createdAt: server().s.clock.now(),
        lastUsedAt: null,
      },
      20,
    );
    const client = appClient(server(), tempHome(), 'app.secure');
    const credentials = expectStep(await client.connect(), 'credentials');
    const sms = expectStep(await credentials.submit({ email, password: PASSWORD }), 'second_factor');
    assert.equal(sms.method, 'sms');
    const next = await sms.submit({ code: await latestCode(server().s, phone) });
    assert.notEqual(next.kind, 'second_factor');
  });
});
