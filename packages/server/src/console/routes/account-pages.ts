// The account page: everything support needs to see about one customer, each part as the role may read it.
import type { WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import { AccountPage } from '../pages/account.js';
import { loadAccountView } from '../pages/account-view.js';
import { idParam, type ConsoleKit } from '../route-kit.js';
import { sendPage } from '../send-page.js';

export function accountPages(kit: ConsoleKit, s: WebServices): void {
  kit.page('/console/accounts/:accountId', { scope: 'accounts:read', audited: true }, async (request, reply, ctx) => {
    const account = await s.accounts.get(idParam(request, 'accountId'));
    if (!account) throw new AppError('NOT_FOUND');
    return sendPage(reply, 200, AccountPage({ ctx, view: await loadAccountView(s, ctx, account) }));
  });
}
