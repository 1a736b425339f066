import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { IntegrationLookupsRepository, type ExerciseFacts } from '../webhooks/integration-lookups.repository';
import { GradePassbackService } from './grade-passback.service';
import type { GradePolicyDto, ListGradeSyncsQueryDto, SendGradesDto } from './lti.dto';
import { LtiGradesRepository, type GradeSyncWithLinks } from './lti-grades.repository';
import { LtiLinkInstructorsRepository } from './lti-link-instructors.repository';
import { LtiLinksRepository } from './lti-links.repository';

export interface GradeSyncView {
  id: string;
  userId: string;
  /** The LMS user id (launch `sub`). */
  lmsUserId: string;
  name: string | null;
  placement: { id: string; title: string | null; context: string | null };
  status: string;
  score: number | null;
  sentScore: number | null;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  lastStatusCode: number | null;
  syncedAt: string | null;
}

function toSyncView(sync: GradeSyncWithLinks): GradeSyncView {
  return {
    id: sync.id,
    userId: sync.userId,
    lmsUserId: sync.userLink.subject,
    name: sync.userLink.name,
    placement: {
      id: sync.resourceLinkId,
      title: sync.resourceLink.title,
      context: sync.resourceLink.contextTitle,
    },
    status: sync.status,
    score: sync.scoreGiven,
    sentScore: sync.sentScore,
    attempts: sync.attempts,
    nextAttemptAt: sync.nextAttemptAt?.toISOString() ?? null,
    lastError: sync.lastError,
    lastStatusCode: sync.lastStatusCode,
    syncedAt: sync.syncedAt?.toISOString() ?? null,
  };
}

/** What a teacher controls about grade passback: placements, policy, per-student status and resends. */
@Injectable()
export class LtiGradesService {
  constructor(
    private readonly grades: LtiGradesRepository,
    private readonly links: LtiLinksRepository,
    private readonly instructors: LtiLinkInstructorsRepository,
    private readonly lookups: IntegrationLookupsRepository,
    private readonly passback: GradePassbackService,
  ) {}

  /**
   * The instructor picker: binds a placement to a published exercise or one of the caller's own.
   * Rebinding resets the placement's grade syncs, so a bound placement is only the business of an admin
   * or its exercise's owner; an unbound one (docs/integrations.md §1.4) only to whoever last launched it
   * as an instructor of its course. Anyone else is told it does not exist.
   */
  async bindExercise(actor: Principal, resourceLinkId: string, exerciseId: string) {
    const link = await this.links.findResourceLink(resourceLinkId);
    if (!link || !(await this.mayBind(actor, link))) throw notFound('Resource link');
    const exercise = await this.lookups.exercise(exerciseId);
    if (!exercise || (!exercise.published && exercise.ownerId !== actor.id && actor.role !== 'admin'))
      throw notFound('Exercise');
    const bound = await this.links.bindExercise(link.id, exercise.id);
    return { resourceLinkId: bound.id, exerciseId: exercise.id, slug: exercise.slug };
  }

  async policy(actor: Principal, slug: string) {
    const exercise = await this.managed(actor, slug);
    return { exerciseId: exercise.id, ...(await this.grades.policy(exercise.id)) };
  }

  async setPolicy(actor: Principal, slug: string, input: GradePolicyDto) {
    const exercise = await this.managed(actor, slug);
    const policy = await this.grades.setPolicy(exercise.id, input.mode, input.aggregate);
    return { exerciseId: exercise.id, mode: policy.mode, aggregate: policy.aggregate };
  }

  async list(actor: Principal, slug: string, query: ListGradeSyncsQueryDto): Promise<GradeSyncView[]> {
    const exercise = await this.managed(actor, slug);
    return (await this.grades.listForExercise(exercise.id, query.status)).map(toSyncView);
  }

  /** "Send grades" (manual policy) and "Resend all failed". */
  async send(actor: Principal, slug: string, input: SendGradesDto): Promise<{ queued: number }> {
    const exercise = await this.managed(actor, slug);
    const statuses = new Set(input.statuses ?? ['ready', 'failed']);
    const rows = (await this.grades.listForExercise(exercise.id)).filter((sync) =>
      statuses.has(sync.status as 'ready' | 'failed'),
    );
    await this.passback.sendNow(rows.map((row) => row.id));
    return { queued: rows.length };
  }

  async resend(actor: Principal, syncId: string): Promise<GradeSyncView> {
    const sync = await this.grades.findSync(syncId);
    if (!sync) throw notFound('Grade sync');
    const exercise = await this.lookups.exercise(sync.exerciseId);
    if (!exercise || !this.mayManage(actor, exercise)) throw notFound('Grade sync');
    if (sync.scoreGiven === null)
      throw new DomainError('conflict', 'Nothing to send yet: this student has no graded submission');
    await this.passback.sendNow([sync.id]);
    return toSyncView((await this.grades.findSync(sync.id))!);
  }

  /** A placement whose exercise was deleted launches into the picker again, so it counts as unbound. */
  private async mayBind(actor: Principal, link: { id: string; exerciseId: string | null }): Promise<boolean> {
    if (actor.role === 'admin') return true;
    const current = link.exerciseId ? await this.lookups.exercise(link.exerciseId) : null;
    if (current) return current.ownerId === actor.id;
    // A teacher account is not enough: being an instructor in one course says nothing about another.
    return this.instructors.instructs(link.id, actor.id);
  }

  private mayManage(actor: Principal, exercise: ExerciseFacts): boolean {
    return actor.role === 'admin' || exercise.ownerId === actor.id;
  }

  private async managed(actor: Principal, slug: string): Promise<ExerciseFacts> {
    const exercise = await this.lookups.exercise(slug);
    if (!exercise || !this.mayManage(actor, exercise)) throw notFound('Exercise');
    return exercise;
  }
}
