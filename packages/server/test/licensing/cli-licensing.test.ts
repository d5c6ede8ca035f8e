// tessera-server's licensing commands: plans, minting a batch to CSV, redeeming a code from it, listing and revoking.
// In-process, but for one run of the built binary (the batch table an operator reads).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTessera, loadConfig } from '../../src/index.js';
import { runServerCli as run, spawnServerCli } from '../support/server-cli.js';

const PASSWORD = 'granite-willow-93';

test('admin plans and codes: create a plan, mint to CSV, redeem a code from it, list batches, revoke', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-bin-'));
  const env = { TESSERA_DATA_DIR: dataDir, TESSERA_LOG_LEVEL: 'warn' };

  const createTeam = ['admin', 'plans', 'create', '--id', 'team', '--name', 'Team', '--devices', '20'];
  const plan = await run([...createTeam, '--members', '10', '--features', 'basic,team', '--term-days', '90'], env);
  assert.equal(plan.code, 0, plan.err);
  assert.notEqual((await run([...createTeam, '--members', '10', '--term-days', '90'], env)).code, 0, 'ids are unique');
  assert.notEqual((await run(['admin', 'plans', 'create', '--id', 'half'], env)).code, 0, 'flags missing');
  const plans = JSON.parse((await run(['admin', 'plans', 'list', '--json'], env)).out) as Array<{
    id: string;
    features: string[];
  }>;
  assert.deepEqual(plans.map((p) => p.id).sort(), ['family', 'free', 'personal', 'team']);
  assert.deepEqual(plans.find((p) => p.id === 'team')!.features, ['basic', 'team']);

  const csv = join(dataDir, 'team-codes.csv');
  const minted = await run(
    ['admin', 'codes', 'mint', '--plan', 'team', '--count', '12000', '--note', 'reseller X', '--out', csv],
    env,
  );
  assert.equal(minted.code, 0, minted.err);
  assert.match(minted.err, /minted 12000\/12000/, 'progress on stderr for a large batch');
  assert.match(minted.out, /Written to .*team-codes\.csv/);
  assert.equal(statSync(csv).mode & 0o777, 0o600);
  const lines = readFileSync(csv, 'utf8').trim().split('\n');
  assert.equal(lines[0], 'code,batch,plan,term_days');
  assert.equal(lines.length, 12001);
  const [code, batchId, planId, termDays] = lines[1]!.split(',');
  assert.match(code!, /^[A-Z0-9]{5}(-[A-Z0-9]{5}){3}$/);
  assert.deepEqual([planId, termDays], ['team', '90']);
  const refused = await run(['admin', 'codes', 'mint', '--plan', 'team', '--count', '5', '--out', csv], env);
  assert.notEqual(refused.code, 0);
  assert.match(refused.err, /exists/, 'a CSV of codes is never overwritten');
  assert.equal(readFileSync(csv, 'utf8').trim().split('\n').length, 12001);

  const printed = await run(['admin', 'codes', 'mint', '--plan', 'personal', '--count', '3', '--term-days', '30'], env);
  assert.equal(printed.code, 0, printed.err);
  assert.equal(printed.out.trim().split('\n').length, 3, 'codes alone on stdout');
  assert.match(printed.err, /cannot be shown again/);
  assert.notEqual((await run(['admin', 'codes', 'mint', '--plan', 'nope', '--count', '3'], env)).code, 0);

  const user = await run(
    ['admin', 'users', 'create', '--email', 'reseller-customer@example.com', '--password-stdin', '--json'],
    env,
    `${PASSWORD}\n`,
  );
  assert.equal(user.code, 0, user.err);

  // Redeem the CSV's first code through the API of a server on the same data.
  const tessera = await createTessera({ config: loadConfig({ overrides: { dataDir, logLevel: 'silent' } }) });
  try {
    const inject = async (url: string, payload: object, token?: string) => {
      const res = await tessera.app.inject({
        method: 'POST',
        url,
        payload,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return JSON.parse(res.body);
    };
    const flow = await inject('/v1/flows', { kind: 'sign_in' });
    const done = await inject(`/v1/flows/${flow.flow.id}`, {
      step: 'credentials',
      email: 'reseller-customer@example.com',
      password: PASSWORD,
    });
    const token = done.result.session.token as string;
    const redeemed = await inject('/v1/subscriptions/redeem', { code: code!.toLowerCase() }, token);
    assert.equal(redeemed.subscription.plan.id, 'team', JSON.stringify(redeemed));
    assert.deepEqual(redeemed.subscription.seats, { used: 0, total: 20, full: false });

    const batches = JSON.parse((await run(['admin', 'codes', 'batches', '--json'], env)).out) as Array<{
      id: string;
      redeemed: number;
      count: number;
      note: string;
    }>;
    assert.deepEqual(
      batches.find((b) => b.id === batchId),
      { ...batches.find((b) => b.id === batchId), count: 12000, redeemed: 1, note: 'reseller X' },
    );
    // The built binary prints the table an operator reads.
    assert.match(spawnServerCli(['admin', 'codes', 'batches'], env).out, new RegExp(`${batchId}\\s+team\\s+1/12000`));

    const revokedCode = await run(['admin', 'codes', 'revoke', '--code', code!], env);
    assert.equal(revokedCode.code, 0, revokedCode.err);
    assert.match(revokedCode.out, /subscription it gave/);
    assert.equal((await tessera.licensing.getSubscription(redeemed.subscription.id))!.status, 'revoked');
    const revokedBatch = await run(['admin', 'codes', 'revoke', '--batch', batchId!], env);
    assert.equal(revokedBatch.code, 0, revokedBatch.err);
    const next = await inject('/v1/subscriptions/redeem', { code: lines[2]!.split(',')[0] }, token);
    assert.equal(next.error.code, 'ACTIVATION_CODE_INVALID');
    assert.notEqual((await run(['admin', 'codes', 'revoke'], env)).code, 0, 'needs --batch or --code');
  } finally {
    await tessera.close();
  }
});
