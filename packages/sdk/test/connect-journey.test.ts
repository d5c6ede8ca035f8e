// The whole connect journey through the SDK against a real server: captcha, SMS, consent, subscription choice,
// a second app auto-connecting, and a person without an account signing up on the way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { latestCode, outboxCount, solveCaptcha } from '@tessera/server/testing';
import { appClient, expectStep, makeAccount, PASSWORD, redeem, tempHome, useLiveServer } from './support/harness.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const mode = (path: string) => statSync(path).mode & 0o777;
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('connect through the SDK', () => {
  const server = useLiveServer();

  test('captcha after 3 wrong passwords, SMS with resend and help, consent, select subscription → done; a second app auto-connects', async () => {
    const email = 'son@example.vn';
    const phone = '+12015550111';
    const { token } = await makeAccount(server(), { email, country: 'VN', phone });
    await server().s.tessera.services.consent.publish({
      region: 'VN',
      locale: 'en',
      title: 'Statement on the provision of data',
      body: 'What we keep and why.',
    });
    await redeem(server(), token, 'personal');
    const familyId = await redeem(server(), token, 'family');
    const home = tempHome();
    const secure = appClient(server(), home, 'app.secure');

    assert.equal((await secure.status()).state, 'not_connected');
    let credentials = expectStep(await secure.connect(), 'credentials');
    assert.equal(credentials.captcha, undefined, 'no image before any failure');
    for (let i = 0; i < 3; i++) {
      credentials = expectStep(await credentials.submit({ email, password: `not-the-password-${i}` }), 'credentials');
      assert.equal(credentials.error?.code, 'CREDENTIALS_INVALID');
    }
    assert.ok(credentials.captcha, 'the image code after three failures');
    assert.equal(credentials.captcha.mediaType, 'image/png');
    assert.deepEqual([...credentials.captcha.bytes.subarray(0, 8)], PNG_SIGNATURE, 'the image as decoded bytes');

    // A wrong answer is refused with a new image, even with the right password.
    credentials = expectStep(
      await credentials.submit({ email, password: PASSWORD, captchaAnswer: 'ZZZZZ' }),
      'credentials',
    );
    assert.equal(credentials.error?.code, 'CAPTCHA_INVALID');
    assert.ok(credentials.captcha);
    const answer = await solveCaptcha(server().s, credentials.flowId);

    let sms = expectStep(
      await credentials.submit({ email, password: PASSWORD, captchaAnswer: answer }),
      'second_factor',
    );
    assert.equal(sms.method, 'sms');
    assert.ok(sms.resendAvailableIn > 0, 'the resend countdown');
    assert.equal(sms.useTotp, undefined, 'no authenticator on this account');
    const sent = await outboxCount(server().s, phone);
    sms = expectStep(await sms.resend(), 'second_factor');
    assert.equal(sms.error?.code, 'RESEND_COOLDOWN');
    assert.equal(sms.error?.retryAfterSeconds, sms.resendAvailableIn, 'the refusal names the wait the step shows');
    assert.match(sms.error?.message ?? '', /^Wait (\d+ seconds|1 minute) before asking for a new code\.$/);
    sms = expectStep(await sms.help(), 'second_factor');
    assert.match(sms.helpText ?? '', /ending in 0111/);
    server().s.clock.advance(61_000);
    sms = expectStep(await sms.resend(), 'second_factor');
    assert.equal(sms.error, undefined);
    assert.equal(await outboxCount(server().s, phone), sent + 1, 'a new code was sent');
    const wrong = expectStep(
      await sms.submit({ code: '000000' === (await latestCode(server().s, phone)) ? '111111' : '000000' }),
      'second_factor',
    );
    assert.equal(wrong.error?.code, 'CODE_INVALID');

    const consent = expectStep(await wrong.submit({ code: await latestCode(server().s, phone) }), 'consent');
    assert.equal(consent.statement.title, 'Statement on the provision of data');
    assert.equal(consent.statement.body, 'What we keep and why.');
    assert.equal(consent.statement.version, 1);
    assert.equal(consent.statement.region, 'VN');
    const declined = expectStep(await consent.decline(), 'consent');
    assert.equal(declined.error?.code, 'CONSENT_DECLINED');

    const choose = expectStep(await declined.accept(), 'select_subscription');
    assert.deepEqual(choose.options.map((o) => o.plan).sort(), ['family', 'personal']);
    assert.ok(choose.options.every((o) => !o.full && o.seatsTotal > 0 && o.label.length > 0));
    const refused = expectStep(await choose.select('sub_not_mine'), 'select_subscription');
    assert.equal(refused.error?.code, 'SUBSCRIPTION_NOT_SELECTABLE');
    const done = expectStep(await refused.select(familyId), 'done');
    assert.equal(done.status.state, 'connected');
    assert.equal(done.status.plan, 'family');
    assert.equal(done.status.subscriptionId, familyId);
    assert.equal(done.status.inGrace, false);

    // What the journey left on the device: files 0600 in folders 0700.
    assert.deepEqual(readdirSync(home).sort(), ['apps', 'device.json', 'keys']);
    for (const dir of [home, join(home, 'apps'), join(home, 'keys')]) assert.equal(mode(dir), 0o700, dir);
    const appFile = join(home, 'apps', 'app.secure.json');
    const [keyFile] = readdirSync(join(home, 'keys'));
    for (const file of [join(home, 'device.json'), appFile, join(home, 'keys', keyFile!)])
      assert.equal(mode(file), 0o600, file);
    const device = json(join(home, 'device.json'));
    const appState = json(appFile);
    assert.equal(device.accountHint, 's•••@example.vn');
    assert.deepEqual(device.shared, { appId: 'app.secure', credential: appState.credential });
    assert.equal(appState.deviceId, device.deviceId);
    assert.deepEqual(await secure.status(), done.status);

    // A second app of the vendor on the same folder: "account found — Connect?", no password, no SMS, no consent again.
    const vpn = appClient(server(), home, 'app.vpn');
    const smsBefore = await outboxCount(server().s, phone);
    const confirm = expectStep(await vpn.connect(), 'confirm_account');
    assert.equal(confirm.accountHint, 's•••@example.vn');
    const pick = expectStep(await confirm.confirm(), 'select_subscription');
    const vpnDone = expectStep(await pick.select(familyId), 'done');
    assert.equal(vpnDone.status.deviceId, done.status.deviceId, 'the same device');
    assert.equal(await outboxCount(server().s, phone), smsBefore, 'no SMS for auto-connect');
    const vpnState = json(join(home, 'apps', 'app.vpn.json'));
    assert.notEqual(vpnState.credential, appState.credential, 'each app has its own credential');
    assert.deepEqual(
      json(join(home, 'device.json')).shared,
      { appId: 'app.vpn', credential: vpnState.credential },
      'the app that connected last shares',
    );
    assert.equal((await secure.status()).state, 'connected', 'the first app is untouched');
    assert.equal((await vpn.status()).state, 'connected');
  });

  test('"Use another account" on confirm_account goes to the password step', async () => {
    const email = 'tam@example.com';
    await makeAccount(server(), { email });
    const home = tempHome();
    expectStep(
      await expectStep(await appClient(server(), home, 'app.secure').connect(), 'credentials').submit({
        email,
        password: PASSWORD,
      }),
      'done',
    );
    const confirm = expectStep(await appClient(server(), home, 'app.vpn').connect(), 'confirm_account');
    expectStep(await confirm.useAnotherAccount(), 'credentials');
  });

  test('no account yet: "Create an account" → details → emailed code → connected without the password again', async () => {
    const email = 'uyen@example.com';
    const home = tempHome();
    const app = appClient(server(), home, 'app.secure');
    const credentials = expectStep(await app.connect(), 'credentials');
    let details = expectStep(await credentials.createAccount(), 'details');
    details = expectStep(await details.submit({ email, password: 'short', country: 'US' }), 'details');
    assert.equal(details.error?.code, 'PASSWORD_TOO_SHORT');
    const verify = expectStep(await details.submit({ email, password: PASSWORD, country: 'US' }), 'verify_email');
    const again = expectStep(
      await verify.submit({ code: '000000' === (await latestCode(server().s, email)) ? '111111' : '000000' }),
      'verify_email',
    );
    assert.equal(again.error?.code, 'CODE_INVALID');
    const done = expectStep(await again.submit({ code: await latestCode(server().s, email) }), 'done');
    assert.equal(done.status.plan, 'free');
    assert.equal(done.view.flow.kind, 'connect', 'the sign-up went on into a connect flow');
    assert.equal((await app.status()).state, 'connected');
    assert.equal(json(join(home, 'device.json')).accountHint, 'u•••@example.com');
  });

  test('signUp() starts at "Create an account" and a regional statement still comes before done', async () => {
    await server().s.tessera.services.consent.publish({
      region: 'DE',
      locale: 'en',
      title: 'Datenschutz',
      body: 'Text v1',
    });
    const email = 'vy@example.de';
    const app = appClient(server(), tempHome(), 'app.secure');
    const details = expectStep(await app.signUp(), 'details');
    const verify = expectStep(await details.submit({ email, password: PASSWORD, country: 'DE' }), 'verify_email');
    const consent = expectStep(await verify.submit({ code: await latestCode(server().s, email) }), 'consent');
    assert.equal(consent.statement.title, 'Datenschutz');
    assert.equal(expectStep(await consent.accept(), 'done').status.plan, 'free');
  });
});
