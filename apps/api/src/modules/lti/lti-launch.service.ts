import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AGS_SCOPE,
  buildAuthenticationRequest,
  instructsContext,
  LaunchValidator,
  LOGIN_STATE_TTL_MS,
  LtiLaunchError,
  LtiLoginError,
  mapLtiRoles,
  parseLoginInitiation,
  pickRegistration,
  PlatformKeySets,
  randomToken,
  stateCookieName,
  type Clock,
  type LtiLaunch,
} from '@loopgrade/integrations';
import { DomainError } from '../../common/errors/domain-error';
import { UsersService } from '../users/users.service';
import { IntegrationLookupsRepository, type ExerciseFacts } from '../webhooks/integration-lookups.repository';
import { INTEGRATIONS_CONFIG, type IntegrationsConfig } from '../webhooks/integrations.config';
import { INTEGRATIONS_CLOCK } from '../webhooks/integrations.providers';
import { GradePassbackService } from './grade-passback.service';
import { stateCookie } from './lti-cookies';
import { LtiGradesRepository } from './lti-grades.repository';
import { LtiLinkInstructorsRepository } from './lti-link-instructors.repository';
import { LtiLinksRepository } from './lti-links.repository';
import { LtiLoginStatesRepository } from './lti-login-states.repository';
import { LtiPlatformsRepository, toRegistration } from './lti-platforms.repository';
import { LtiUsersService } from './lti-users.service';

/** An API token for the launched user's browser session inside the LMS frame. */
const LAUNCH_SESSION_MS = 8 * 3600 * 1000;

export interface LaunchResult {
  user: { id: string; name: string; role: string };
  token: string;
  tokenExpiresAt: string | null;
  resourceLink: { id: string; title: string | null };
  exercise: ExerciseFacts | null;
  /** Whether this student's grade for this placement goes back to the LMS. */
  gradePassback: boolean;
  /** An instructor of this placement's course (by this launch's roles) on an unbound placement: what they may bind it to. */
  picker: ExerciseFacts[] | null;
  returnUrl: string | null;
}

/** OIDC login initiation and the launch that follows it (LTI 1.3 core). */
@Injectable()
export class LtiLaunchService {
  private readonly logger = new Logger('LtiLaunch');
  private readonly validator: LaunchValidator;

