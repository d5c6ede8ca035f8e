// `tessera connect --device-code`: RFC 8628 for a device without a browser or keyboard. Prints the URL, the code and a
// QR code of the URL with the code filled in, waits (a spinner at a terminal) while the person approves elsewhere.
import QRCode from 'qrcode';
import * as p from '@clack/prompts';
import { TesseraError, type DeviceCodeConnect, type DoneStep } from '@tessera/sdk';
import type { AppContext } from '../app-context.js';
import type { CommandContext } from '../command-context.js';
import { EXIT } from '../exit-codes.js';
import { CliFailure } from '../failure.js';
import { connectedLines, planNameOf } from '../status-view.js';

/** The QR code as text: two modules per character (half blocks), so it stays square in a terminal. */
async function terminalQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'utf8', errorCorrectionLevel: 'M', margin: 2 });
}

export async function connectWithDeviceCode(ctx: CommandContext, app: AppContext): Promise<number> {
  const { out, t, io } = ctx;
  const code: DeviceCodeConnect = await app.client.connectWithDeviceCode();
  const about = {
    userCode: code.userCode,
    verificationUri: code.verificationUri,
    verificationUriComplete: code.verificationUriComplete,
    expiresAt: code.expiresAt,
  };
  // A script needs the code while the command still runs: one line now, the result document at the end.
  out.event({ event: 'device_code', ...about });
  out.line(t('deviceCodeOpen', { url: code.verificationUri }));
  out.line('');
  out.line(`    ${code.userCode}`);
  out.line('');
  out.line(t('deviceCodeScan'));
  out.line(await terminalQr(code.verificationUriComplete));

  const until = new Date(code.expiresAt).toLocaleTimeString(t.locale === 'vi' ? 'vi-VN' : 'en-GB');
  const waiting = t('deviceCodeWaiting', { time: until });
  const spinner = !out.json && io.stdout.isTTY ? p.spinner({ output: io.stdout }) : undefined;
  if (spinner) spinner.start(waiting);
  else out.line(waiting);
  let done: DoneStep;
  try {
    done = await code.wait();
  } catch (error) {
    if (error instanceof TesseraError && error.code === 'ACCESS_DENIED')
      throw new CliFailure(EXIT.REFUSED, error.code, t('deviceCodeDenied'), about);
    if (error instanceof TesseraError && (error.code === 'DEVICE_CODE_EXPIRED' || error.code === 'DEVICE_CODE_INVALID'))
      throw new CliFailure(EXIT.FLOW_EXPIRED, error.code, t('deviceCodeExpired'), about);
    throw error;
  } finally {
    spinner?.stop();
  }
  const planName = planNameOf(done);
  out.result({ appId: app.appId, server: app.server, alreadyConnected: false, planName, status: done.status });
  for (const line of connectedLines(done.status, app.appId, t, planName)) out.line(line);
  return EXIT.OK;
}
