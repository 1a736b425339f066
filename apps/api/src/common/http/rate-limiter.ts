import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@loopgrade/config';
import { DomainError } from '../errors/domain-error';

const WINDOW_MS = 60_000;

/**
 * Per-user fixed-window limit on expensive actions (submissions, runs). In-process: each API process
 * enforces it on its own traffic, which bounds what one user can cost a process.
 */
@Injectable()
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  consume(userId: string, action: string, now = Date.now()): void {
    const key = `${action}:${userId}`;
    const window = this.windows.get(key);
    if (!window || now - window.start >= WINDOW_MS) {
      if (this.windows.size > 100_000) this.evictExpired(now);
      this.windows.set(key, { start: now, count: 1 });
      return;
    }
    if (window.count >= this.config.SUBMISSION_RATE_PER_MINUTE) {
      const retryAfterSeconds = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
      throw new DomainError(
        'rate-limited',
        `Too many ${action} requests: at most ${this.config.SUBMISSION_RATE_PER_MINUTE} a minute`,
        { retryAfterSeconds },
      );
    }
    window.count += 1;
  }

  private evictExpired(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(key);
  }
}
