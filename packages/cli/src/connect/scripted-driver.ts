// A script: flags answer what they can; a step only a person can take ends with exit code 3 and its description.
import type { DoneStep, Step } from '@tessera/sdk';
import type { AppContext } from '../app-context.js';
import type { CommandContext } from '../command-context.js';
import { EXIT } from '../exit-codes.js';
import { CliFailure } from '../failure.js';
import { connectedLines, planNameOf } from '../status-view.js';
import { saveCaptcha } from './captcha-image.js';
import { describeStep, stepNeed } from './describe-step.js';
import type { ConnectDriver, OpenStep } from './driver.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  return text;
}

export function createScriptedDriver(ctx: CommandContext, app: AppContext): ConnectDriver {
  const { options, t, out } = ctx;
  let password: string | undefined;
  const readPassword = async () => {
    // Only the first line counts, so `echo "$PASSWORD" |` works; the line ending is not part of the password.
    password ??= (await readAll(ctx.io.stdin)).split(/\r?\n/)[0] ?? '';
    if (!password) throw new CliFailure(EXIT.USAGE, 'USAGE', t('passwordStdinEmpty'));
    return password;
  };
  const personNeeded = (step: OpenStep): never => {
    const captchaPath = step.kind === 'credentials' && step.captcha ? saveCaptcha(step.captcha).path : undefined;
    const extra = captchaPath ? { captchaPath } : {};
    throw new CliFailure(EXIT.PERSON_NEEDED, 'PERSON_NEEDED', t('personNeeded', { what: stepNeed(step, t, extra) }), {
      step: describeStep(step, extra),
    });
  };
  return {
    wait: (work) => work,
    async answer(step: OpenStep): Promise<Step> {
      // A script cannot try again: a refusal ends the run. Except a challenge the SDK passes by itself: no person needed.
      const solvable =
        step.kind === 'credentials' && step.error?.code === 'CAPTCHA_REQUIRED' && step.proofOfWork !== undefined;
      if (step.error && !solvable)
        throw new CliFailure(EXIT.REFUSED, step.error.code, step.error.message, { step: describeStep(step) });
      switch (step.kind) {
        case 'credentials':
          if (step.captcha || options.email === undefined || !options.passwordStdin) return personNeeded(step);
          return step.submit({ email: options.email, password: await readPassword() });
        case 'confirm_account':
          return options.yes ? step.confirm() : personNeeded(step);
        case 'consent':
          // Accepting a statement needs its version, so a script accepts only the text its author read.
          return options.acceptStatement === String(step.statement.version) ? step.accept() : personNeeded(step);
        case 'select_subscription':
          return options.subscription !== undefined ? step.select(options.subscription) : personNeeded(step);
        default:
          return personNeeded(step);
      }
    },
    connected(step: DoneStep) {
      const planName = planNameOf(step);
      out.result({ appId: app.appId, server: app.server, alreadyConnected: false, planName, status: step.status });
      for (const line of connectedLines(step.status, app.appId, t, planName)) out.line(line);
    },
  };
}
