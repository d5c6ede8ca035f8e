// `tessera run -- CMD ARGS…`: the gate. CMD starts only while this app is connected with a valid license.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import type { ConnectedStatus, Status, TesseraClient } from '@tessera/sdk';
import type { Command } from '../command-context.js';
import { EXIT } from '../exit-codes.js';
import { CliFailure } from '../failure.js';
import type { Output } from '../output.js';
import type { Translator } from '../i18n/translate.js';
import { reasonText, when } from '../status-view.js';

/**
 * Offline first. A token past expiry (in grace or beyond), or signed by a key not cached yet, gets one
 * check-in before the answer; a tampered or foreign token does not (the server is not asked to launder it).
 */
async function gate(client: TesseraClient, out: Output, t: Translator): Promise<Status> {
  const status = await client.status();
  const stale =
    (status.state === 'connected' && status.inGrace) ||
    (status.state === 'not_connected' && (status.reason === 'TOKEN_EXPIRED' || status.reason === 'KEY_UNKNOWN'));
  if (!stale) return status;
  const checked = await client.checkIn();
  if (checked.ok) return checked.status;
  if (checked.code === 'UNREACHABLE' && status.state === 'connected') {
    out.warn(t('runOffline', { grace: when(status.graceUntil) }));
    return status;
  }
  return checked.status;
}

function start(argv: string[], env: NodeJS.ProcessEnv, license: ConnectedStatus): Promise<number> {
  const [command, ...args] = argv as [string, ...string[]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      // The program can read what it is licensed for.
      env: {
        ...env,
        TESSERA_PLAN: license.plan,
        TESSERA_PLAN_NAME: license.planName,
        TESSERA_FEATURES: license.features.join(','),
      },
    });
    // Ctrl-C reaches the whole foreground process group, CMD included, so tessera only outlives it; a
    // SIGTERM or SIGHUP sent to tessera alone is passed on.
    const handlers = [
      ['SIGINT', () => {}],
      [
        'SIGTERM',
        () => {
          child.kill('SIGTERM');
        },
      ],
      [
        'SIGHUP',
        () => {
          child.kill('SIGHUP');
        },
      ],
    ] as const;
    for (const [s, h] of handlers) process.on(s, h);
    const done = () => {
      for (const [s, h] of handlers) process.off(s, h);
    };
    child.once('error', (error) => {
      done();
      reject(error);
    });
    child.once('exit', (code, signal) => {
      done();
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
    });
  });
}

export const runCommand: Command = async ({ args, open, out, t, io }) => {
  if (args.argv.length === 0) throw new CliFailure(EXIT.USAGE, 'USAGE', t('runNoCommand'));
  const command = args.argv[0]!;
  const app = await open();
  const status = await gate(app.client, out, t);
  if (status.state !== 'connected') {
    throw new CliFailure(
      EXIT.NOT_CONNECTED,
      'NOT_CONNECTED',
      `${t('runRefused', { command, reason: reasonText(status, t) })}\n${t('howToConnect', { appFlag: app.appFlag })}`,
      { status },
    );
  }
  // On stderr, so CMD's own output stays clean: the app runs on Free until the person picks a subscription.
  if (status.choicePending) out.warn(t('choicePending'));
  try {
    return await start(args.argv, io.env, status);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliFailure(EXIT.COMMAND_NOT_FOUND, 'COMMAND_NOT_FOUND', t('runCannotStart', { command, detail }));
  }
};
