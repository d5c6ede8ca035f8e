// The pen test's invitation findings: acceptance is bound to the invited address, and invitation tokens (or any
// other secret in a URL) never reach the access log.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { redactUrl } from '../../src/web/index.js';
import { PortalClient, portalSignUp, textOf } from '../portal/portal-client.js';

const PASSWORD = 'lantern-harbour-42';

describe('family invitations', () => {
  let s: TestServer;
  const log: string[] = [];
  // Production logging (JSON access log with URLs): development mode prints brief lines without query strings.
  before(async () => {
    s = await startTestServer({
      db: 'sqlite',
      overrides: { dev: false },
      logTo: {
        write: (line) => {
          log.push(line);
        },
      },
    });
  });
  after(async () => {
    await s.close();
  });

  test('only the account of the invited address can accept; the link and the log keep the token to themselves', async () => {
    const owner = new PortalClient(s);
    await portalSignUp(s, owner, 'owner@example.com', PASSWORD);
    const minted = await s.tessera.licensing.operator.mint({ planId: 'family', count: 1 });
    assert.ok(minted.ok);
    await owner.submit(await owner.get('/account/subscriptions'), '/account/subscriptions/redeem', {
      code: minted.codes[0]!,
    });
    const page = await owner.get('/account/subscriptions');
    const invite = /action="(\/account\/subscriptions\/[^"]+\/invite)"/.exec(page.body)![1]!;
    assert.equal((await owner.submit(page, invite, { email: 'Invitee@Example.com' })).status, 303);
    const mail = (await s.tessera.stores.outbox.list({ limit: 5, to: 'invitee@example.com' })).find(
      (m) => m.purpose === 'family_invitation',
    );
    const token = /\btin_[A-Za-z0-9_-]+/.exec(mail!.body)![0];
    const link = `/invitations/accept?token=${token}`;

    // Someone the link was forwarded to (or who found it) is told plainly, and the invitation stays unused.
    const other = new PortalClient(s);
    await portalSignUp(s, other, 'someone.else@example.com', PASSWORD);
    const refused = await other.submit(await other.get(link), '/invitations/accept');
    assert.equal(refused.status, 403);
    assert.match(textOf(refused), /This invitation was sent to another email address/);

    // The invited person (address typed in another case at sign-up) accepts it.
    const invitee = new PortalClient(s);
    await portalSignUp(s, invitee, 'INVITEE@example.com', PASSWORD);
    const joined = await invitee.submit(await invitee.get(link), '/invitations/accept');
    assert.equal(joined.status, 303, textOf(joined));
    assert.equal(joined.location, '/account/subscriptions');

    // Signed out, the link bounces through sign-in with the token inside `next`: neither URL is logged with it.
    await new PortalClient(s).get(`/sign-in?next=${encodeURIComponent(link)}`);
    const logged = log.join('');
    assert.match(logged, /"url":"\/invitations\/accept\?token=\[redacted\]"/);
    assert.ok(!logged.includes(token), 'the invitation token is in the log');
    assert.ok(!logged.includes(token.slice(4)), 'part of the invitation token is in the log');
  });

  test('redactUrl hides secret-bearing parameters and token-shaped values, and keeps the rest', () => {
    assert.equal(redactUrl('/invitations/accept?token=tin_abc'), '/invitations/accept?token=[redacted]');
    assert.equal(redactUrl('/x?lang=vi&Code=123456&next=%2Faccount'), '/x?lang=vi&Code=[redacted]&next=%2Faccount');
    assert.equal(
      redactUrl(`/sign-in?next=${encodeURIComponent('/invitations/accept?token=tin_AAAAAAAAAAAAAAAAAAAAAAAA')}`),
      '/sign-in?next=%2Finvitations%2Faccept%3Ftoken%3D[redacted]',
    );
    assert.equal(redactUrl('/v1/flows/flw_abc'), '/v1/flows/flw_abc');
    assert.equal(redactUrl('/a?%74oken=secret'), '/a?%74oken=[redacted]');
  });
});
