// The crash suite's parts: a real server process to start and SIGKILL, a seeded database, and a mixed workload that
// records every write the server acknowledged.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '../../src/index.js';
import type { TestDatabase } from '../support/databases.js';
import { startTestServer } from '../support/test-server.js';
import { createAccounts, mintCodes } from '../licensing/licensing-support.js';
import { connectBody, request, sessionsFor, type Reply } from './integrity-support.js';

const BIN = new URL('../../bin/tessera-server.js', import.meta.url).pathname;

/** `checkIn`: settings of the server's check-in beyond the suite's (load shedding by lateness is off, as in-process). */
export function serverEnv(db: TestDatabase, checkIn: Record<string, unknown> = {}): Record<string, string> {
  const configFile = join(db.dataDir, 'crash-config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      requestsPerMinute: 1_000_000,
      licensing: { redeemPerAccountHour: 1_000_000, redeemPerIpHour: 1_000_000, maxDevicesPerAccount: 12 },
      // A machine busy with the suite's other files makes any process's loop late at times: not what is tested here.
      checkIn: { shedAfterLagMs: 0, ...checkIn },
    }),
  );
  return {
    TESSERA_DATA_DIR: db.dataDir,
    TESSERA_PORT: '0',
    TESSERA_LOG_LEVEL: 'fatal',
    TESSERA_CONFIG_FILE: configFile,
    ...(db.databaseUrl ? { TESSERA_DATABASE_URL: db.databaseUrl } : {}),
  };
}

