// The check-in figures' load generator when Debian's `wrk` is installed: a C client (one thread, a Lua script).
// Measured beside autocannon on the same servers, alternated: autocannon spent 22–30 µs of its own CPU per bare hello
// and 42–67 µs per check-in (it rebuilds every request whose headers change), wrk 16–19 and 22–27. Client and server
// each hold one of the machine's two cores, so a client dearer for one kind of request moved the ratio between them.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LICENSE_HELD_HEADER } from '@tessera/protocol';
import type { PooledCredential } from './device-seed.js';
import { sum, type KindRun, type LoadRun } from './kit.js';
import { correctedLikeWrk, correctionInterval, samplesMs, uncorrected, type Histogram } from './wrk-histogram.js';

/** Whether `wrk` runs here (`wrk -v` prints its version and exits 1). */
export function wrkAvailable(): boolean {
  const probe = spawnSync('wrk', ['-v'], { encoding: 'utf8' });
  return probe.error === undefined && /wrk/.test(`${probe.stdout}${probe.stderr}`);
}

const MARK = 'TESSERA-WRK ';

/**
 * Counts answers as the autocannon load does, and prints the counts and the whole latency histogram (µs, count) as
 * one JSON line. wrk's `done` runs in a Lua state of its own: the counts are read from the thread's (`thread:get`).
 */
const COMMON = `
local threads = {}
function setup(thread) table.insert(threads, thread) end
expected, unexpected, sample = 0, 0, ""
function response(status, headers, body)
  if ok(status, body) then expected = expected + 1 else
    unexpected = unexpected + 1
    if sample == "" then sample = status .. " " .. string.sub(body or "", 1, 240) end
  end
end
function done(summary, latency, requests)
  local e, u, s = 0, 0, ""
  for _, t in ipairs(threads) do
    e = e + t:get("expected"); u = u + t:get("unexpected")
    if s == "" then s = t:get("sample") end
  end
  local pairs = {}
  for i = 1, #latency do local v, c = latency(i); pairs[#pairs + 1] = string.format("[%d,%d]", v, c) end
  local err = summary.errors
  s = string.gsub(s, '[%c"\\\\]', ' ')
  io.write(string.format('${MARK}{"expected":%d,"unexpected":%d,"requests":%d,"durationUs":%d,"errors":%d,"timeouts":%d,"sample":"%s","latency":[%s]}\\n',
    e, u, summary.requests, summary.duration, err.connect + err.read + err.write, err.timeout, s, table.concat(pairs, ",")))
end
`;

const HELLO = `
function ok(status, body) return status == 200 and body == '{"ok":true}' end
`;

/**
 * Cycles through the credentials in file order (10k–20k of them, so none is ever in flight twice). An answer that
 * is not the unchanged VALID one counts as unexpected: wrk cannot tell which credential a response answers, so it
 * cannot follow a rotation the way the autocannon load does; the runs that use it have every answer unchanged
 * (primed twice, tokens far from their refresh point).
 */
const CHECK_IN = `
local credentials = {}
local at = 0
function init(args)
  for line in io.lines(args[1]) do
    local credential, held = line:match("^(%S+) (%S+)$")
    credentials[#credentials + 1] = { ["authorization"] = "Bearer " .. credential, ["${LICENSE_HELD_HEADER}"] = held }
  end
end
function request()
  at = at % #credentials + 1
  return wrk.format("POST", "/v1/check-in", credentials[at])
end
function ok(status, body)
  return status == 200 and string.find(body, '"outcome":"VALID"', 1, true) ~= nil
    and string.find(body, '"unchanged":true', 1, true) ~= nil
end
`;

/**
 * The requests' own latencies under wrk's coordinated-omission correction (wrk-histogram.ts), checked both ways: they
 * add up to the requests wrk completed (but those past its timeout, which it does not record), and correcting them as
 * wrk does gives back wrk's histogram exactly. Anything else means the histogram was not what wrk is known to make.
 */
function requestsOwn(result: WrkOutput, connections: number): Histogram {
  const interval = correctionInterval(result.durationUs, result.requests, connections);
  const own = interval === undefined ? result.latency : uncorrected(result.latency, interval);
  const recorded = sum(own.map(([, count]) => count));
  const again = interval === undefined ? own : correctedLikeWrk(own, interval);
  const same =
    again.length === result.latency.length &&
    again.every(([v, c], i) => v === result.latency[i]![0] && c === result.latency[i]![1]);
  if (!same || recorded > result.requests || result.requests - recorded > result.timeouts)
    throw new Error(
      `wrk's latency histogram did not read back: ${recorded} requests' own latencies of ${result.requests} completed, interval ${interval} µs`,
    );
  return own;
}

interface WrkOutput {
  expected: number;
  unexpected: number;
  /** Responses wrk completed (its `summary.requests`). */
  requests: number;
  durationUs: number;
  errors: number;
  timeouts: number;
  sample: string;
  latency: Array<[number, number]>;
}

/** Children's user and system time, the last line bash's `times` prints: wrk's own CPU. */
function childCpuMs(output: string): number {
  const last = output.trim().split('\n').at(-1) ?? '';
  const seconds = [...last.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return ((seconds[0] ?? 0) + (seconds[1] ?? 0)) * 1000;
}

export async function runWrk(job: {
  url: string;
  mode: 'hello' | 'check-in';
  connections: number;
  seconds: number;
  credentials?: readonly PooledCredential[];
}): Promise<LoadRun> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-wrk-'));
  try {
    const script = join(dir, 'load.lua');
    const args: string[] = [];
    if (job.mode === 'check-in') {
      const held = (job.credentials ?? []).filter((c) => c.held);
      if (held.length === 0) throw new Error('wrk: no credential with a held token to present');
      await writeFile(join(dir, 'credentials'), held.map((c) => `${c.credential} ${c.held}`).join('\n') + '\n');
      args.push('--', join(dir, 'credentials'));
    }
    await writeFile(script, (job.mode === 'hello' ? HELLO : CHECK_IN) + COMMON);
    const wrk = [
      'wrk',
      '-t1',
      `-c${job.connections}`,
      `-d${Math.max(1, Math.round(job.seconds))}s`,
      '--timeout',
      '10s',
      '-s',
      script,
      job.url + (job.mode === 'hello' ? '/' : '/v1/check-in'),
      ...args,
    ];
    const quoted = wrk.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const output = await new Promise<string>((resolve, reject) =>
      execFile('bash', ['-c', `${quoted} && times`], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        error ? reject(new Error(`wrk failed: ${stderr || error.message}`)) : resolve(stdout),
      ),
    );
    const line = output.split('\n').find((l) => l.startsWith(MARK));
    if (!line) throw new Error(`wrk printed no result: ${output.slice(0, 400)}`);
    const result = JSON.parse(line.slice(MARK.length)) as WrkOutput;
    const seconds = result.durationUs / 1e6;
    const latencies = samplesMs(requestsOwn(result, job.connections));
    const kind: KindRun = {
      label: job.mode === 'hello' ? 'GET /' : 'check-in',
      expected: result.expected,
      unexpected: result.unexpected,
      samples: result.sample ? [`${job.mode}: ${result.sample}`] : [],
      rate: result.expected / seconds,
      latencySumMs: sum(latencies),
      latencyCount: latencies.length,
      latencies,
      correctedLatencies: samplesMs(result.latency),
    };
    return {
      seconds,
      cpuMs: childCpuMs(output),
      errors: result.errors,
      timeouts: result.timeouts,
      kinds: [kind],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
