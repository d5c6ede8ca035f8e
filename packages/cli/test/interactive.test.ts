// The interactive path in a pseudo-terminal: captcha and SMS, the statement and the subscription list, sign-up, auto-connect, expiry.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addPhone,
  call,
  connectApp,
  latestCode,
  outboxCount,
  signInWithPassword,
  signUp,
  submit,
  mintCodes,
} from '@tessera/server/testing';
import { KEY, PtySession } from './support/pty.js';
import { newHome, serve, tessera, type Served } from './support/harness.js';

const PASSWORD = 'lantern-harbour-42';

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(condition(), 'the condition came true');
}

describe('tessera connect in a terminal', () => {
  let served: Served;
  const sessions: PtySession[] = [];
  const open = (args: string[], home: string, env?: Record<string, string>) => {
    const session = new PtySession(args, { home, ...(env ? { env } : {}) });
    sessions.push(session);
    return session;
  };
  before(async () => {
    served = await serve();
  });
  after(async () => {
    for (const session of sessions) session.kill();
    await served.close();
  });

  test('wrong password until the image code, SMS with help and a new code, Accept and connect, a subscription list with a full one', async () => {
    const { s, url } = served;
    const email = 'an@example.com';
    const phone = '+12015550177';
    const { token } = await signUp(s, { email, password: PASSWORD, country: 'FR' });
    for (const plan of ['personal', 'family']) {
      const { codes } = await mintCodes(s, plan, 1);
      assert.equal((await call(s, 'POST', '/v1/subscriptions/redeem', { code: codes[0] }, { token })).status, 201);
    }
    // Three other devices take every seat of the personal plan.
    for (let i = 0; i < 3; i++) {
      const flow = await connectApp(s, {
        email,
        password: PASSWORD,
        device: { name: `Phone ${i}`, platform: 'android' },
      });
      const personal = flow.body.ui.nodes.find((n) => n.meta?.plan === 'personal')!;
      assert.equal(
        (await submit(s, flow.body.flow.id, { step: 'select_subscription', subscriptionId: personal.value! })).body
          .step,
        'done',
      );
    }
    await addPhone(s, token, phone, PASSWORD);
    await s.tessera.services.consent.publish({
      region: 'FR',
      locale: 'en',
      title: 'Statement on the provision of data',
      body: 'Your data stays in the region.',
    });

    // A fake desktop viewer: it writes down what it was asked to open.
    const fakeBin = mkdtempSync(join(tmpdir(), 'tessera-fake-open-'));
    const opened = join(fakeBin, 'opened.txt');
    writeFileSync(join(fakeBin, 'xdg-open'), `#!/bin/sh\necho "$1" >> '${opened}'\n`, { mode: 0o755 });
    const home = newHome();
    const t = open(['connect', '--server', url], home, {
      PATH: `${fakeBin}:${process.env.PATH}`,
      TERM_PROGRAM: 'iTerm.app',
    });
    await t.waitFor('Do you have an account?');
    t.send(KEY.enter);
    await t.waitFor('Email');
    t.type(email);
    for (let attempt = 1; attempt <= 3; attempt++) {
      if (attempt > 1) {
        await t.waitFor('Email');
        t.send(KEY.enter); // the address typed before is offered again
      }
      await t.waitFor('Password');
      t.type(`wrong-password-${attempt}`);
      await t.waitFor('The email or password is incorrect.');
    }
    await t.waitFor('Email');
    t.send(KEY.enter);
    await t.waitFor('Password');
    t.type(PASSWORD);
    const shown = await t.waitFor(/The image: file:\/\/(\S+\.png)/);
    assert.match(shown, /Enter the code in the image/);
    const path = /The image: file:\/\/(\S+\.png)/.exec(shown)![1]!;
    assert.ok(existsSync(path), 'the PNG is there to open');
    const inline = /\x1b\]1337;File=inline=1;size=\d+;preserveAspectRatio=1:([A-Za-z0-9+/=]+)\x07/.exec(t.rawText);
    assert.ok(inline, 'iTerm2 declared itself: the image is shown inline');
    assert.deepEqual(Buffer.from(inline[1]!, 'base64').subarray(1, 4).toString(), 'PNG');
    await t.waitFor('Show a new image');
    t.send(KEY.down);
    t.send(KEY.enter); // "Open the image"
    await t.waitFor('Show a new image');
    await waitUntil(() => existsSync(opened));
    assert.equal(readFileSync(opened, 'utf8').trim(), path, 'the viewer was asked to open the saved PNG');
    const before = s.captchaCodes.length;
    t.send(KEY.down);
    t.send(KEY.down);
    t.send(KEY.enter); // "Show a new image"
    const again = await t.waitFor(/The image: file:\/\/(\S+\.png)/);
    assert.equal(s.captchaCodes.length, before + 1, 'a new image was made');
    assert.notEqual(/file:\/\/(\S+\.png)/.exec(again)![1], path);
    assert.ok(!existsSync(path), 'the image replaced is removed');
    await t.waitFor('Show a new image');
    t.send(KEY.enter); // "Enter the code"
    await t.waitFor('Code from the image');
    t.type(s.captchaCodes.at(-1)!);

    await t.waitFor('We sent a verification code to +12•••••77.');
    await t.waitFor(/Get a new code \(available in \d+ seconds\)/);
    const sent = await outboxCount(s, phone);
    s.clock.advance(58_000); // 2 s before the resend cooldown ends, on the server's side
    t.send(KEY.down); // the disabled "Get a new code" is skipped
    t.send(KEY.enter);
    await t.waitFor('Check that your phone has signal');
    // The label counts down while the prompt is open, then the choice can be taken.
    await t.waitFor('Get a new code (available in 2 seconds)');
    await t.waitFor('Get a new code (available in 1 second)');
    await t.waitFor(/○ Get a new code(?! \()/);
    s.clock.advance(2_000);
    t.send(KEY.down);
    t.send(KEY.enter);
    await t.waitFor('We sent a verification code to');
    await t.waitFor("Didn't receive the code?");
    assert.equal(await outboxCount(s, phone), sent + 1, 'a new code was sent');
    t.send(KEY.enter);
    await t.waitFor('leave empty to go back');
    t.type(await latestCode(s, phone));

    await t.waitFor('Your data stays in the region.');
    await t.waitFor('Accept and connect');
    t.send(KEY.enter);
    const list = await t.waitFor('Select the subscription this app uses.');
    assert.ok(list.length > 0);
    const options = await t.waitFor(/Family · until \S+ · 0\/10 devices/);
    assert.match(t.text, /Personal · all 3 devices in use/, 'the full subscription is listed');
    assert.ok(options);
    t.send(KEY.enter); // the cursor starts on the first selectable one
    await t.waitFor('Connected: plan Family.');
    assert.equal(await t.exitCode(), 0);
    const status = await tessera(['status', '--json'], { home });
    assert.equal(status.json().status.plan, 'family');
    assert.ok(!t.rawText.includes('\x1b_G'), 'no kitty graphics for a terminal that did not declare them');
  });

  test('"Create an account", the emailed code, connected; a second app finds the account and connects on confirm', async () => {
    const { s, url } = served;
    const email = 'binh@example.com';
    const home = newHome();
    const t = open(['connect', '--server', url], home);
    await t.waitFor('Do you have an account?');
    t.send(KEY.down);
    t.send(KEY.enter);
    await t.waitFor('Email');
    t.type(email);
    await t.waitFor('Password');
    t.type(PASSWORD);
    await t.waitFor('Country or region');
    t.send(KEY.enter); // suggested from LANG=en_US
    await t.waitFor(`We sent a verification code to ${email}`);
    await t.waitFor('Enter the code');
    await t.waitFor(/Get a new code \(available in \d+ seconds\)/); // the server's cooldown, as for SMS
    t.send(KEY.enter);
    await t.waitFor('leave empty to go back');
    t.type(await latestCode(s, email));
    await t.waitFor('Connected: plan Free.');
    assert.equal(await t.exitCode(), 0);
    assert.equal((await s.tessera.services.accounts.findByEmail(email))?.country, 'US');

    const second = open(['connect', '--app', 'app.vpn'], home);
    await second.waitFor('Account b•••@example.com found on this device. Connect?');
    await second.waitFor('Use another account');
    second.send(KEY.enter);
    await second.waitFor('Connected: plan Free.');
    assert.equal(await second.exitCode(), 0);
    const [a, b] = await Promise.all(
      ['app.tessera-cli', 'app.vpn'].map(async (app) =>
        (await tessera(['status', '--app', app, '--json'], { home })).json(),
      ),
    );
    assert.equal(a.status.deviceId, b.status.deviceId);
  });

  test('Ctrl-C at a prompt cancels with exit 130 and stores nothing', async () => {
    const home = newHome();
    const t = open(['connect', '--server', served.url], home);
    await t.waitFor('Do you have an account?');
    t.send('\x03');
    await t.waitFor('Cancelled. Nothing was changed.');
    assert.equal(await t.exitCode(), 130);
    assert.equal((await tessera(['status'], { home })).code, 4);
  });

  test('in Vietnamese: the attempt expires while the code is being typed → exit 6, and nothing is stored', async () => {
    const { s, url } = served;
    const email = 'cuong@example.com';
    const phone = '+12015550188';
    const { token } = await signUp(s, { email, password: PASSWORD });
    await addPhone(s, token, phone, PASSWORD);
    const home = newHome();
    const t = open(['connect', '--server', url, '--lang', 'vi'], home);
    await t.waitFor('Bạn đã có tài khoản chưa?');
    await t.waitFor('↑/↓ để di chuyển');
    await t.waitFor('Enter: xác nhận');
    assert.doesNotMatch(t.text, /to navigate|confirm/);
    t.send(KEY.enter);
    await t.waitFor('Email');
    t.type(email);
    await t.waitFor('Mật khẩu');
    t.type(PASSWORD);
    await t.waitFor('Chúng tôi đã gửi mã xác minh');
    await t.waitFor('Không nhận được mã?');
    t.send(KEY.enter);
    await t.waitFor('để trống để quay lại');
    s.clock.advance(31 * 60_000); // the flow lives 30 minutes
    t.type(await latestCode(s, phone));
    await t.waitFor('Lượt kết nối này đã hết hạn');
    assert.equal(await t.exitCode(), 6);
    assert.equal((await tessera(['status'], { home })).code, 4);
  });
  test('a spent SMS quota: the refusal names the wait, and "Get a new code" is not offered until then', async () => {
    const { s, url } = served;
    const email = 'dung@example.com';
    const phone = '+12015550199';
    const { token } = await signUp(s, { email, password: PASSWORD });
    await addPhone(s, token, phone, PASSWORD);
    for (let i = 0; i < 10; i++) {
      const spent = await signInWithPassword(s, email, PASSWORD);
      if (spent.body.ui.messages.some((m) => m.id === 4100008)) break;
    }
    const sent = await outboxCount(s, phone);
    const home = newHome();
    const t = open(['connect', '--server', url], home);
    await t.waitFor('Do you have an account?');
    t.send(KEY.enter);
    await t.waitFor('Email');
    t.type(email);
    await t.waitFor('Password');
    t.type(PASSWORD);
    await t.waitFor('Too many codes were sent. Try again in 1 hour.');
    await t.waitFor(/Get a new code \(available in (1 hour|60 minutes)\)/);
    t.send(KEY.down); // the disabled "Get a new code" is skipped
    t.send(KEY.enter);
    await t.waitFor('Check that your phone has signal');
    assert.equal(await outboxCount(s, phone), sent, 'nothing more was sent');
    t.send('\x03');
    assert.equal(await t.exitCode(), 130);
  });
});
