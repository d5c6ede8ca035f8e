// Using the typed client: start a sign-in flow, submit the credentials, read the account with the session token.
import { createClient } from './client.js';

export async function signIn(server: string, email: string, password: string) {
  const api = createClient(server);
  const started = await api('post', '/v1/flows', { body: { kind: 'sign_in' } });
  if (started.status !== 201) throw new Error(`could not start: ${started.status}`);
  const flowId = started.body.flow.id;
  const submitted = await api('post', '/v1/flows/{flowId}', {
    params: { flowId },
    body: { step: 'credentials', email, password },
  });
  if (submitted.status !== 200 || !('result' in submitted.body) || !submitted.body.result?.session)
    return { step: submitted.body };
  const account = await createClient(server, { token: submitted.body.result.session.token })('get', '/v1/account');
  return account.status === 200 ? { account: account.body } : { error: account.body };
}
