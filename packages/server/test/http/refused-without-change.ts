// The bad-input suites' check: every request refused with its catalog code, none echoing its input, nothing stored.
import assert from 'node:assert/strict';
import type { ErrorCode } from '@tessera/protocol';
import type { TestServer } from '../support/test-server.js';
import { MARKER } from './bad-input-bodies.js';
import { assertRefused, describeRequest, send, snapshot, type RawRequest } from './http-support.js';

/** Sends every request, checks each refusal, and that the stores look exactly as before. */
export async function refusedWithoutChange(
  s: TestServer,
  requests: Array<{ request: RawRequest; code: ErrorCode | ErrorCode[] }>,
): Promise<void> {
  const before = await snapshot(s);
  assert.ok(before.flows && before.accounts?.length, 'the snapshot sees the stores');
  for (const { request, code } of requests) {
    const reply = await send(s, request);
    const got = assertRefused(reply, describeRequest(request));
    if (Array.isArray(code))
      assert.ok(code.includes(got), `${describeRequest(request)}: ${got} not in ${code.join(', ')}`);
    else assert.equal(got, code, `${describeRequest(request)} → ${reply.text.slice(0, 300)}`);
    assert.ok(!reply.text.includes(MARKER), `${describeRequest(request)} echoes the input`);
    if (got === 'VALIDATION_FAILED')
      assert.ok(Array.isArray(reply.body.error.details?.fields), 'validation names the fields');
  }
  assert.deepEqual(await snapshot(s), before, 'a refused request changed something');
}
