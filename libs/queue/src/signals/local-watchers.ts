/** A wait for one submission to finish: `done` settles on the signal or at the timeout, whichever is first. */
export interface SubmissionWatch {
  done: Promise<void>;
  /** Stops waiting (the caller saw the submission finish on its own, or gave up). */
  close(): void;
}

/** The watches open in this process, woken by submission id. */
export class LocalWatchers {
  private readonly waiting = new Map<string, Set<() => void>>();

  watch(submissionId: string, timeoutMs: number): SubmissionWatch {
    let wake: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      wake = resolve;
    });
    const timer = setTimeout(() => close(), timeoutMs);
    const close = () => {
      clearTimeout(timer);
      const set = this.waiting.get(submissionId);
      set?.delete(close);
      if (set?.size === 0) this.waiting.delete(submissionId);
      wake();
    };
    const set = this.waiting.get(submissionId) ?? new Set();
    set.add(close);
    this.waiting.set(submissionId, set);
    return { done, close };
  }

  wake(submissionId: string): void {
    for (const close of [...(this.waiting.get(submissionId) ?? [])]) close();
  }

  wakeAll(): void {
    for (const submissionId of [...this.waiting.keys()]) this.wake(submissionId);
  }
}
