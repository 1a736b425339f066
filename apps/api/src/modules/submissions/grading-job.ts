/** The payload of a job on the grading queue; the submission row holds everything else. */
export interface GradingJob {
  submissionId: string;
}
