// The overview page: the fleet's figures from the overview service, drawn on the server.
import type { WebServices } from '../../web/index.js';
import type { ConsoleKit } from '../route-kit.js';
import { OverviewPage } from '../pages/overview.js';
import { sendPage } from '../send-page.js';

export function overviewPages(kit: ConsoleKit, s: WebServices): void {
  // Every role reads accounts: the overview is for every operator.
  kit.page('/console/overview', { scope: 'accounts:read' }, async (_request, reply, ctx) =>
    sendPage(reply, 200, OverviewPage({ ctx, figures: await s.operator.overview.figures() })),
  );
}
