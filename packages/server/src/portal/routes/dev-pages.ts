// Development mode only (registered when `config.dev`): the outbox page.
import type { HttpServices } from '../../http/types.js';
import { OutboxPage } from '../pages/outbox.js';
import type { RouteKit } from '../route-kit.js';
import { sendPage } from '../send-page.js';

export function devPages(kit: RouteKit, services: HttpServices): void {
  kit.get('/dev/outbox', {}, async (_request, reply, ctx) => {
    const messages = await services.outbox.list({ limit: 50 });
    return sendPage(reply, 200, OutboxPage({ ctx, messages }));
  });
}
