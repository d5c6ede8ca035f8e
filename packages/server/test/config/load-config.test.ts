// Configuration: defaults, environment, file, overrides; clear messages for bad values; frozen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, ConfigError } from '../../src/config/index.js';

test('defaults fill every setting', () => {
  const c = loadConfig({ env: {} });
  assert.equal(c.port, 3000);
  assert.equal(c.dataDir, './data');
  assert.equal(c.risk.captchaAfterEmailFailures, 3);
  assert.equal(c.risk.captchaAfterIpFailures, 10);
  assert.equal(c.sms.codeTtlSeconds, 300);
  assert.equal(c.sms.resendCooldownSeconds, 60);
  assert.equal(c.password.memoryCostKiB, 19456);
  assert.deepEqual(c.sms.provider, { kind: 'outbox' });
  assert.equal(c.databaseUrl, undefined);
});

test('environment variables are parsed and validated', () => {
  const c = loadConfig({
    env: {
      TESSERA_PORT: '8080',
      TESSERA_DEV: 'true',
      TESSERA_TRUSTED_PROXIES: '10.0.0.1, 10.0.0.0/8',
      TESSERA_DATABASE_URL: 'postgres://u@h/db',
      TESSERA_SMS_COUNTRIES: 'vn,us',
      TESSERA_SMS_PROVIDER_URL: 'http://127.0.0.1:9/',
      TESSERA_SMS_ACCOUNT_SID: 'AC1',
      TESSERA_SMS_AUTH_TOKEN: 't',
      TESSERA_SMS_FROM: '+1',
    },
  });
  assert.equal(c.port, 8080);
  assert.equal(c.dev, true);
  assert.deepEqual(c.trustedProxies, ['10.0.0.1', '10.0.0.0/8']);
  assert.deepEqual(c.sms.allowedCountries, ['VN', 'US']);
  assert.equal(c.sms.provider.kind, 'http');
});

test('a file is read and the environment wins over it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-config-'));
  const file = join(dir, 'tessera.json');
  writeFileSync(file, JSON.stringify({ port: 4000, risk: { captchaAfterEmailFailures: 5 } }));
  const c = loadConfig({ env: { TESSERA_CONFIG_FILE: file, TESSERA_PORT: '4001' } });
  assert.equal(c.port, 4001);
  assert.equal(c.risk.captchaAfterEmailFailures, 5);
  assert.equal(c.risk.captchaAfterIpFailures, 10);
});

test('bad values stop the start with messages naming them', () => {
  assert.throws(
    () => loadConfig({ env: { TESSERA_PORT: 'eighty', TESSERA_DATABASE_URL: 'mysql://x' } }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.ok(
        error.problems.some((p) => p.startsWith('/port')),
        error.message,
      );
      assert.ok(
        error.problems.some((p) => p.startsWith('/databaseUrl')),
        error.message,
      );
      return true;
    },
  );
  assert.throws(() => loadConfig({ overrides: { sms: { codeTtlSeconds: 3600 } } }), /codeTtlSeconds/);
  assert.throws(() => loadConfig({ overrides: { unknownSetting: 1 } }), ConfigError);
  assert.throws(() => loadConfig({ env: { TESSERA_CONFIG_FILE: '/nonexistent/tessera.json' } }), /TESSERA_CONFIG_FILE/);
});

test('the config is frozen', () => {
  const c = loadConfig({ env: {} });
  assert.throws(() => {
    (c as { port: number }).port = 1;
  });
  assert.throws(() => {
    (c.risk as { windowSeconds: number }).windowSeconds = 1;
  });
});

test("a command's own defaults (the demo's roomier quotas) sit under the file and the environment", () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tessera-config-')), 'config.json');
  writeFileSync(file, JSON.stringify({ sms: { perNumberHour: 7 } }));
  const defaults = { sms: { perNumberHour: 60, perAccountHour: 60 }, port: 4100 };
  const c = loadConfig({ env: { TESSERA_CONFIG_FILE: file, TESSERA_PORT: '4200' }, defaults });
  assert.equal(c.sms.perNumberHour, 7, 'the file wins over the defaults');
  assert.equal(c.sms.perAccountHour, 60);
  assert.equal(c.port, 4200, 'the environment wins over the defaults');
  assert.equal(c.sms.perIpHour, 20, "the schema's own default where neither speaks");
});
