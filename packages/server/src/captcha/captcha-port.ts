// The captcha port: how flows ask for a challenge and check its answer, whatever verifier sits behind it.
import type { Locale, UiNode } from '@tessera/protocol';

/** JSON-serialisable; the flow stores it and hands it back for verification. */
export type CaptchaState = { kind: string; expiresAt: number; [k: string]: unknown };

export interface CaptchaPort {
  /** A new challenge bound to flowId: the state the flow keeps, and the UI nodes to show (image + answer input, or a widget token input for external verifiers). */
  issue(ctx: { flowId: string; now: number; locale: Locale }): Promise<{ state: CaptchaState; nodes: UiNode[] }>;
  /** Checks an answer. Callers discard the state after any call (single use), so verify never needs to mutate it. */
  verify(ctx: {
    flowId: string;
    now: number;
    state: CaptchaState;
    answer: string | undefined;
    ip: string;
  }): Promise<boolean>;
}
