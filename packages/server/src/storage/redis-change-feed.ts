// Check-in change notices between instances over Redis pub/sub (when Redis is configured): a subscriber connection
// and a publisher connection of this feed's own. While the subscriber is down the cache is off (onLost/onBack).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { ChangeFeed } from '../devices/index.js';

export function redisChangeFeed(options: { url: string; keyPrefix: string }): ChangeFeed {
  const self = randomUUID();
  const channel = `${options.keyPrefix}check-in-changes`;
  const settings = { maxRetriesPerRequest: 1, retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000) };
  const publisher = new Redis(options.url, { ...settings, lazyConnect: true });
  const subscriber = new Redis(options.url, { ...settings, lazyConnect: true });
  publisher.on('error', () => undefined);

  return {
    async publish(tags) {
      await publisher.publish(channel, `${self} ${tags.join(' ')}`);
    },
    async start(handlers) {
      let up = false;
      subscriber.on('message', (from: string, message: string) => {
        if (from !== channel) return;
        const [sender, ...tags] = message.split(' ');
        if (sender !== self) handlers.onTags(tags);
      });
      const lost = () => {
        if (!up) return;
        up = false;
        handlers.onLost();
      };
      subscriber.on('error', lost);
      subscriber.on('close', lost);
      // ioredis subscribes again by itself after a reconnection; the cache comes back once it has.
      subscriber.on('ready', () => {
        if (up) return;
        void subscriber.subscribe(channel).then(() => {
          up = true;
          handlers.onBack();
        }, lost);
      });
      await Promise.all([publisher.connect(), subscriber.connect()]);
    },
    async close() {
      await Promise.all([
        publisher.quit().catch(() => publisher.disconnect()),
        subscriber.quit().catch(() => subscriber.disconnect()),
      ]);
    },
  };
}
