import { Injectable } from '@nestjs/common';
import { toExercism, toGradescope } from '@loopgrade/grading';
import type { Feedback } from '@loopgrade/grading';
import { DomainError } from '../../common/errors/domain-error';
import type { SubmissionView } from './submission.views';

/** The result in other graders' formats, for tools that already read them. */
@Injectable()
export class SubmissionExports {
  render(view: SubmissionView, format: 'exercism' | 'gradescope'): unknown {
    if (!view.result) {
      throw new DomainError(
        'conflict',
        `Submission ${view.id} is ${view.status}; it has no result to export yet`,
      );
    }
    const feedback: Feedback = {
      score: view.result.score,
      status: view.result.status as Feedback['status'],
      message: (view.result.feedback as { message?: string | null }).message ?? null,
      checks: view.result.checks as unknown as Feedback['checks'],
      timeline: view.result.timeline as Feedback['timeline'],
      timelineTruncated: (view.result.feedback as { timelineTruncated?: boolean }).timelineTruncated ?? false,
      stats: view.result.stats as Feedback['stats'],
    };
    return format === 'exercism' ? toExercism(feedback) : toGradescope(feedback);
  }
}
