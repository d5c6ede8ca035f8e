// The console's home: find a customer by email (or its start), phone, account id, device name or activation code
// (read out with typos: redemption's forgiving parser, then the existing codes one typo away).
import type { WebServices } from '../../web/index.js';
import type { Account } from '../../identity/index.js';
import type { OperatorContext } from '../route-kit.js';
import type { ConsoleKit } from '../route-kit.js';
import { SearchPage, type SearchHit } from '../pages/search.js';
import { sendPage } from '../send-page.js';

const MAX_QUERY = 200;
const LIMIT = 25;

/** Every way `query` can name a customer, each asked of the service that knows it; one row per account. */
async function findCustomers(s: WebServices, ctx: OperatorContext, query: string) {
  const hits = new Map<string, SearchHit>();
  const notes: string[] = [];
  const add = (account: Account | undefined, match: string) => {
    if (!account) return;
    const hit = hits.get(account.id);
    if (hit) hit.matches.push(match);
    else hits.set(account.id, { account, matches: [match] });
  };
  const directory = s.operator.directory;
  const bare = query.replace(/[\s().-]/g, '');

  if (/^acc_[A-Za-z0-9_-]{1,60}$/.test(query))
    for (const a of await directory.search({ id: query, limit: 1 })) add(a, ctx.t('match.id'));
  if (/^\+[1-9][0-9]{4,14}$/.test(bare))
    for (const a of await directory.search({ phone: bare, limit: LIMIT })) add(a, ctx.t('match.phone'));
  if (!/\s/.test(query)) {
    const email = query.normalize('NFKC').toLowerCase();
    for (const a of await directory.search({ email, limit: LIMIT })) add(a, ctx.t('match.email'));
  }
  if (ctx.can('codes:read')) {
    const looked = await s.operator.findCode(query);
    if (looked.ok)
      for (const found of looked.found) {
        const match = ctx.t(found.corrected ? 'match.codeCorrected' : 'match.code', { code: found.code });
        if (found.redeemedBy) add(await s.accounts.get(found.redeemedBy), match);
        else notes.push(ctx.t('match.codeFree', { code: found.code }));
      }
    else if (looked.code === 'ACTIVATION_CODE_TYPO') notes.push(ctx.t('code.typo'));
  }
  if (ctx.can('devices:read') && !query.includes('@'))
    for (const device of await s.devices.search(query, LIMIT))
      add(await s.accounts.get(device.accountId), ctx.t('match.device', { name: device.name }));
  return { hits: [...hits.values()], notes };
}

export function searchPages(kit: ConsoleKit, s: WebServices): void {
  kit.page('/console', { scope: 'accounts:read' }, async (request, reply, ctx) => {
    const raw = (request.query as Record<string, unknown>).q;
    const query = typeof raw === 'string' ? raw.trim().slice(0, MAX_QUERY) : '';
    const results = query ? await findCustomers(s, ctx, query) : undefined;
    return sendPage(reply, 200, SearchPage({ ctx, query, results }));
  });
}
