/** What one process of an installation tells the others. */
export type SignalTopic =
  /** A submission reached a terminal state; the message is its id. */
  | 'submission-finished'
  /** Webhook endpoints or LMS grade syncs were added or changed. */
  | 'integrations-changed';

/**
 * Fire-and-forget notices between the processes of one installation (Redis pub/sub), or inside the one
 * process of the embedded mode. A notice is only a hint: whoever acts on it re-reads PostgreSQL, and
 * keeps working, more slowly, when a notice is lost.
 */
export interface Signals {
  publish(topic: SignalTopic, message?: string): Promise<void>;
  subscribe(topic: SignalTopic, listener: (message: string) => void): void;
}

export const SIGNALS = Symbol('SIGNALS');
