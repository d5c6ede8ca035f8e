// `tessera-server admin plans …` and `admin codes …`: plans, and minting, listing and revoking activation-code batches.
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import type { TesseraCore as Tessera } from '../composition/index.js';

export interface LicensingAdminValues {
  id?: string | undefined;
  name?: string | undefined;
  devices?: string | undefined;
  members?: string | undefined;
  features?: string | undefined;
  'term-days'?: string | undefined;
  plan?: string | undefined;
  count?: string | undefined;
  note?: string | undefined;
  out?: string | undefined;
  batch?: string | undefined;
  code?: string | undefined;
  json?: boolean | undefined;
}

type Out = (text: string) => void;

/** Batches at least this large report progress on stderr. */
const PROGRESS_FROM = 10_000;

const whole = (v: string | undefined): number | undefined =>
  v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : undefined;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Handles the command if it is one of ours; undefined otherwise. */
export async function licensingAdmin(
  tessera: Tessera,
  area: string | undefined,
  action: string | undefined,
  values: LicensingAdminValues,
  out: Out,
  fail: (m: string) => number,
  /** stderr: what a script piping stdout should not read (progress, warnings, what cannot be shown again). */
  err: (text: string) => void,
): Promise<number | undefined> {
  const operator = tessera.licensing.operator;

  if (area === 'plans' && action === 'create') {
    const [devices, members, termDays] = [whole(values.devices), whole(values.members), whole(values['term-days'])];
    if (!values.id || !values.name || devices === undefined || members === undefined || termDays === undefined) {
      return fail(
        'admin plans create needs --id, --name, --devices N, --members N and --term-days D (0: no end); --features a,b is optional',
      );
    }
    const features = (values.features ?? '')
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    const created = await operator.createPlan({
      id: values.id,
      name: values.name,
      deviceLimit: devices,
      memberLimit: members,
      features,
      termDays,
    });
    if (!created.ok) return fail(`Plan not created: ${created.problem}`);
    out(values.json ? JSON.stringify(created.plan) : `Created plan ${created.plan.id} (${created.plan.name})`);
    return 0;
  }
  if (area === 'plans' && action === 'list') {
    const plans = await operator.listPlans();
    if (values.json) out(JSON.stringify(plans));
    else
      for (const p of plans)
        out(
          `${p.id.padEnd(12)} ${p.name.padEnd(16)} devices ${p.deviceLimit}  members ${p.memberLimit}  ${p.termDays ? `${p.termDays} days` : 'no end'}  [${p.features.join(',')}]`,
        );
    return 0;
  }

  if (area === 'codes' && action === 'mint') {
    const count = whole(values.count);
    const termDays = values['term-days'] === undefined ? undefined : whole(values['term-days']);
    if (!values.plan || count === undefined) return fail('admin codes mint needs --plan P and --count N');
    if (values['term-days'] !== undefined && termDays === undefined)
      return fail('--term-days takes a whole number (0: no end)');
    // Opened before minting and never overwritten: the codes exist only in this file once it is written.
    let file: number | undefined;
    if (values.out) {
      try {
        file = openSync(values.out, 'wx', 0o600);
      } catch (error) {
        return fail(
          `Cannot create ${values.out}: ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it exists (codes are never overwritten)' : (error as Error).message}`,
        );
      }
    }
    const started = performance.now();
    const progress = (minted: number, total: number) => err(`minted ${minted}/${total}\n`);
    let minted;
    try {
      minted = await operator.mint({
        planId: values.plan,
        count,
        ...(termDays !== undefined ? { termDays } : {}),
        ...(values.note ? { note: values.note } : {}),
        ...(count >= PROGRESS_FROM ? { onProgress: progress } : {}),
      });
    } catch (error) {
      if (file !== undefined) closeSync(file);
      if (values.out) rmSync(values.out, { force: true });
      throw error;
    }
    if (!minted.ok) {
      if (file !== undefined) closeSync(file);
      if (values.out) rmSync(values.out, { force: true });
      return fail(`No codes minted: ${minted.problem}`);
    }
    const { batch, codes } = minted;
    const seconds = (performance.now() - started) / 1000;
    const summary = `Batch ${batch.id}: ${codes.length} ${batch.planId} codes, ${batch.termDays ? `${batch.termDays} days each` : 'no end'}, in ${seconds.toFixed(1)} s`;
    if (file !== undefined) {
      writeSync(file, 'code,batch,plan,term_days\n');
      for (let i = 0; i < codes.length; i += 10_000) {
        writeSync(
          file,
          codes
            .slice(i, i + 10_000)
            .map((c) => `${c},${batch.id},${batch.planId},${batch.termDays}\n`)
            .join(''),
        );
      }
      closeSync(file);
      out(
        values.json
          ? JSON.stringify({ batch, file: values.out })
          : `${summary}. Written to ${values.out}; they cannot be shown again.`,
      );
    } else if (values.json) {
      out(JSON.stringify({ batch, codes }));
    } else {
      // Codes on stdout, one a line, so they can be piped; the summary on stderr.
      out(codes.join('\n'));
      err(`${summary}. Keep them now: they cannot be shown again.\n`);
    }
    return 0;
  }
  if (area === 'codes' && action === 'batches') {
    const batches = await operator.listBatches();
    if (values.json) out(JSON.stringify(batches));
    else {
      for (const b of batches) {
        out(
          `${b.id}  ${b.planId.padEnd(10)} ${String(b.redeemed).padStart(7)}/${String(b.count).padEnd(7)} redeemed  ${b.termDays ? `${b.termDays}d` : 'no end'}  ${day(b.createdAt)}${b.revokedAt ? `  revoked ${day(b.revokedAt)}` : ''}${b.note ? `  ${b.note}` : ''}`,
        );
      }
    }
    return 0;
  }
  if (area === 'codes' && action === 'revoke') {
    if (Boolean(values.batch) === Boolean(values.code))
      return fail('admin codes revoke needs --batch ID or --code CODE');
    if (values.batch) {
      const r = await operator.revokeBatch(values.batch);
      if (!r.ok) return fail(r.problem);
      out(
        `Revoked batch ${values.batch}: its unredeemed codes no longer work; ${r.redeemed} already redeemed keep their subscriptions (revoke those with --code).`,
      );
      return 0;
    }
    const r = await operator.revokeCode(values.code!);
    if (!r.ok) return fail(r.problem);
    out(
      r.subscriptionId
        ? `Revoked the code and the subscription it gave (${r.subscriptionId}).`
        : 'Revoked the code; it had not been redeemed.',
    );
    return 0;
  }
  return undefined;
}
