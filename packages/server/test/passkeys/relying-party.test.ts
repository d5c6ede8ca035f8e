// The relying party from the configuration: explicit settings win; by default the public URL's host, or localhost
// (and its origin on the same port) when the server is reached by IP address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relyingPartyOf } from '../../src/identity/index.js';

const base = { origins: [], productName: 'Tessera' };

test('default from a public URL: its host and origin, the product name', () => {
  assert.deepEqual(relyingPartyOf(base, 'https://id.example.com'), {
    id: 'id.example.com',
    name: 'Tessera',
    origins: ['https://id.example.com'],
  });
});

test('default from an IP listen address: localhost on the same port, both origins', () => {
  assert.deepEqual(relyingPartyOf(base, 'http://127.0.0.1:3000'), {
    id: 'localhost',
    name: 'Tessera',
    origins: ['http://127.0.0.1:3000', 'http://localhost:3000'],
  });
  assert.equal(relyingPartyOf(base, 'http://[::1]:8080').id, 'localhost');
});

test('configured values win', () => {
  const rp = relyingPartyOf(
    {
      rpId: 'example.com',
      rpName: 'Lotus',
      origins: ['https://a.example.com', 'https://b.example.com'],
      productName: 'X',
    },
    'http://127.0.0.1:3000',
  );
  assert.deepEqual(rp, {
    id: 'example.com',
    name: 'Lotus',
    origins: ['https://a.example.com', 'https://b.example.com'],
  });
});
