import { Injectable } from '@nestjs/common';
import { PrismaService } from '@loopgrade/database';
import type { LtiToolKey } from '@loopgrade/database';
import type { RotationStep, SecretBox, ToolKey } from '@loopgrade/integrations';
import type { JWK } from 'jose';

/** Tool signing keys; private keys are stored sealed. */
@Injectable()
export class ToolKeysRepository {
  constructor(private readonly prisma: PrismaService) {}

  async all(box: SecretBox): Promise<ToolKey[]> {
    const rows = await this.prisma.ltiToolKey.findMany({ orderBy: { createdAt: 'asc' } });
    return rows.map((row: LtiToolKey) => ({
      kid: row.kid,
      status: row.status,
      publicJwk: row.publicJwk as JWK,
      privateKeyPem: box.open(row.privateKeySealed),
      createdAt: row.createdAt,
      retiredAt: row.retiredAt,
    }));
  }

  /** Applies one rotation step atomically, so two instances cannot end up with two active keys. */
  async apply(step: RotationStep, now: Date, box: SecretBox): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      if (step.retire)
        await tx.ltiToolKey.update({
          where: { kid: step.retire },
          data: { status: 'retired', retiredAt: now },
        });
      if (step.promote)
        await tx.ltiToolKey.update({ where: { kid: step.promote }, data: { status: 'active' } });
      if (step.create) {
        const key = step.create;
        await tx.ltiToolKey.create({
          data: {
            kid: key.kid,
            status: key.status,
            publicJwk: key.publicJwk as object,
            privateKeySealed: box.seal(key.privateKeyPem),
            createdAt: key.createdAt,
          },
        });
      }
      if (step.drop.length) await tx.ltiToolKey.deleteMany({ where: { kid: { in: step.drop } } });
      // A concurrent step from another instance may have raced this one; refuse two active keys.
      if ((await tx.ltiToolKey.count({ where: { status: 'active' } })) > 1)
        throw new Error('Concurrent tool key rotation');
    });
  }
}
