import { Injectable } from '@nestjs/common';
import { PrismaService } from '@loopgrade/database';

/**
 * Who launched which placement as an instructor of its course. Only the latest launch counts: a TA who
 * later launches the same link as a Learner loses the right to bind it.
 */
@Injectable()
export class LtiLinkInstructorsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async record(resourceLinkId: string, userId: string, instructs: boolean, at: Date): Promise<void> {
    if (!instructs) {
      await this.prisma.ltiLinkInstructor.deleteMany({ where: { resourceLinkId, userId } });
      return;
    }
    await this.prisma.ltiLinkInstructor.upsert({
      where: { resourceLinkId_userId: { resourceLinkId, userId } },
      create: { resourceLinkId, userId, launchedAt: at },
      update: { launchedAt: at },
    });
  }

  async instructs(resourceLinkId: string, userId: string): Promise<boolean> {
    return (await this.prisma.ltiLinkInstructor.count({ where: { resourceLinkId, userId } })) > 0;
  }
}
