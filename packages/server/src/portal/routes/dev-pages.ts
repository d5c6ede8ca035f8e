// Development mode only (registered when `config.dev`): the outbox page.
import type { WebServices } from '../../web/index.js';
import { OutboxPage } from '../pages/outbox.js';
import type { RouteKit } from '../route-kit.js';
import { sendPage } from '../send-page.js';

export function devPages(kit: RouteKit, services: WebServices): void {
  kit.get('/dev/outbox', {}, async (_request, reply, ctx) => {
    const messages = await services.outbox.recent({ limit: 50 });
    return sendPage(reply, 200, OutboxPage({ ctx, messages }));
  });
}
