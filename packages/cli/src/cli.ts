// Runs one `tessera` command line: parses it, picks the language, dispatches, and turns failures into exit codes.
import type { Locale } from '@tessera/protocol';
import { openApp, type AppContext } from './app-context.js';
import { parseCommandLine, UsageError, type CommandName, type ParsedArgs } from './args.js';
import type { Command, CommandContext, Io } from './command-context.js';
import { checkInCommand } from './commands/check-in.js';
import { connectCommand } from './commands/connect.js';
import { disconnectCommand } from './commands/disconnect.js';
import { runCommand } from './commands/run.js';
import { statusCommand } from './commands/status.js';
import { EXIT } from './exit-codes.js';
import { explainError } from './explain-error.js';
import { CliFailure } from './failure.js';
import { commandHelp, isHelpTopic } from './command-help.js';
import { helpText } from './help.js';
import { VERSION } from './version.js';
import { chooseLocale } from './i18n/locale.js';
import { createTranslator } from './i18n/translate.js';
import { createOutput } from './output.js';

const COMMANDS: Record<Exclude<CommandName, 'help' | 'version'>, Command> = {
  connect: connectCommand,
  status: statusCommand,
  'check-in': checkInCommand,
  disconnect: disconnectCommand,
  run: runCommand,
};

/** The command that runs: --version and --help after any command answer for themselves, in that order. */
function commandOf(args: ParsedArgs): CommandName {
  if (args.options.version) return 'version';
  return args.options.help ? 'help' : args.command;
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  let args: ParsedArgs | undefined;
  let usageProblem: UsageError | undefined;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    usageProblem = error;
  }
  // The language is needed for the usage message too, so --lang is looked for by hand when parsing failed.
  const langAt = argv.indexOf('--lang');
  const lang = args?.options.lang ?? (langAt >= 0 ? argv[langAt + 1] : undefined);
  const chosen = chooseLocale(lang, io.env);
  const locale: Locale = chosen ?? 'en';
  const t = createTranslator(locale);
  const json = args?.options.json ?? argv.includes('--json');
  const out = createOutput(json, io.stdout, io.stderr, args ? commandOf(args) : null);

  let app: AppContext | undefined;
  try {
    if (usageProblem) throw usageProblem;
    if (chosen === undefined) throw new CliFailure(EXIT.USAGE, 'USAGE', t('badLang', { lang: String(lang) }));
    const command = commandOf(args!);
    if (command === 'version') {
      if (json) out.result({ version: VERSION, node: process.version });
      else io.stdout.write(`tessera ${VERSION} (Node ${process.version})\n`);
      return EXIT.OK;
    }
    if (command === 'help') {
      const topic = args!.command === 'help' ? args!.argv[0] : args!.command;
      if (topic !== undefined && !isHelpTopic(topic))
        throw new UsageError({ key: 'unknownCommand', vars: { command: topic } });
      const text = topic ? commandHelp(topic, locale) : helpText(locale);
      if (json) out.result({ topic: topic ?? null, text });
      else io.stdout.write(text);
      return EXIT.OK;
    }
    const options = args!.options;
    const ctx: CommandContext = {
      args: args!,
      options,
      t,
      out,
      io,
      async open() {
        app ??= await openApp(options, io.env, t, locale);
        return app;
      },
    };
    return await COMMANDS[command](ctx);
  } catch (error) {
    const failure = explainError(error, t, app?.server ?? args?.options.server);
    if (json) {
      // Once the app is known, every failure says which app and server it is about.
      out.failure(failure, app ? { appId: app.appId, server: app.server } : {});
    } else if (!failure.alreadyShown) {
      io.stderr.write(`tessera: ${failure.message}\n`);
    }
    return failure.exitCode;
  }
}
