import type { OperationalSnapshot } from './operational-metrics.service';

type Sample = [labels: Record<string, string>, value: number];

function family(name: string, help: string, samples: Sample[]): string {
  const lines = samples.map(([labels, value]) => {
    const rendered = Object.entries(labels)
      .map(([key, label]) => `${key}="${label.replace(/["\\\n]/g, '\\$&')}"`)
      .join(',');
    return `${name}${rendered ? `{${rendered}}` : ''} ${value}`;
  });
  return [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, ...lines].join('\n');
}

export function renderPrometheus(snapshot: OperationalSnapshot): string {
  const queues = Object.entries(snapshot.queues);
  const latency = snapshot.gradingLatency;
  return (
    [
      family(
        'loopgrade_queue_depth',
        'Jobs waiting or running per queue.',
        queues.map(([queue, q]) => [{ queue }, q.depth]),
      ),
      family(
        'loopgrade_queue_consumers',
        'Workers consuming each queue.',
        queues.map(([queue, q]) => [{ queue }, q.consumers]),
      ),
      family(
        'loopgrade_submissions',
        'Submissions per status.',
        Object.entries(snapshot.submissions).map(([status, count]) => [{ status }, count]),
      ),
      family('loopgrade_grading_latency_ms', 'Submit-to-graded latency over the last five minutes.', [
        [{ quantile: '0.5' }, latency.p50Ms ?? 0],
        [{ quantile: '0.99' }, latency.p99Ms ?? 0],
      ]),
      family('loopgrade_graded_recently', 'Submissions finished in the last five minutes.', [
        [{}, latency.count],
      ]),
    ].join('\n') + '\n'
  );
}
