// Bad input on the device: a tampered or foreign license token, a corrupt store file, loose permissions — clear exits, nothing lost.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signUp } from '@tessera/server/testing';
import { newHome, serve, tessera, type Served } from './support/harness.js';

const PASSWORD = 'lantern-harbour-42';

describe('tessera with a damaged device store', () => {
  let served: Served;
  let home: string;
  before(async () => {
    served = await serve();
    home = newHome();
    await signUp(served.s, { email: 'quan@example.com', password: PASSWORD });
    for (const app of ['app.tessera-cli', 'app.vpn']) {
      const flags = app === 'app.vpn' ? ['--yes'] : ['--email', 'quan@example.com', '--password-stdin'];
      const ran = await tessera(['connect', '--server', served.url, '--app', app, ...flags], { home, input: PASSWORD });
      assert.equal(ran.code, 0, ran.err);
    }
  });
  let closed = false;
  after(async () => {
    if (!closed) await served.close();
  });

  const appFile = (app = 'app.tessera-cli') => join(home, 'apps', `${app}.json`);
  const readState = (app?: string) => JSON.parse(readFileSync(appFile(app), 'utf8')) as { licenseToken: string };
  const writeState = (state: unknown, app?: string) =>
    writeFileSync(appFile(app), JSON.stringify(state), { mode: 0o600 });

  test('a tampered token and a token of another app are refused offline; a check-in repairs them', async () => {
    const original = readState();
    const [header, payload, signature] = original.licenseToken.split('.') as [string, string, string];
    const flipped = signature.slice(0, 10) + (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11);
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const upgraded = Buffer.from(JSON.stringify({ ...claims, plan: 'family' })).toString('base64url');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    for (const token of [
      `${header}.${payload}.${flipped}`,
      `${header}.${upgraded}.${signature}`,
      `${none}.${payload}.`,
      'garbage',
    ]) {
      writeState({ ...original, licenseToken: token });
      const status = await tessera(['status', '--json'], { home });
      assert.equal(status.code, 4, token);
      assert.equal(status.json().status.reason, 'TOKEN_INVALID');
      const run = await tessera(['run', '--', process.execPath, '-e', ''], { home });
      assert.equal(run.code, 4);
      assert.match(run.err, /not valid \(damaged, or not signed by the server\)/);
    }
    writeState({ ...original, licenseToken: readState('app.vpn').licenseToken });
    const foreign = await tessera(['status', '--json'], { home });
    assert.equal(foreign.code, 4);
    assert.equal(foreign.json().status.reason, 'WRONG_APP');

    // The credential is intact, so checking in brings a good token back.
    const checkIn = await tessera(['check-in'], { home });
    assert.equal(checkIn.code, 0, checkIn.out + checkIn.err);
    assert.equal((await tessera(['status'], { home })).code, 0);
  });

  test('a key planted in the cached key set does not make a self-signed family token pass status or run', async () => {
    const original = readState();
    const pair = generateKeyPairSync('ed25519');
    const jwk = { ...pair.publicKey.export({ format: 'jwk' }), kid: 'key_planted', alg: 'EdDSA', use: 'sig' };
    const claims = JSON.parse(Buffer.from(original.licenseToken.split('.')[1]!, 'base64url').toString());
    const input = [
      { alg: 'EdDSA', kid: jwk.kid, typ: 'tessera-license+jwt' },
      { ...claims, plan: 'family', features: ['premium'] },
    ]
      .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
      .join('.');
    writeState({
      ...original,
      licenseToken: `${input}.${sign(null, Buffer.from(input), pair.privateKey).toString('base64url')}`,
    });
    const keyFile = join(
      home,
      'keys',
      readdirSync(join(home, 'keys')).find((name) => /^[0-9a-f]{32}\.json$/.test(name))!,
    );
    const cached = JSON.parse(readFileSync(keyFile, 'utf8')) as { keys: unknown[] };
    writeFileSync(keyFile, JSON.stringify({ ...cached, keys: [...cached.keys, jwk] }), { mode: 0o600 });

    const status = await tessera(['status', '--json'], { home });
    assert.equal(status.code, 4, status.out);
    assert.equal(status.json().status.reason, 'KEY_UNKNOWN');
    // run asks the server once (an unknown key), which answers with this device's real plan: never the forged one.
    const run = await tessera(['run', '--', process.execPath, '-e', 'process.stdout.write(process.env.TESSERA_PLAN)'], {
      home,
    });
    assert.equal(run.code, 0, run.err);
    assert.equal(run.out, 'free');
    assert.ok(
      !readFileSync(keyFile, 'utf8').includes('key_planted'),
      "the check-in replaced the set with the server's",
    );
  });

  test('a corrupt file or loose permissions stop every command with exit 8, and nothing is rewritten', async () => {
    const good = readFileSync(appFile(), 'utf8');
    writeFileSync(appFile(), '{"server": "http://', { mode: 0o600 });
    for (const command of [['status'], ['check-in'], ['connect', '--json'], ['run', '--', 'true'], ['disconnect']]) {
      const ran = await tessera(command, { home });
      assert.equal(ran.code, 8, `${command[0]}: ${ran.out}${ran.err}`);
    }
    const corrupt = await tessera(['status'], { home });
    assert.match(corrupt.err, /device store cannot be read/);
    assert.match(corrupt.err, /app\.tessera-cli\.json/);
    assert.equal(readFileSync(appFile(), 'utf8'), '{"server": "http://', 'left for the person to look at');
    writeFileSync(appFile(), good, { mode: 0o600 });

    chmodSync(appFile('app.vpn'), 0o644);
    const loose = await tessera(['status', '--app', 'app.vpn', '--json'], { home });
    assert.equal(loose.code, 8, loose.out);
    assert.equal(loose.json().code, 'STORE_PERMISSIONS');
    assert.match(loose.json().message, /chmod 600/);
    chmodSync(appFile('app.vpn'), 0o600);
    assert.equal((await tessera(['status'], { home })).code, 0, 'fixed by the person: works again, nothing lost');
  });

  test('with the server gone: check-in and disconnect exit 5 and keep everything; the license still works offline', async () => {
    const before = readFileSync(appFile(), 'utf8');
    await served.close();
    closed = true;
    const checkIn = await tessera(['check-in'], { home });
    assert.equal(checkIn.code, 5, checkIn.out + checkIn.err);
    assert.match(checkIn.err, /The app keeps working offline until/);
    const disconnect = await tessera(['disconnect', '--json'], { home });
    assert.equal(disconnect.code, 5, disconnect.out);
    assert.equal(disconnect.json().code, 'UNREACHABLE');
    assert.equal(readFileSync(appFile(), 'utf8'), before, 'nothing lost');
    assert.equal((await tessera(['status'], { home })).code, 0);
    assert.equal(
      (await tessera(['run', '--', process.execPath, '-e', 'process.exit(0)'], { home })).code,
      0,
      'offline, within the license',
    );
  });
});
