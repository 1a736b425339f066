import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@loopgrade/database';
import type { LoginState, LoginStateStore, NonceStore } from '@loopgrade/integrations';

/** Login states and used nonces in the database, so any API instance can finish any launch. */
@Injectable()
export class LtiLoginStatesRepository implements LoginStateStore, NonceStore {
  constructor(private readonly prisma: PrismaService) {}

  async save(state: LoginState): Promise<void> {
    await this.prisma.ltiLoginState.create({
      data: {
        state: state.state,
        nonce: state.nonce,
        platformId: state.registrationId,
        deploymentIdHint: state.deploymentIdHint ?? null,
        targetLinkUri: state.targetLinkUri,
        expiresAt: state.expiresAt,
      },
    });
  }

  /** Marks used and reads back in one guarded update: two concurrent launches cannot both win. */
  async consume(state: string, now: Date): Promise<LoginState | null> {
    const { count } = await this.prisma.ltiLoginState.updateMany({
      where: { state, consumedAt: null, expiresAt: { gt: now } },
      data: { consumedAt: now },
    });
    if (count !== 1) return null;
    const row = await this.prisma.ltiLoginState.findUniqueOrThrow({ where: { state } });
    return {
      state: row.state,
      nonce: row.nonce,
      registrationId: row.platformId,
      deploymentIdHint: row.deploymentIdHint ?? undefined,
      targetLinkUri: row.targetLinkUri,
      expiresAt: row.expiresAt,
    };
  }

  /** The primary key makes the second use fail, whichever instance tries. */
  async useOnce(nonce: string, expiresAt: Date): Promise<boolean> {
    try {
      await this.prisma.ltiUsedNonce.create({ data: { nonce, expiresAt } });
      return true;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return false;
      throw error;
    }
  }

  /** Housekeeping: expired states and nonces past their token's lifetime. */
  async purgeExpired(now: Date): Promise<void> {
    await this.prisma.ltiLoginState.deleteMany({ where: { expiresAt: { lt: now } } });
    await this.prisma.ltiUsedNonce.deleteMany({ where: { expiresAt: { lt: now } } });
  }
}
