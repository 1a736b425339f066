/** Payloads of the jobs; each names a row in PostgreSQL, which holds everything else. */
export interface GradingJob {
  submissionId: string;
}

export interface RegradeJob {
  regradeId: string;
}
