// The OpenAPI document: Redocly's recommended rules pass, `security` matches how each route is protected, ids and servers,
// and the typed client example type-checks and works against a live server.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp } from '../support/journey.js';
import { defaultApiDocument } from './openapi-document.js';
import { createClient } from '../../../../examples/typed-client/client.js';
import { signIn } from '../../../../examples/typed-client/example.js';

interface Operation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ in: string; name: string }>;
}
type Document = { servers?: Array<{ url: string }>; paths: Record<string, Record<string, Operation>> };

const operations = (doc: Document) =>
  Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));

describe('OpenAPI document', () => {
  let s: TestServer;
  let doc: Document;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { baseUrl: 'https://id.example.com' } });
    doc = s.tessera.app.swagger() as unknown as Document;
  });
  after(async () => {
    await s.close();
  });

  test("passes Redocly's recommended rules", async () => {
    const config = await createConfig({
      extends: ['recommended'],
      rules: {
        // The project has not chosen a licence yet; the document cannot name one it does not have.
        'info-license': 'off',
      },
    });
    const problems = await lintFromString({
      source: JSON.stringify(await defaultApiDocument()),
      absoluteRef: 'openapi.json',
      config,
    });
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
      [],
    );
  });

  test('every operation has a unique operationId, and servers come from the base URL', () => {
    const ids = operations(doc).map(({ op }) => op.operationId);
    assert.ok(
      ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id)),
      JSON.stringify(ids),
    );
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(doc.servers?.[0]?.url, 'https://id.example.com');
  });

  test('an operation declares bearer security exactly when it answers 401 without a token', async () => {
    for (const { path, method, op } of operations(doc)) {
      assert.ok(Array.isArray(op.security), `${method} ${path} declares its security`);
      const required =
        op.security!.length > 0 &&
        op.security!.every((requirement) => 'bearer' in requirement || 'operatorToken' in requirement);
      const url = path.replace(/\{\w+\}/g, 'x1');
      const r = await s.tessera.app.inject({
        method: method.toUpperCase() as 'GET',
        url,
        payload: method === 'get' ? undefined : {},
      });
      const unauthenticated = r.statusCode === 401 && JSON.parse(r.body).error?.code === 'UNAUTHENTICATED';
      assert.equal(unauthenticated, required, `${method} ${path}: ${r.statusCode} ${r.body.slice(0, 120)}`);
    }
  });

  test('the typed client example works against a listening server', async () => {
    const email = 'typed@example.com';
    await signUp(s, { email, password: 'lantern-harbour-42' });
    const address = await s.tessera.app.listen({ port: 0, host: '127.0.0.1' });
    const signedIn = await signIn(address, email, 'lantern-harbour-42');
    assert.equal('account' in signedIn && signedIn.account?.email, email);
    const refused = await createClient(address)('get', '/v1/account');
    assert.equal(refused.status, 401);
  });

  test('the typed client example type-checks against the generated types', () => {
    const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'examples/typed-client'], {
      cwd: new URL('../../../../', import.meta.url),
      encoding: 'utf8',
    });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });
});
