import { Injectable } from '@nestjs/common';
import { PrismaService, rethrowUniqueViolation } from '@loopgrade/database';
import type { LtiDeployment, LtiPlatform } from '@loopgrade/database';
import type { PlatformRegistration } from '@loopgrade/integrations';

export type PlatformWithDeployments = LtiPlatform & { deployments: LtiDeployment[] };

export interface PlatformInput {
  issuer: string;
  clientId: string;
  authLoginUrl: string;
  accessTokenUrl: string;
  authServerAudience?: string | null;
  jwksUrl: string;
}

const WITH_DEPLOYMENTS = { deployments: { orderBy: { createdAt: 'asc' } } } as const;

/** Identity and endpoints of a registration, as both the library and the API views show them. */
export function platformSettings(platform: LtiPlatform) {
  const { id, issuer, clientId, authLoginUrl, accessTokenUrl, authServerAudience, jwksUrl } = platform;
  return { id, issuer, clientId, authLoginUrl, accessTokenUrl, authServerAudience, jwksUrl };
}

/** The pure library's view of a registration: only active deployments count. */
export function toRegistration(platform: PlatformWithDeployments): PlatformRegistration {
  return {
    ...platformSettings(platform),
    deploymentIds: platform.deployments
      .filter((deployment) => deployment.active)
      .map((deployment) => deployment.deploymentId),
  };
}

/** LMS registrations, keyed by (issuer, client id), and their deployments. */
@Injectable()
export class LtiPlatformsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** A registration with the same issuer and client id is a UniqueViolationError. */
  create(
    platform: PlatformInput,
    deploymentIds: string[],
    createdById: string,
  ): Promise<PlatformWithDeployments> {
    return this.prisma.ltiPlatform
      .create({
        data: {
          ...platform,
          createdById,
          deployments: { create: deploymentIds.map((deploymentId) => ({ deploymentId })) },
        },
        include: WITH_DEPLOYMENTS,
      })
      .catch(rethrowUniqueViolation);
  }

  findById(id: string): Promise<PlatformWithDeployments | null> {
    return this.prisma.ltiPlatform.findUnique({ where: { id }, include: WITH_DEPLOYMENTS });
  }

  findByIssuer(issuer: string): Promise<PlatformWithDeployments[]> {
    return this.prisma.ltiPlatform.findMany({ where: { issuer }, include: WITH_DEPLOYMENTS });
  }

  findByKey(issuer: string, clientId: string): Promise<PlatformWithDeployments | null> {
    return this.prisma.ltiPlatform.findUnique({
      where: { issuer_clientId: { issuer, clientId } },
      include: WITH_DEPLOYMENTS,
    });
  }

  list(): Promise<PlatformWithDeployments[]> {
    return this.prisma.ltiPlatform.findMany({
      include: WITH_DEPLOYMENTS,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  update(id: string, data: Partial<PlatformInput>): Promise<PlatformWithDeployments> {
    return this.prisma.ltiPlatform.update({ where: { id }, data, include: WITH_DEPLOYMENTS });
  }

  async remove(id: string): Promise<void> {
    await this.prisma.ltiPlatform.delete({ where: { id } });
  }

  async setDeployment(platformId: string, deploymentId: string, active: boolean): Promise<void> {
    await this.prisma.ltiDeployment.upsert({
      where: { platformId_deploymentId: { platformId, deploymentId } },
      create: { platformId, deploymentId, active },
      update: { active },
    });
  }
}
