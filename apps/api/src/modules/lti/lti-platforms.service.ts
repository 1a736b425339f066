import { Inject, Injectable } from '@nestjs/common';
import { UniqueViolationError } from '@loopgrade/database';
import { AGS_SCOPE } from '@loopgrade/integrations';
import type { Principal } from '../../common/auth/principal';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { INTEGRATIONS_CONFIG, type IntegrationsConfig } from '../webhooks/integrations.config';
import type { CreateLtiPlatformDto, UpdateLtiPlatformDto } from './lti.dto';
import {
  LtiPlatformsRepository,
  platformSettings,
  type PlatformWithDeployments,
} from './lti-platforms.repository';

export interface LtiPlatformView {
  id: string;
  issuer: string;
  clientId: string;
  authLoginUrl: string;
  accessTokenUrl: string;
  authServerAudience: string | null;
  jwksUrl: string;
  deployments: Array<{ deploymentId: string; active: boolean }>;
  createdAt: string;
}

function toView(platform: PlatformWithDeployments): LtiPlatformView {
  return {
    ...platformSettings(platform),
    deployments: platform.deployments.map(({ deploymentId, active }) => ({ deploymentId, active })),
    createdAt: platform.createdAt.toISOString(),
  };
}

/** Admin management of LMS registrations (issuer + client id) and their deployments. */
@Injectable()
export class LtiPlatformsService {
  constructor(
    private readonly platforms: LtiPlatformsRepository,
    @Inject(INTEGRATIONS_CONFIG) private readonly config: IntegrationsConfig,
  ) {}

  /** What an LMS administrator types into Canvas or Moodle. */
  toolConfiguration() {
    const base = this.config.publicUrl;
    return {
      title: 'loopgrade',
      oidcLoginUrl: `${base}/lti/login`,
      redirectUris: [`${base}/lti/launch`],
      targetLinkUri: `${base}/lti/launch`,
      publicJwkUrl: `${base}/.well-known/jwks.json`,
      scopes: [AGS_SCOPE.lineItem, AGS_SCOPE.resultReadOnly, AGS_SCOPE.score],
      customParameters: {
        exercise_id: 'the exercise id or slug (optional: instructors can pick on first launch)',
      },
    };
  }

  async create(actor: Principal, input: CreateLtiPlatformDto): Promise<LtiPlatformView> {
    try {
      const platform = await this.platforms.create(
        {
          issuer: input.issuer,
          clientId: input.clientId,
          authLoginUrl: input.authLoginUrl,
          accessTokenUrl: input.accessTokenUrl,
          authServerAudience: input.authServerAudience ?? null,
          jwksUrl: input.jwksUrl,
        },
        [...new Set(input.deploymentIds ?? [])],
        actor.id,
      );
      return toView(platform);
    } catch (error) {
      if (error instanceof UniqueViolationError) {
        throw new DomainError('conflict', 'A registration with this issuer and client id already exists');
      }
      throw error;
    }
  }

  async list(): Promise<LtiPlatformView[]> {
    return (await this.platforms.list()).map(toView);
  }

  async get(id: string): Promise<LtiPlatformView> {
    return toView(await this.existing(id));
  }

  async update(id: string, input: UpdateLtiPlatformDto): Promise<LtiPlatformView> {
    await this.existing(id);
    return toView(await this.platforms.update(id, input));
  }

  async remove(id: string): Promise<void> {
    await this.existing(id);
    await this.platforms.remove(id);
  }

  /** Deactivating a deployment never added is a 404, not a new (inactive) row. */
  async setDeployment(id: string, deploymentId: string, active: boolean): Promise<LtiPlatformView> {
    const platform = await this.existing(id);
    if (!active && !platform.deployments.some((deployment) => deployment.deploymentId === deploymentId))
      throw notFound('Deployment');
    await this.platforms.setDeployment(id, deploymentId, active);
    return this.get(id);
  }

  private async existing(id: string): Promise<PlatformWithDeployments> {
    const platform = await this.platforms.findById(id);
    if (!platform) throw notFound('LTI registration');
    return platform;
  }
}