  constructor(
    private readonly platforms: LtiPlatformsRepository,
    private readonly states: LtiLoginStatesRepository,
    keySets: PlatformKeySets,
    private readonly users: LtiUsersService,
    private readonly links: LtiLinksRepository,
    private readonly instructors: LtiLinkInstructorsRepository,
    private readonly grades: LtiGradesRepository,
    private readonly passback: GradePassbackService,
    private readonly lookups: IntegrationLookupsRepository,
    private readonly tokens: UsersService,
    @Inject(INTEGRATIONS_CONFIG) private readonly config: IntegrationsConfig,
    @Inject(INTEGRATIONS_CLOCK) private readonly clock: Clock,
  ) {
    this.validator = new LaunchValidator({
      states,
      nonces: states,
      keySets,
      clock,
      toolOrigin: config.publicUrl,
      findRegistration: async (id) => {
        const platform = await platforms.findById(id);
        return platform ? toRegistration(platform) : null;
      },
    });
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}/lti/launch`;
  }

  /** Returns where to send the browser and the cookie that binds the state to it. */
  async login(params: Record<string, unknown>): Promise<{ location: string; cookie: string }> {
    try {
      const login = parseLoginInitiation(params, this.config.publicUrl);
      const candidates = (await this.platforms.findByIssuer(login.issuer)).map(toRegistration);
      const registration = pickRegistration(candidates, login.clientId);
      if (!registration)
        throw new LtiLoginError(
          'unknown issuer/client_id, or an issuer shared by several registrations without client_id',
        );
      if (login.deploymentId && !registration.deploymentIds.includes(login.deploymentId))
        throw new LtiLoginError('unknown deployment');
      const state = randomToken();
      const nonce = randomToken();
      await this.states.save({
        state,
        nonce,
        registrationId: registration.id,
        deploymentIdHint: login.deploymentId,
        targetLinkUri: login.targetLinkUri,
        expiresAt: new Date(this.clock.now().getTime() + LOGIN_STATE_TTL_MS),
      });
      return {
        location: buildAuthenticationRequest(registration, login, this.redirectUri, state, nonce).toString(),
        cookie: stateCookie(stateCookieName(state), LOGIN_STATE_TTL_MS / 1000),
      };
    } catch (error) {
      if (error instanceof LtiLoginError)
        throw new DomainError('invalid', `LTI login refused: ${error.reason}`);
      throw error;
    }
  }

  async launch(body: Record<string, unknown>, cookies: Record<string, string>): Promise<LaunchResult> {
    const idToken = typeof body.id_token === 'string' ? body.id_token : '';
    const state = typeof body.state === 'string' ? body.state : '';
    let launch: LtiLaunch;
    try {
      if (!idToken || !state) throw new LtiLaunchError('id_token and state are required');
      launch = await this.validator.validate({
        idToken,
        state,
        stateCookiePresent: cookies[stateCookieName(state)] === '1',
      });
    } catch (error) {
      if (!(error instanceof LtiLaunchError)) throw error;
      this.logger.warn({ reason: error.reason }, 'LTI launch refused');
      throw new DomainError('unauthenticated', `LTI launch refused: ${error.reason}`);
    }
    return this.enter(launch);
  }

  /** Links the user, the placement and (if named by a custom parameter) its exercise; opens a session. */
  private async enter(launch: LtiLaunch): Promise<LaunchResult> {
    const platform = (await this.platforms.findByKey(launch.issuer, launch.clientId))!;
    const { user, userLink } = await this.users.link(platform.id, launch);
    let link = await this.links.upsertResourceLink({
      platformId: platform.id,
      deploymentId: launch.deploymentId,
      resourceLinkId: launch.resourceLink.id,
      title: launch.resourceLink.title ?? null,
      contextId: launch.context?.id ?? null,
      contextTitle: launch.context?.title ?? null,
      agsScopes: launch.ags?.scope ?? [],
      agsLineItems: launch.ags?.lineitems ?? null,
      agsLineItem: launch.ags?.lineitem ?? null,
    });
    const requested = launch.custom.exercise_id ?? launch.custom.exercise;
    if (requested) {
      const named = await this.lookups.exercise(requested);
      if (named && named.id !== link.exerciseId) link = await this.links.bindExercise(link.id, named.id);
    }
    // The account role is global; what this person may do to this placement follows their roles in its course.
    const instructor = instructsContext(launch.roles);
    await this.instructors.record(link.id, user.id, instructor, this.clock.now());
    const exercise = link.exerciseId ? await this.lookups.exercise(link.exerciseId) : null;
    const mapped = mapLtiRoles(launch.roles);
    const canPassBack =
      mapped.role === 'student' && mapped.gradable && (launch.ags?.scope ?? []).includes(AGS_SCOPE.score);
    if (exercise && canPassBack) {
      const sync = await this.grades.ensureSync(link.id, userLink.id, exercise.id, user.id);
      await this.passback.refresh(sync);
    }
    const issued = await this.tokens.issue(
      user.id,
      'lti-launch',
      new Date(this.clock.now().getTime() + LAUNCH_SESSION_MS),
    );
    return {
      user: { id: user.id, name: user.name, role: user.role },
      token: issued.token,
      tokenExpiresAt: issued.expiresAt,
      resourceLink: { id: link.id, title: link.title },
      exercise,
      gradePassback: Boolean(exercise && canPassBack),
      picker: !exercise && instructor ? await this.lookups.pickableExercises(user.id) : null,
      returnUrl: launch.returnUrl ?? null,
    };
  }
}
