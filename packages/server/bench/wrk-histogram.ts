// wrk's latency histogram as a script reads it, and the requests' own latencies recovered from it.
//
// wrk 4 corrects its histogram for coordinated omission before `done()` sees it (its `stats_correct`): every request
// that took at least twice the mean interval between one connection's requests, `runtime / (requests / connections)`,
// adds copies of itself at that latency minus one interval, minus two, … down to just over one interval: the requests
// its connection would have sent meanwhile had the load kept a steady rate. A few slow requests so become thousands of
// samples (seen: 46,247 requests read back as 49,889 samples, p99 108 ms where the requests' own was 10.9 ms). Both
// are worth printing, and they answer different questions: the requests made (what autocannon measured, what a packet
// capture sees) and what arrivals at a steady rate would have waited. The bench prints the first as each line's p99
// and the second beside it.

/** Latency in µs and how many samples had it, ascending, as wrk's `latency(i)` gives them. */
export type Histogram = Array<[number, number]>;

/** The interval wrk corrects by (integer division, as in wrk), or undefined when it corrects nothing. */
export function correctionInterval(runtimeUs: number, requests: number, connections: number): number | undefined {
  const perConnection = Math.floor(requests / connections);
  return perConnection > 0 ? Math.floor(runtimeUs / perConnection) : undefined;
}

/** What wrk's `stats_correct` makes of `own` with `interval`. */
export function correctedLikeWrk(own: Histogram, interval: number): Histogram {
  const counts = new Map(own);
  for (const [latency, count] of own) {
    if (latency < 2 * interval) continue;
    for (let at = latency - interval; at > interval; at -= interval) counts.set(at, (counts.get(at) ?? 0) + count);
  }
  return [...counts].sort((a, b) => a[0] - b[0]);
}

/**
 * The requests' own latencies from wrk's corrected histogram. A bucket above one interval holds its own requests plus a
 * copy of every request above it in the same residue class (modulo the interval) that was itself at least two
 * intervals; read from the top down, each bucket's own count is what is left once those are taken away.
 */
export function uncorrected(corrected: Histogram, interval: number): Histogram {
  const copiesByResidue = new Map<number, number>();
  const own: Histogram = [];
  for (let i = corrected.length - 1; i >= 0; i--) {
    const [latency, count] = corrected[i]!;
    const residue = latency % interval;
    const mine = latency > interval ? count - (copiesByResidue.get(residue) ?? 0) : count;
    if (mine < 0) throw new Error(`wrk's latency histogram: ${count} samples at ${latency} µs, fewer than its copies`);
    if (mine > 0) own.push([latency, mine]);
    if (latency >= 2 * interval && mine > 0) copiesByResidue.set(residue, (copiesByResidue.get(residue) ?? 0) + mine);
  }
  return own.reverse();
}

/** Every sample as a latency in ms, ascending (what `latencyQuantile` reads). */
export function samplesMs(histogram: Histogram): number[] {
  const out: number[] = [];
  for (const [us, count] of histogram) for (let i = 0; i < count; i++) out.push(us / 1000);
  return out;
}
