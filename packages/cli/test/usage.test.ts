// The command line itself: each command's own help, the version, and usage errors in the user's language (exit 2).
// Run in-process through runCli (the harness's runInProcess; no server is involved), so dozens of command lines cost no
// process starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newHome, runInProcess } from './support/harness.js';

/** Runs one command line as `tessera` would, with HOME-like isolation and the given extra environment. */
const tessera = (args: string[], options: { home: string; env?: Record<string, string> }) =>
  runInProcess(args, { home: options.home, env: { TESSERA_HOME: options.home, LANG: 'C', ...options.env } });

test('every command answers --help with its own usage, in English and Vietnamese', async () => {
  const home = newHome();
  for (const command of ['connect', 'status', 'check-in', 'disconnect', 'run']) {
    const en = await tessera([command, '--help'], { home });
    assert.equal(en.code, 0, en.err);
    assert.match(en.out, new RegExp(`^Usage: tessera ${command}`));
    assert.doesNotMatch(en.out, /Exit codes:/, 'not the global help');
    const vi = await tessera(['help', command, '--lang', 'vi'], { home });
    assert.match(vi.out, /^Cách dùng: tessera/);
  }
  assert.match((await tessera(['connect', '-h'], { home })).out, /--password-stdin {8}read the password/);
});

test('--version, as text and as JSON', async () => {
  const home = newHome();
  const text = await tessera(['--version'], { home });
  assert.equal(text.code, 0);
  assert.match(text.out, /^tessera \d+\.\d+\.\d+ \(Node v\d+/);
  const json = await tessera(['-V', '--json'], { home });
  assert.equal(json.json().ok, true);
  assert.match(json.json().version, /^\d+\.\d+\.\d+$/);
});

test('usage errors speak the chosen language, name the culprit and exit 2; global options may come first', async () => {
  const home = newHome();
  const cases: Array<[string[], RegExp]> = [
    [['status', '--bogus', '--lang', 'vi'], /^tessera: Tùy chọn không tồn tại "--bogus"\. Chạy `tessera --help`/],
    [['--lang', 'vi', 'frob'], /^tessera: Lệnh không tồn tại "frob"/],
    [['--lang', 'vi', 'status', '--email', 'a@example.com'], /^tessera: "status" không nhận --email/],
    [['connect', '--email'], /^tessera: The option --email needs a value\./],
    [['help', 'nothing'], /^tessera: Unknown command "nothing"/],
  ];
  for (const [args, message] of cases) {
    const ran = await tessera(args, { home });
    assert.equal(ran.code, 2, args.join(' '));
    assert.match(ran.err, message);
  }
  const json = await tessera(['status', '--bogus', '--json'], { home });
  assert.deepEqual([json.code, json.json().ok, json.json().code], [2, false, 'USAGE']);
  assert.match((await tessera(['--lang', 'vi', 'status'], { home })).out, /Chưa kết nối/);
});
