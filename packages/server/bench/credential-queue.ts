// The load's check-in credentials: each not-in-flight credential is presented once, and its successor joins the back.
import type { PooledCredential } from './device-seed.js';

/** Credentials not in flight, oldest first. */
export class CredentialQueue {
  private readonly items: (PooledCredential | undefined)[];
  private head = 0;
  size: number;

  constructor(initial: PooledCredential[]) {
    this.items = [...initial];
    this.size = initial.length;
  }

  take(): PooledCredential | undefined {
    if (this.size === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) % this.items.length;
    this.size -= 1;
    return item;
  }

  give(item: PooledCredential): void {
    if (this.size === this.items.length) throw new Error('credential pool overflow');
    this.items[(this.head + this.size) % this.items.length] = item;
    this.size += 1;
  }
}
