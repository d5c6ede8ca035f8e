// `tessera-server admin doctor [--fix]`: lists the rows that break an invariant and, with --fix, repairs them.
// Exit 0 when nothing is (left) broken, 1 when findings remain.
import { createDoctor } from '../integrity/index.js';
import type { TesseraCore as Tessera } from '../composition/index.js';

export async function doctorCommand(
  tessera: Tessera,
  options: { fix: boolean; json: boolean },
  out: (text: string) => void,
): Promise<number> {
  const doctor = createDoctor({ store: tessera.stores.integrity, clock: tessera.services.clock });
  const repairs = options.fix ? await doctor.repair() : [];
  const remaining = await doctor.examine();
  if (options.json) {
    out(JSON.stringify({ ...(options.fix ? { repairs } : {}), findings: remaining }));
    return remaining.length === 0 ? 0 : 1;
  }
  for (const r of repairs.filter((x) => x.found > 0)) {
    out(
      r.repaired === null
        ? `${r.check}: ${r.found} found; no repair (reported below)`
        : `${r.check}: ${r.found} found, ${r.repaired} repaired`,
    );
  }
  for (const f of remaining) out(`${f.check}  ${f.subject}  ${f.detail}`);
  out(
    remaining.length === 0
      ? 'No broken invariants found.'
      : `${remaining.length} broken invariant(s) found${options.fix ? ' after repair' : '; run with --fix to repair'}.`,
  );
  return remaining.length === 0 ? 0 : 1;
}
