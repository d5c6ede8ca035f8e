// The scripted path end to end: flags and --json against the real server, auto-connect, the gate, server-side disconnect.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { addPhone, call, signUp, mintCodes } from '@tessera/server/testing';
import { newHome, serve, tessera, type Served } from './support/harness.js';

const PASSWORD = 'lantern-harbour-42';
const NODE = process.execPath;

describe('tessera, scripted', () => {
  let served: Served;
  before(async () => {
    served = await serve();
  });
  after(async () => {
    await served.close();
  });

  test('connect with flags → status → a second app auto-connects with --yes → run → disconnected in the account', async () => {
    const { s, url } = served;
    const home = newHome();
    const email = 'lan@example.com';
    const { token } = await signUp(s, { email, password: PASSWORD });

    const refused = await tessera(['run', '--server', url, '--', NODE, '-e', 'process.exit(0)'], { home });
    assert.equal(refused.code, 4, refused.err);
    assert.match(refused.err, /Not running .*: this app is not connected on this device\./);
    assert.match(refused.err, /tessera connect/);

    const connected = await tessera(['connect', '--server', url, '--email', email, '--password-stdin', '--json'], {
      home,
      input: `${PASSWORD}\n`,
    });
    assert.equal(connected.code, 0, connected.out + connected.err);
    const first = connected.json();
    assert.equal(first.ok, true);
    assert.equal(first.appId, 'app.tessera-cli');
    assert.equal(first.status.plan, 'free');
    assert.equal(statSync(home).mode & 0o777, 0o700, 'the store folder is private');
    assert.equal(statSync(join(home, 'device.json')).mode & 0o777, 0o600);

    // Offline, and the server comes from the store: no --server from here on.
    const status = await tessera(['status', '--json'], { home });
    assert.equal(status.code, 0, status.err);
    assert.equal(status.json().status.state, 'connected');
    assert.equal(status.json().server, url);
    const again = await tessera(['connect'], { home });
    assert.equal(again.code, 0);
    assert.match(again.out, /Already connected \(plan free\)/);

    // Another app of the vendor finds the account on this device and asks before connecting.
    const asks = await tessera(['connect', '--app', 'app.vpn', '--json'], { home });
    assert.equal(asks.code, 3, asks.out + asks.err);
    assert.equal(asks.json().code, 'PERSON_NEEDED');
    assert.equal(asks.json().step.kind, 'confirm_account');
    assert.equal(asks.json().step.accountHint, 'l•••@example.com');
    const auto = await tessera(['connect', '--app', 'app.vpn', '--yes'], { home });
    assert.equal(auto.code, 0, auto.err);
    assert.match(auto.out, /Connected: plan Free\./);
    const vpn = (await tessera(['status', '--app', 'app.vpn', '--json'], { home })).json();
    assert.equal(vpn.status.deviceId, first.status.deviceId, 'the same device');

    const ran = await tessera(
      ['run', '--', NODE, '-e', 'console.log("plan=" + process.env.TESSERA_PLAN); process.exit(9)'],
      { home },
    );
    assert.equal(ran.code, 9, 'the exit code of the command');
    assert.match(ran.out, /plan=free/);
    const missing = await tessera(['run', '--', 'no-such-program-tessera'], { home });
    assert.equal(missing.code, 127);

    // The person disconnects the device in their account; the apps learn it at their next check-in.
    const disconnected = await call(s, 'POST', `/v1/devices/${first.status.deviceId}/disconnect`, undefined, { token });
    assert.equal(disconnected.status, 200, JSON.stringify(disconnected.body));
    assert.equal((await tessera(['status'], { home })).code, 0, 'offline, the license still holds');
    const checkIn = await tessera(['check-in'], { home });
    assert.equal(checkIn.code, 4, checkIn.out + checkIn.err);
    assert.match(checkIn.out, /disconnected from the account/);
    const after = await tessera(['status', '--json'], { home });
    assert.equal(after.code, 4);
    assert.equal(after.json().status.state, 'not_connected');
    assert.equal((await tessera(['run', '--', NODE, '-e', ''], { home })).code, 4);
  });

  test('a step only a person can take → 3 with the step as JSON; flags answer the statement and the subscription', async () => {
    const { s, url } = served;
    const home = newHome();
    const email = 'minh@example.com';
    const { token } = await signUp(s, { email, password: PASSWORD, country: 'DE' });
    for (const plan of ['personal', 'family']) {
      const { codes } = await mintCodes(s, plan, 1);
      assert.equal((await call(s, 'POST', '/v1/subscriptions/redeem', { code: codes[0] }, { token })).status, 201);
    }
    await s.tessera.services.consent.publish({
      region: 'DE',
      locale: 'en',
      title: 'Statement on the provision of data',
      body: 'We process…',
    });
    const connect = (...flags: string[]) =>
      tessera(['connect', '--server', url, '--email', email, '--password-stdin', '--json', ...flags], {
        home,
        input: PASSWORD,
      });

    const consent = await connect();
    assert.equal(consent.code, 3, consent.out);
    assert.equal(consent.json().step.kind, 'consent');
    assert.equal(consent.json().step.statement.version, 1);
    assert.match(consent.json().message, /--accept-statement 1/);

    const select = await connect('--accept-statement', '1');
    assert.equal(select.code, 3, select.out);
    const options = select.json().step.options as Array<{ id: string; plan: string; full: boolean }>;
    assert.deepEqual(options.map((o) => o.plan).sort(), ['family', 'personal']);
    const family = options.find((o) => o.plan === 'family')!;

    const done = await connect('--accept-statement', '1', '--subscription', family.id);
    assert.equal(done.code, 0, done.out);
    assert.equal(done.json().status.plan, 'family');
    assert.equal(done.json().status.subscriptionId, family.id);

    await addPhone(s, token, '+12015550142', PASSWORD);
    const other = newHome();
    const sms = await tessera(['connect', '--server', url, '--email', email, '--password-stdin', '--json'], {
      home: other,
      input: PASSWORD,
    });
    assert.equal(sms.code, 3);
    assert.equal(sms.json().step.kind, 'second_factor');
    assert.equal(sms.json().step.method, 'sms');
    const noFlags = await tessera(['connect', '--server', url], { home: other });
    assert.equal(noFlags.code, 3, 'no terminal and no flags: a person is needed');
    assert.match(noFlags.err, /needs a person: email and password/);
  });

  test('refusals and usage errors have their own exit codes and messages', async () => {
    const { s, url } = served;
    const home = newHome();
    await signUp(s, { email: 'hoa@example.com', password: PASSWORD });
    const wrong = await tessera(
      ['connect', '--server', url, '--email', 'hoa@example.com', '--password-stdin', '--json'],
      { home, input: 'not-the-password' },
    );
    assert.equal(wrong.code, 7);
    assert.equal(wrong.json().code, 'CREDENTIALS_INVALID');
    assert.equal(wrong.json().message, 'The email or password is incorrect.');
    const empty = await tessera(['connect', '--server', url, '--email', 'hoa@example.com', '--password-stdin'], {
      home,
      input: '',
    });
    assert.equal(empty.code, 2);

    const unreachable = await tessera(
      ['connect', '--server', 'http://127.0.0.1:9', '--email', 'hoa@example.com', '--password-stdin', '--json'],
      { home, input: PASSWORD },
    );
    assert.equal(unreachable.code, 5, unreachable.out);
    assert.equal(unreachable.json().code, 'UNREACHABLE');
    assert.match(unreachable.json().message, /Cannot reach the server at http:\/\/127\.0\.0\.1:9/);
    assert.equal(
      (await tessera(['check-in', '--server', 'http://127.0.0.1:9'], { home })).code,
      4,
      'nothing to check in',
    );

    for (const args of [
      ['frobnicate'],
      ['connect', '--bogus'],
      ['status', '--email', 'x@example.com'],
      ['status', '--lang', 'fr'],
      ['status', '--server', 'ftp://example.com'],
      ['status', '--app', 'Bad App'],
      ['run'],
    ]) {
      const ran = await tessera(args, { home });
      assert.equal(ran.code, 2, `${args.join(' ')}: ${ran.err}`);
      assert.ok(ran.err.length > 0);
    }
    const help = await tessera(['--help'], { home });
    assert.equal(help.code, 0);
    assert.match(help.out, /Exit codes:/);
    const vi = await tessera(['status'], { home, env: { LANG: 'vi_VN.UTF-8' } });
    assert.equal(vi.code, 4);
    assert.match(vi.out, /Chưa kết nối: ứng dụng này chưa được kết nối/);
    assert.match((await tessera(['--help', '--lang', 'vi'], { home })).out, /Mã thoát:/);
  });
});
