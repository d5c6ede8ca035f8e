// `tessera connect`: follows the steps the server sends until the app is connected (interactive, or scripted with flags).
import type { Step } from '@tessera/sdk';
import type { Command, CommandContext } from '../command-context.js';
import { createInteractiveDriver } from '../connect/interactive-driver.js';
import { createScriptedDriver } from '../connect/scripted-driver.js';
import { EXIT } from '../exit-codes.js';
import { CliFailure } from '../failure.js';
import { connectWithDeviceCode } from './connect-device-code.js';

// Far more steps than any journey has: a server sending the same step forever ends here rather than never.
const MAX_STEPS = 100;

/** A person at a terminal, unless the options say a script is driving. */
function isInteractive({ options, io }: CommandContext): boolean {
  return !options.json && !options.passwordStdin && io.stdin.isTTY === true && io.stdout.isTTY === true;
}

export const connectCommand: Command = async (ctx) => {
  const { out, t } = ctx;
  const app = await ctx.open();
  const current = await app.client.status();
  if (current.state === 'connected') {
    out.result({ appId: app.appId, server: app.server, alreadyConnected: true, status: current });
    out.line(t('alreadyConnected', { plan: current.plan, appFlag: app.appFlag }));
    return EXIT.OK;
  }
  if (ctx.options.deviceCode) return connectWithDeviceCode(ctx, app);
  const driver = isInteractive(ctx) ? createInteractiveDriver(ctx, app) : createScriptedDriver(ctx, app);
  let step: Step = await driver.wait(app.client.connect());
  for (let count = 0; step.kind !== 'done'; count++) {
    if (count === MAX_STEPS)
      throw new CliFailure(
        EXIT.UNEXPECTED,
        'TOO_MANY_STEPS',
        t('unexpected', { detail: `no end after ${MAX_STEPS} steps` }),
      );
    const next: Step = await driver.answer(step);
    // Declining the statement ends the attempt: nothing is connected.
    if (step.kind === 'consent' && next.error?.code === 'CONSENT_DECLINED') {
      throw new CliFailure(EXIT.REFUSED, 'CONSENT_DECLINED', next.error.message);
    }
    step = next;
  }
  driver.connected(step);
  return EXIT.OK;
};
