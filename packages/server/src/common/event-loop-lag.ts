// How far behind this process's event loop runs: a timer that notes how late it fires, read by load shedding.
import { performance } from 'node:perf_hooks';

export interface EventLoopLag {
  /**
   * How late the loop runs, in milliseconds: the longest lateness of a tick in the last one to two `holdMs`, or how
   * overdue the next tick is now, if more (a long turn is seen while it runs, not only after it).
   */
  current(): number;
  stop(): void;
}

/**
 * Ticks every `intervalMs` and notes how late each came. Timers run at the start of a turn, before that turn's I/O,
 * so the requests a long turn held back are read after a tick that measured it. The reading holds for `holdMs`
 * after the late tick: a burst shows as a run of long turns with short ones between, and a reading that dropped at
 * the first short turn would let the next wave in at once (shedding that flaps). A timer of our own rather than
 * `monitorEventLoopDelay`: its histogram would still need a timer to be read.
 */
export function watchEventLoopLag(intervalMs: number, holdMs: number): EventLoopLag {
  // The first tick only sets the pace: it is late by whatever the process did while it was being built.
  let expected = Infinity;
  // The longest lateness of this window and of the one before it: a reading lives one to two windows.
  let latest = 0;
  let previous = 0;
  let windowEnds = performance.now() + holdMs;
  let lastTick = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    lastTick = now;
    if (now >= windowEnds) {
      previous = now >= windowEnds + holdMs ? 0 : latest;
      latest = 0;
      windowEnds = now + holdMs;
    }
    latest = Math.max(latest, now - expected);
    expected = now + intervalMs;
  }, intervalMs);
  timer.unref();
  return {
    current: () => Math.max(latest, previous, performance.now() - lastTick - intervalMs),
    stop: () => clearInterval(timer),
  };
}
