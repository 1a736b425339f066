import type { SignalTopic, Signals } from './signals.interface';

/** Embedded mode: every reader and writer lives in this process. */
export class InProcessSignals implements Signals {
  private readonly listeners = new Map<SignalTopic, Array<(message: string) => void>>();

  async publish(topic: SignalTopic, message = ''): Promise<void> {
    for (const listener of this.listeners.get(topic) ?? []) listener(message);
  }

  subscribe(topic: SignalTopic, listener: (message: string) => void): void {
    this.listeners.set(topic, [...(this.listeners.get(topic) ?? []), listener]);
  }
}
