import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
test('fastify boots', async () => {
  const app = Fastify();
  app.get('/', async () => ({ ok: true }));
  const r = await app.inject({ url: '/' });
  assert.equal(r.statusCode, 200);
});
