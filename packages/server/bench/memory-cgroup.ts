// A bench server run as in a container with a memory limit: a memory cgroup of its own, which Node reads at start.
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';

/**
 * Why the servers run in one: Node sizes V8's heap from the memory it is given (`process.constrainedMemory()`, the
 * cgroup's limit, else the machine's), and V8's heap controller lets the old generation grow to up to 4 times its
 * live size between full collections when that heap limit is large, 1.3–2 times when it is small. On a 24 GB machine
 * with no limit a server gets a 4 GB heap and carries a burst's garbage for long; in a 1 GB container it gets 524 MB
 * and does not (a 1M-device SQLite server after the bench's priming: RSS 178–190 MB with no limit, 139–154 MB in a
 * 1 GB cgroup; docs/scale-rounds.md "Twelfth round"). A fleet's instances run in containers or systemd units with a
 * memory limit, so that is how the bench runs them, baselines included.
 */
export const SERVER_MEMORY_MB = memoryFromEnvironment(process.env.TESSERA_BENCH_MEMORY_MB);

/** TESSERA_BENCH_MEMORY_MB: the servers' cgroup size in MB (1 GB unless set), 0 for none (the machine's whole memory). */
function memoryFromEnvironment(value: string | undefined): number {
  if (value === undefined || value === '') return 1024;
  const megabytes = Number(value);
  if (!Number.isInteger(megabytes) || megabytes < 0)
    throw new Error(`TESSERA_BENCH_MEMORY_MB: not a size in MB: ${value}`);
  return megabytes;
}

/** How to start a child inside the cgroup: `/bin/sh` moves itself in, then becomes Node with the rest of the line. */
export interface MemoryCgroup {
  execPath: string;
  /** Goes before Node's own arguments (its flags, the module, the module's arguments). */
  execArgv: string[];
  /** After the child exited: an empty cgroup can be removed. */
  remove(): void;
}

interface Layout {
  root: string;
  usable(root: string): boolean;
  limitFile: string;
}

const LAYOUTS: Layout[] = [
  // cgroup v2: one hierarchy, where the memory controller must be enabled for the root's children.
  {
    root: '/sys/fs/cgroup',
    usable: (root) =>
      existsSync(`${root}/cgroup.controllers`) &&
      readFileSync(`${root}/cgroup.subtree_control`, 'utf8').split(/\s+/).includes('memory'),
    limitFile: 'memory.max',
  },
  // cgroup v1: the memory controller's own hierarchy.
  {
    root: '/sys/fs/cgroup/memory',
    usable: (root) => existsSync(`${root}/cgroup.procs`),
    limitFile: 'memory.limit_in_bytes',
  },
];

let made = 0;

/** A new memory cgroup limited to `megabytes`, or undefined where this process may not make one (not root, no cgroupfs). */
export function memoryCgroup(megabytes: number): MemoryCgroup | undefined {
  const name = `tessera-bench-${process.pid}-${++made}`;
  for (const layout of LAYOUTS) {
    const dir = `${layout.root}/${name}`;
    try {
      if (!layout.usable(layout.root)) continue;
      mkdirSync(dir);
    } catch {
      continue;
    }
    const remove = () => {
      try {
        rmdirSync(dir);
      } catch {
        // Still has a process (a child that outlived its kill), or already gone: nothing to do about it here.
      }
    };
    try {
      writeFileSync(`${dir}/${layout.limitFile}`, String(megabytes * 1024 * 1024));
    } catch {
      remove();
      continue;
    }
    return {
      execPath: '/bin/sh',
      // $0 is Node, $1 the cgroup; exec keeps the pid (and so the cgroup) and the IPC channel's descriptor. A move the
      // kernel refuses leaves the server without the limit, which it then reports (ipc.ts `limits`), not a failure.
      execArgv: ['-c', 'echo $$ 2>/dev/null > "$1/cgroup.procs"; shift; exec "$0" "$@"', process.execPath, dir],
      remove,
    };
  }
  return undefined;
}