export async function startServer(env: Record<string, string>): Promise<{ process: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(seen);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code} before listening`)));
    setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('server did not start'));
    }, 60_000).unref();
  });
  return { process: child, base };
}

export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** `tessera-server admin doctor --json` on the same data, as an operator runs it. */
export function doctor(env: Record<string, string>): {
  code: number | null;
  report: { findings: unknown[] };
  err: string;
} {
  const r = spawnSync(process.execPath, [BIN, 'admin', 'doctor', '--json'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, report: r.stdout ? JSON.parse(r.stdout) : { findings: ['no output'] }, err: r.stderr };
}

export interface Person {
  accountId: string;
  token: string;
}
export interface Connection {
  accountId: string;
  deviceId: string;
  credential: string;
  busy: boolean;
  touched: boolean;
}

/** What the server acknowledged, and what it was asked but never answered (either outcome is then allowed). */
export interface Ledger {
  connections: Connection[];
  disconnectedDevices: Set<string>;
  redeemed: Array<{ accountId: string; subscriptionId: string }>;
  codes: string[];
  /** Wrong passwords the server said it checked (CREDENTIALS_INVALID), and those it asked the image code for. */
  passwords: { checked: number; captchaAsked: number };
}

/** The address the workload guesses passwords for: the guard keys it whether or not an account has it. */
export const ATTACKED_EMAIL = 'crash-target@example.com';

/** Accounts with sessions and a 3-seat subscription each, and unredeemed codes, written before the server starts. */
export async function seed(
  db: TestDatabase,
  people: number,
  codes: number,
): Promise<{ people: Person[]; ledger: Ledger }> {
  const s = await startTestServer({
    db: db.databaseUrl ? 'postgres' : 'sqlite',
    shared: { db, redisPrefix: 'crash:' },
    clock: new ManualClock(Date.now()),
  });
  try {
    const ids = await createAccounts(s, people);
    const tokens = await sessionsFor(s, ids);
    for (const accountId of ids) {
      const granted = await s.tessera.licensing.operator.grant({ accountId, planId: 'personal' });
      if (!granted.ok) throw new Error('grant failed');
    }
    const minted = await mintCodes(s, 'personal', codes);
    return {
      people: ids.map((accountId, i) => ({ accountId, token: tokens[i]! })),
      ledger: {
        connections: [],
        disconnectedDevices: new Set(),
        redeemed: [],
        codes: minted.codes,
        passwords: { checked: 0, captchaAsked: 0 },
      },
    };
  } finally {
    await s.close();
  }
}

const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];

/** Finishes a connect, choosing the first open subscription when the account has several. */
async function connect(base: string, person: Person, ledger: Ledger): Promise<void> {
  let reply: Reply = await request(
    base,
    'POST',
    '/v1/flows',
    connectBody(pick(['app.a', 'app.b'])!, 'Crash'),
    person.token,
  );
  if (reply.status === 201 && reply.body.step === 'select_subscription') {
    const option = (reply.body.ui.nodes as Array<{ value: string; disabled?: boolean }>).find((n) => !n.disabled);
    reply = await request(
      base,
      'POST',
      `/v1/flows/${reply.body.flow.id}`,
      option
        ? { step: 'select_subscription', subscriptionId: option.value }
        : { step: 'select_subscription', subscriptionId: 'none' },
    );
  }
  const result = reply.body.result;
  if (result?.deviceCredential) {
    ledger.connections.push({
      accountId: person.accountId,
      deviceId: result.device.id,
      credential: result.deviceCredential,
      busy: false,
      touched: false,
    });
  }
}

/** A wrong password for the attacked address: the guard's slots are taken in one transaction before it is checked. */
async function guessPassword(base: string, ledger: Ledger): Promise<void> {
  const started = await request(base, 'POST', '/v1/flows', { kind: 'sign_in' });
  if (started.status !== 201) return;
  const reply = await request(base, 'POST', `/v1/flows/${started.body.flow.id}`, {
    step: 'credentials',
    email: ATTACKED_EMAIL,
    password: 'not-the-password',
  });
  const code = reply.body.error?.code;
  if (code === 'CREDENTIALS_INVALID') ledger.passwords.checked += 1;
  if (code === 'CAPTCHA_REQUIRED') ledger.passwords.captchaAsked += 1;
}

/** One operation at random: connect, check in, disconnect a device or an app, redeem a code, guess a password. */
async function operate(base: string, people: Person[], ledger: Ledger): Promise<void> {
  const person = pick(people)!;
  const roll = Math.random();
  if (roll >= 0.88) return guessPassword(base, ledger);
  const idle = ledger.connections.filter((c) => !c.busy && !c.touched);
  if (roll < 0.35 || idle.length === 0) return connect(base, person, ledger);
  const connection = pick(idle)!;
  const owner = people.find((p) => p.accountId === connection.accountId)!;
  connection.busy = true;
  try {
    if (roll < 0.6) {
      const reply = await request(base, 'POST', '/v1/check-in', { credential: connection.credential });
      if (reply.status === 200) connection.credential = reply.body.deviceCredential;
      else connection.touched = true;
    } else if (roll < 0.72) {
      // Asked: from here the device may or may not be disconnected, until the server says so.
      connection.touched = true;
      const reply = await request(
        base,
        'POST',
        `/v1/devices/${connection.deviceId}/disconnect`,
        undefined,
        owner.token,
      );
      if (reply.status === 200) ledger.disconnectedDevices.add(connection.deviceId);
    } else if (roll < 0.8) {
      connection.touched = true;
      await request(base, 'POST', '/v1/connections/disconnect', { credential: connection.credential });
    } else {
      const code = ledger.codes.pop();
      if (!code) return;
      const reply = await request(base, 'POST', '/v1/subscriptions/redeem', { code }, person.token);
      if (reply.status === 201)
        ledger.redeemed.push({ accountId: person.accountId, subscriptionId: reply.body.subscription.id });
    }
  } finally {
    connection.busy = false;
  }
}

/** `workers` clients issuing operations until the server stops answering; a check-in whose answer was lost leaves
 * the connection's credential unknown, so it is not used again. */
export async function workload(base: string, people: Person[], ledger: Ledger, workers: number): Promise<void> {
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (;;) {
        try {
          await operate(base, people, ledger);
        } catch {
          return;
        }
      }
    }),
  );
}
