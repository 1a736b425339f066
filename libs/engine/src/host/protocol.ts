import type { RunOptions } from '../contract';
import type { ChildResult } from './run-program';

/** Supervisor -> child: one program to run. */
export interface RunRequest {
  id: number;
  source: string;
  options: RunOptions;
}

/** Child -> supervisor: the finished run, built from plain data only. */
export interface RunResponse {
  id: number;
  result: ChildResult;
}

/** Child -> supervisor, once, when its first context is prepared: jobs (and their deadlines) start after it. */
export interface ReadyMessage {
  ready: true;
}

export type ChildMessage = RunResponse | ReadyMessage;
