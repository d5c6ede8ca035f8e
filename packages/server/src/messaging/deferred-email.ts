// Email that leaves off the request path, so an answer neither waits for a delivery nor reveals whether one was made.
import { inFlight } from '../common/index.js';
import type { EmailMessage, EmailSender } from './types.js';

export interface DeferredEmail {
  /** Starts the delivery and returns at once; a failed delivery is reported to `onFailure`, never to the caller. */
  sendLater(message: EmailMessage): void;
  /** Resolves once every delivery started so far has ended (shutdown, tests reading the outbox). */
  idle(): Promise<void>;
}

export function createDeferredEmail(
  sender: EmailSender,
  onFailure: (reason: string, message: EmailMessage) => void,
): DeferredEmail {
  const deliveries = inFlight();
  return {
    sendLater(message) {
      deliveries.track(
        sender.send(message).then(
          (result) => {
            if (!result.ok) onFailure(result.reason, message);
          },
          (error: unknown) => onFailure(String(error), message),
        ),
      );
    },
    idle: () => deliveries.idle(),
  };
}
