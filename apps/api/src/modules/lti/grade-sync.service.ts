import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AgsClient,
  delayBeforeAttempt,
  gradedScore,
  nextScoreTimestamp,
  type Clock,
  type ScoreOutcome,
} from '@loopgrade/integrations';
import { IntegrationEvents } from '../webhooks/integration-events.service';
import { IntegrationLookupsRepository } from '../webhooks/integration-lookups.repository';
import { INTEGRATIONS_CONFIG, type IntegrationsConfig } from '../webhooks/integrations.config';
import { INTEGRATIONS_CLOCK } from '../webhooks/integrations.providers';
import { GradePassbackService } from './grade-passback.service';
import { LtiGradesRepository, type GradeSyncWithLinks } from './lti-grades.repository';
import { LtiLinksRepository } from './lti-links.repository';
import { toRegistration } from './lti-platforms.repository';

/** Beyond the attempt's own deadline: clock differences between processes, and recording the outcome. */
const LEASE_MARGIN_MS = 60_000;

/**
 * Sends one staged score to the LMS (AGS) and records the outcome. Retryable failures follow the
 * webhook schedule; permanent ones and an exhausted schedule end as `failed` + `grade_sync.failed`.
 */
@Injectable()
export class GradeSyncService {
  private readonly logger = new Logger('GradeSync');

  constructor(
    private readonly grades: LtiGradesRepository,
    private readonly links: LtiLinksRepository,
    private readonly lookups: IntegrationLookupsRepository,
    private readonly passback: GradePassbackService,
    private readonly events: IntegrationEvents,
    private readonly ags: AgsClient,
    @Inject(INTEGRATIONS_CONFIG) private readonly config: IntegrationsConfig,
    @Inject(INTEGRATIONS_CLOCK) private readonly clock: Clock,
  ) {}

  async syncScheduled(syncId: string): Promise<void> {
    const now = this.clock.now();
    // Longer than any score post can run, so no sweep takes a slow attempt for a dead one and sends beside it.
    const lease = new Date(now.getTime() + this.ags.publishDeadlineMs + LEASE_MARGIN_MS);
    if (!(await this.grades.claim(syncId, now, lease))) return;
    const sync = await this.grades.findSync(syncId);
    if (!sync || sync.scoreGiven === null || sync.scoreMaximum === null) return;
    const link = sync.resourceLink;
    const finishedAt = sync.submissionId
      ? (await this.lookups.submission(sync.submissionId))?.finishedAt
      : null;
    // Real time of grading completion (never the sandbox's virtual clock), later than anything sent before.
    const timestamp = nextScoreTimestamp(sync.lastTimestamp, finishedAt ?? this.clock.now());
    const outcome = await this.ags.publishScore(
      toRegistration(link.platform),
      {
        ags: {
          scope: link.agsScopes,
          lineitems: link.agsLineItems ?? undefined,
          lineitem: link.agsLineItem ?? undefined,
        },
        resourceLinkId: link.resourceLinkId,
        lineItemUrl: link.lineItemUrl,
        label: link.title ?? 'loopgrade',
        scoreMaximum: sync.scoreMaximum,
        resourceId: sync.exerciseId,
      },
      gradedScore(sync.userLink.subject, sync.scoreGiven, sync.scoreMaximum, timestamp),
    );
    await this.record(sync, lease, outcome, timestamp);
  }

  private async record(
    sync: GradeSyncWithLinks,
    lease: Date,
    outcome: ScoreOutcome,
    timestamp: Date,
  ): Promise<void> {
    const now = this.clock.now();
    const attempts = sync.attempts + 1;
    switch (outcome.kind) {
      case 'synced':
      case 'superseded':
        if (outcome.lineItemUrl !== sync.resourceLink.lineItemUrl)
          await this.links.setLineItem(sync.resourceLinkId, outcome.lineItemUrl);
        await this.grades.markSynced(sync.id, lease, {
          sentScore: sync.scoreGiven!,
          lastTimestamp: timestamp,
          syncedAt: now,
          note: outcome.kind === 'superseded' ? 'The LMS already holds a newer score (409)' : null,
        });
        return;
      case 'retry': {
        const delayMs = delayBeforeAttempt(this.config.webhookRetryScheduleMs, attempts + 1, {
          retryAfterMs: outcome.retryAfterMs,
        });
        if (delayMs !== null) {
          const retrying = await this.grades.markRetry(
            sync.id,
            lease,
            attempts,
            new Date(now.getTime() + delayMs),
            outcome.reason,
            outcome.statusCode,
          );
          if (retrying) await this.passback.enqueue(sync.id, now, delayMs);
          return;
        }
        return this.fail(
          sync,
          lease,
          attempts,
          `Gave up after ${attempts} attempts: ${outcome.reason}`,
          outcome.statusCode,
        );
      }
      case 'permanent':
        return this.fail(sync, lease, attempts, outcome.reason, outcome.statusCode);
    }
  }

  private async fail(
    sync: GradeSyncWithLinks,
    lease: Date,
    attempts: number,
    reason: string,
    statusCode: number | null,
  ): Promise<void> {
    // A resend or a newer score took the row meanwhile: this outcome is no longer the row's to report.
    if (!(await this.grades.markFailed(sync.id, lease, attempts, reason, statusCode))) return;
    this.logger.warn({ syncId: sync.id, reason }, 'grade passback failed');
    const owner = await this.lookups.exercise(sync.exerciseId);
    await this.events.publish(
      'grade_sync.failed',
      {
        gradeSyncId: sync.id,
        exerciseId: sync.exerciseId,
        userId: sync.userId,
        submissionId: sync.submissionId,
        reason,
        statusCode,
        failedAt: this.clock.now().toISOString(),
      },
      owner ? [owner.ownerId] : [],
    );
  }
}
