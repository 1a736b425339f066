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
  /**
   * Whenever this process starts hearing `topic` through Redis (its subscription is confirmed, or the
   * connection is back), listeners hear it once with MAY_HAVE_MISSED: notices sent while it could not
   * hear them are lost, so whatever they would have invalidated must be re-read.
   */
  subscribe(topic: SignalTopic, listener: (message: string) => void): void;
}

/** The message of a notice that stands for any that may have been missed; never a real message. */
export const MAY_HAVE_MISSED = '*';

export const SIGNALS = Symbol('SIGNALS');
