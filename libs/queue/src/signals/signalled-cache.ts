import type { SignalTopic, Signals } from './signals.interface';

/**
 * Answers read from PostgreSQL, kept in this process until a signal on `topic` says they may have
 * changed. `maxAgeMs` bounds how long a lost signal can leave an answer stale. Failed reads are not kept.
 */
export class SignalledCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; at: number }>();

  constructor(
    signals: Signals,
    topic: SignalTopic,
    private readonly maxAgeMs: number,
  ) {
    signals.subscribe(topic, () => this.entries.clear());
  }

  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.maxAgeMs) return hit.value;
    const entry = { value: load(), at: now };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.value;
  }
}
