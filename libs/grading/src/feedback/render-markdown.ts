/** Markdown renderings of feedback, for views that show formatted text (Gradescope `md`). */
import type { CheckFeedback, Feedback } from './types';

function codeBlock(lines: string[]): string {
  // Student output may contain backticks: use a fence longer than any run of them.
  const longest = Math.max(
    2,
    ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))),
  );
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${lines.join('\n')}\n${fence}`;
}

export function checkMarkdown(check: CheckFeedback): string {
  const parts: string[] = [];
  if (check.message) parts.push(check.message);
  if (check.excerpt) {
    parts.push(
      `Expected:\n\n${codeBlock(check.excerpt.expected)}`,
      `Actual:\n\n${codeBlock(check.excerpt.actual)}`,
    );
  }
  if (check.schedule) {
    parts.push(`Replay this schedule with \`${check.schedule.replay}\`.`);
    const divergence = check.schedule.divergence;
    if (divergence) {
      parts.push(
        `Default schedule:\n\n${codeBlock(divergence.defaultTimeline)}`,
        `Seed ${check.schedule.seed}:\n\n${codeBlock(divergence.seededTimeline)}`,
      );
    }
  }
  if (check.hint) parts.push(`Hint: ${check.hint}`);
  return parts.join('\n\n');
}

export function summaryMarkdown(feedback: Feedback, timelineLines = 50): string {
  const parts = [`**${feedback.status}**: ${feedback.message ?? ''}`.trim()];
  if (feedback.timeline.length > 0) {
    const shown = feedback.timeline.slice(0, timelineLines).map((event) => `${event.t} ms  ${event.text}`);
    const more = feedback.timeline.length > timelineLines || feedback.timelineTruncated ? ['…'] : [];
    parts.push(`Output:\n\n${codeBlock([...shown, ...more])}`);
  }
  return parts.join('\n\n');
}
