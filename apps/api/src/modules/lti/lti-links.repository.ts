import { Injectable } from '@nestjs/common';
import { PrismaService } from '@loopgrade/database';
import type { LtiResourceLink, LtiUserLink, Role, User } from '@loopgrade/database';

export interface ResourceLinkInput {
  platformId: string;
  deploymentId: string;
  resourceLinkId: string;
  title: string | null;
  contextId: string | null;
  contextTitle: string | null;
  agsScopes: string[];
  agsLineItems: string | null;
  agsLineItem: string | null;
}

/** Platform users and placements (resource links) as launches reveal them. */
@Injectable()
export class LtiLinksRepository {
  constructor(private readonly prisma: PrismaService) {}

  findUserLink(platformId: string, subject: string): Promise<LtiUserLink | null> {
    return this.prisma.ltiUserLink.findUnique({ where: { platformId_subject: { platformId, subject } } });
  }

  createUserLink(data: {
    platformId: string;
    subject: string;
    userId: string;
    email: string | null;
    name: string | null;
  }) {
    return this.prisma.ltiUserLink.create({ data });
  }

  updateUserLink(id: string, data: { email: string | null; name: string | null }): Promise<LtiUserLink> {
    return this.prisma.ltiUserLink.update({ where: { id }, data });
  }

  /** A later launch with a higher course role (student → teacher) raises the linked account's role. */
  promoteUser(userId: string, role: Role): Promise<User> {
    return this.prisma.user.update({ where: { id: userId }, data: { role } });
  }

  /** Creates the placement on its first launch; later launches refresh what the LMS says about it. */
  upsertResourceLink(input: ResourceLinkInput): Promise<LtiResourceLink> {
    const { platformId, deploymentId, resourceLinkId, ...details } = input;
    return this.prisma.ltiResourceLink.upsert({
      where: { platformId_deploymentId_resourceLinkId: { platformId, deploymentId, resourceLinkId } },
      create: input,
      update: details,
    });
  }

  findResourceLink(id: string): Promise<LtiResourceLink | null> {
    return this.prisma.ltiResourceLink.findUnique({ where: { id } });
  }

  async bindExercise(id: string, exerciseId: string): Promise<LtiResourceLink> {
    return this.prisma.$transaction(async (tx) => {
      const link = await tx.ltiResourceLink.update({
        where: { id },
        data: { exerciseId, lineItemUrl: null },
      });
      // Scores of the previous exercise must not flow into this placement's column.
      await tx.ltiGradeSync.updateMany({
        where: { resourceLinkId: id },
        data: {
          exerciseId,
          status: 'waiting',
          submissionId: null,
          scoreGiven: null,
          sentScore: null,
          nextAttemptAt: null,
        },
      });
      return link;
    });
  }

  async setLineItem(id: string, lineItemUrl: string): Promise<void> {
    await this.prisma.ltiResourceLink.update({ where: { id }, data: { lineItemUrl } });
  }
}
