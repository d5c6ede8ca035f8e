// `tessera-server admin …`: operator commands that work on the data directly, also while a server runs.
import type { Config } from '../config/index.js';
import { createTesseraCore } from '../composition/core.js';
import { connectAdmin, type ConnectAdminValues } from './admin-connect.js';
import { licensingAdmin, type LicensingAdminValues } from './admin-licensing.js';
import { operatorAdmin, type OperatorAdminValues } from './admin-operator.js';
import { supportAdmin, type SupportAdminValues } from './admin-support.js';
import { backup } from './admin-backup.js';
import { doctorCommand } from './admin-doctor.js';
import { EXIT_USAGE } from './command-options.js';
import { readSecret } from './read-secret.js';
import type { CliIo } from './io.js';

type Values = ConnectAdminValues &
  LicensingAdminValues &
  OperatorAdminValues &
  SupportAdminValues & {
    fix?: boolean | undefined;
    email?: string | undefined;
    'password-stdin'?: boolean | undefined;
    country?: string | undefined;
    locale?: string | undefined;
    to?: string | undefined;
    limit?: string | undefined;
    json?: boolean | undefined;
  };

export async function adminCommand(config: Config, args: string[], values: Values, io: CliIo): Promise<number> {
  const [area, action] = args;
  const fail = (message: string): number => {
    io.stderr(`${message}\n`);
    return EXIT_USAGE;
  };
  // Webhooks are sent by servers; a short-lived admin command only records what it changes (and serves no HTTP, so
  // the web app is not built).
  const tessera = await createTesseraCore({ config: { ...config, logLevel: 'warn' }, startWebhookWorker: false });
  try {
    const out = (text: string) => io.stdout(`${text}\n`);
    if (area === 'users' && action === 'create') {
      if (!values.email) return fail('admin users create needs --email (and the password on stdin or at the prompt)');
      const password = await readSecret(`Password for ${values.email}: `, values['password-stdin'] === true, io);
      if (!password) return fail('No password given: pipe it with --password-stdin or type it at the prompt');
      const { accounts } = tessera.services;
      const prepared = await accounts.preparePassword(password, values.email);
      if (!prepared.ok) return fail(`Password rejected: ${prepared.code}`);
      const locale = values.locale === 'vi' ? 'vi' : 'en';
      const country = (values.country ?? 'VN').toUpperCase();
      if (!/^[A-Z]{2}$/.test(country)) return fail('--country takes a two-letter code');
      const account = await accounts.register({ email: values.email, passwordHash: prepared.hash, country, locale });
      if (!account) return fail('That email is not valid or already has an account.');
      out(
        values.json
          ? JSON.stringify({ id: account.id, email: account.email })
          : `Created ${account.email} (${account.id})`,
      );
      return 0;
    }
    if (area === 'outbox' && action === 'list') {
      const limit = Math.min(Math.max(Number(values.limit ?? 20) || 20, 1), 500);
      const messages = await tessera.services.outbox.recent({ limit, ...(values.to ? { to: values.to } : {}) });
      if (values.json) out(JSON.stringify(messages));
      else
        for (const m of messages)
          out(
            `${new Date(m.createdAt).toISOString()}  ${m.channel.padEnd(5)} ${m.to}  ${m.subject ?? ''}\n    ${m.body.split('\n').join('\n    ')}`,
          );
      return 0;
    }
    if (area === 'check-in-cache' && action === 'clear') {
      const sent = await tessera.dropCheckInAnswers();
      out(
        sent
          ? 'Every instance drops its cached check-in answers; apps get what the database says at their next check-in.'
          : 'Nothing to do on SQLite: a server drops its cached check-in answers when another process writes the file.',
      );
      return 0;
    }
    if (area === 'backup') return backup(config, tessera, values.out, out, fail);
    if (area === 'doctor' && action === undefined)
      return await doctorCommand(tessera, { fix: values.fix === true, json: values.json === true }, out);
    const handled = await connectAdmin(tessera, area, action, values, out, fail);
    if (handled !== undefined) return handled;
    const licensing = await licensingAdmin(tessera, area, action, values, out, fail, io.stderr);
    if (licensing !== undefined) return licensing;
    const support = await supportAdmin(tessera, args, values, out, fail, io.stderr);
    if (support !== undefined) return support;
    const operator = await operatorAdmin(tessera, args, values, out, fail, io.stderr);
    if (operator !== undefined) return operator;
    return fail('Unknown admin command. See `tessera-server --help`.');
  } finally {
    await tessera.close();
  }
}
