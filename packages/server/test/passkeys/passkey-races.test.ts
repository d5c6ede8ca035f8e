// Concurrent use of one passkey challenge on PostgreSQL: many clients answer it at once and exactly one wins.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import type { TestServer } from '../support/test-server.js';
import { call, signInWithPassword, signUp, submit } from '../support/journey.js';
import { newAuthenticator, passwordlessOptions, registerPasskey, startPasskeyServer } from './passkey-support.js';

const PASSWORD = 'lantern-harbour-42';
const CLIENTS = 12;
const together = <T>(n: number, run: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => run(i)));

for (const db of databaseKinds().filter((k) => k === 'postgres')) {
  describe(`passkey races on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startPasskeyServer(db);
    });
    after(async () => {
      await s.close();
    });

    test('one passwordless challenge answered by many clients at once: one session', async () => {
      const { token } = await signUp(s, { email: 'race1@example.com', password: PASSWORD });
      const auth = newAuthenticator();
      const { key } = await registerPasskey(s, token, auth);
      const { challengeId, options } = await passwordlessOptions(s);
      // Each client signs with its own counter value, so only the challenge decides.
      const credentials = Array.from({ length: CLIENTS }, (_, i) => auth.get(options, key, { counter: 10 + i }));
      const replies = await together(CLIENTS, (i) =>
        call(s, 'POST', '/v1/passkeys/sign-in', { challengeId, credential: credentials[i] }, { ip: `10.0.0.${i + 1}` }),
      );
      assert.equal(replies.filter((r) => r.status === 200).length, 1);
      for (const r of replies.filter((r) => r.status !== 200))
        assert.equal(r.body.error.code, 'PASSKEY_CHALLENGE_INVALID');
    });

    // The racer that takes the challenge decides; the others lost it to a submission of the same prompt and write
    // nothing, so the winner's answer is never superseded by a refusal written first.
    test('one second-factor prompt answered many times at once: exactly one session, the others told the flow moved on', async () => {
      const { token } = await signUp(s, { email: 'race2@example.com', password: PASSWORD });
      const auth = newAuthenticator();
      const { key } = await registerPasskey(s, token, auth);
      const step = await signInWithPassword(s, 'race2@example.com', PASSWORD);
      const options = JSON.parse(step.body.ui.nodes.find((n) => n.name === 'passkey_options')!.value!);
      const answers = Array.from({ length: CLIENTS }, (_, i) =>
        JSON.stringify(auth.get(options, key, { counter: 1 + i })),
      );
      const replies = await together(CLIENTS, (i) =>
        submit(s, step.body.flow.id, { step: 'second_factor', action: 'passkey', assertion: answers[i] }),
      );
      const done = replies.filter((r) => r.body.step === 'done' && r.body.result?.session);
      assert.equal(done.length, 1, `${done.length} sessions from one passkey prompt`);
      // Told the flow moved on: while the winner writes (FLOW_CONFLICT) or after it finished (FLOW_COMPLETED).
      for (const r of replies.filter((r) => !done.includes(r)))
        assert.ok(['FLOW_CONFLICT', 'FLOW_COMPLETED'].includes(r.body.error?.code ?? ''), JSON.stringify(r.body));
    });
  });
}
