import { Injectable } from '@nestjs/common';
import { PrismaService } from '@loopgrade/database';
import type {
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookMessage,
} from '@loopgrade/database';
import { IntegrationPresence } from './integration-presence';

export type DeliveryWithContext = WebhookDelivery & { message: WebhookMessage; endpoint: WebhookEndpoint };
export type DeliveryWithLog = WebhookDelivery & { message: WebhookMessage; attempts: WebhookAttempt[] };

export interface NewAttempt {
  deliveryId: string;
  trigger: 'scheduled' | 'resend' | 'test';
  attemptedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string;
  error: string | null;
}

/** An endpoint wants a type when its filter names it or is empty (every type). */
const WANTS_TYPE = (type: string) => [{ filterTypes: { has: type } }, { filterTypes: { isEmpty: true } }];

/** Endpoints, the outbox (messages + one delivery per endpoint) and the attempt log. */
@Injectable()
export class WebhooksRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly presence: IntegrationPresence,
  ) {}

  async createEndpoint(data: {
    ownerId: string;
    url: string;
    description: string;
    filterTypes: string[];
    secretSealed: string;
  }): Promise<WebhookEndpoint> {
    return this.changed(await this.prisma.webhookEndpoint.create({ data }));
  }

  findEndpoint(id: string): Promise<WebhookEndpoint | null> {
    return this.prisma.webhookEndpoint.findUnique({ where: { id } });
  }

  listEndpoints(ownerId?: string): Promise<WebhookEndpoint[]> {
    return this.prisma.webhookEndpoint.findMany({
      where: { ownerId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  async updateEndpoint(
    id: string,
    data: Partial<
      Pick<
        WebhookEndpoint,
        | 'url'
        | 'description'
        | 'filterTypes'
        | 'secretSealed'
        | 'previousSecretSealed'
        | 'previousSecretUntil'
      >
    >,
  ): Promise<WebhookEndpoint> {
    return this.changed(await this.prisma.webhookEndpoint.update({ where: { id }, data }));
  }

  async deleteEndpoint(id: string): Promise<void> {
    await this.prisma.webhookEndpoint.delete({ where: { id } });
  }

  /**
   * Whether any enabled endpoint, whoever owns it, wants this event type: lets the common installation
   * without webhooks skip the lookups an event payload needs. Kept in memory until an endpoint changes.
   */
  anyEndpointFor(type: string): Promise<boolean> {
    return this.presence.answer(`webhooks:${type}`, async () => {
      const endpoint = await this.prisma.webhookEndpoint.findFirst({
        where: { disabledAt: null, OR: WANTS_TYPE(type) },
        select: { id: true },
      });
      return endpoint !== null;
    });
  }

  /**
   * Enabled endpoints that want this event type: those of the given owners plus every admin's
   * (admins see the whole installation). An empty filter means every type.
   */
  async endpointsFor(type: string, ownerIds: string[]): Promise<WebhookEndpoint[]> {
    const admins = await this.prisma.user.findMany({ where: { role: 'admin' }, select: { id: true } });
    return this.prisma.webhookEndpoint.findMany({
      where: {
        disabledAt: null,
        ownerId: { in: [...new Set([...ownerIds, ...admins.map((admin) => admin.id)])] },
        OR: WANTS_TYPE(type),
      },
    });
  }

  /**
   * Writes the message and its deliveries together: either every endpoint gets it or none.
   * `dueAt` null: not scheduled (a test message, attempted once by its caller).
   */
  async createMessage(
    message: { id: string; type: string; body: string },
    endpointIds: string[],
    at: Date,
    dueAt: Date | null,
  ): Promise<WebhookDelivery[]> {
    return this.prisma.$transaction(async (tx) => {
      await tx.webhookMessage.create({ data: { ...message, createdAt: at } });
      const deliveries: WebhookDelivery[] = [];
      for (const endpointId of endpointIds) {
        deliveries.push(
          await tx.webhookDelivery.create({
            data: { messageId: message.id, endpointId, nextAttemptAt: dueAt },
          }),
        );
      }
      return deliveries;
    });
  }

  findMessage(id: string): Promise<WebhookMessage | null> {
    return this.prisma.webhookMessage.findUnique({ where: { id } });
  }

  findDelivery(id: string): Promise<DeliveryWithContext | null> {
    return this.prisma.webhookDelivery.findUnique({
      where: { id },
      include: { message: true, endpoint: true },
    });
  }

  findDeliveryOf(endpointId: string, messageId: string): Promise<DeliveryWithContext | null> {
    return this.prisma.webhookDelivery.findUnique({
      where: { messageId_endpointId: { messageId, endpointId } },
      include: { message: true, endpoint: true },
    });
  }

  /** Takes a due delivery for one attempt; false when another worker took it or it is not due. */
  async claimDelivery(id: string, now: Date): Promise<boolean> {
    const { count } = await this.prisma.webhookDelivery.updateMany({
      where: { id, status: 'pending', nextAttemptAt: { lte: now } },
      data: { nextAttemptAt: null },
    });
    return count === 1;
  }

  recordAttempt(attempt: NewAttempt): Promise<WebhookAttempt> {
    return this.prisma.webhookAttempt.create({ data: attempt });
  }

  async settleDelivery(
    id: string,
    data: { status: WebhookDeliveryStatus; attemptCount: number; nextAttemptAt: Date | null },
  ): Promise<void> {
    await this.prisma.webhookDelivery.update({ where: { id }, data });
  }

  /** Starts the failure streak at `at` unless one is running; returns the endpoint as it now stands. */
  async markEndpointFailing(id: string, at: Date): Promise<WebhookEndpoint> {
    await this.prisma.webhookEndpoint.updateMany({
      where: { id, failingSince: null },
      data: { failingSince: at },
    });
    return this.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id } });
  }

  async markEndpointHealthy(id: string): Promise<void> {
    await this.prisma.webhookEndpoint.updateMany({
      where: { id, failingSince: { not: null } },
      data: { failingSince: null },
    });
  }

  /** Disables once; returns false if it was already disabled (so the notice goes out once). */
  async disableEndpoint(id: string, reason: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.webhookEndpoint.updateMany({
      where: { id, disabledAt: null },
      data: { disabledAt: at, disabledReason: reason },
    });
    return count === 1;
  }

  async enableEndpoint(id: string): Promise<void> {
    this.changed(
      await this.prisma.webhookEndpoint.update({
        where: { id },
        data: { disabledAt: null, disabledReason: null, failingSince: null },
      }),
    );
  }

  listDeliveries(
    endpointId: string,
    filter: { status?: WebhookDeliveryStatus; since?: Date },
    page: { limit: number; cursor?: string },
  ): Promise<DeliveryWithLog[]> {
    return this.prisma.webhookDelivery.findMany({
      where: {
        endpointId,
        status: filter.status,
        createdAt: filter.since ? { gte: filter.since } : undefined,
      },
      include: { message: true, attempts: { orderBy: { attemptedAt: 'asc' } } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: page.limit + 1,
      ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    });
  }

  /** Pending deliveries overdue by more than the grace, or claimed and then abandoned by a dead worker. */
  overdueDeliveries(dueBefore: Date, abandonedBefore: Date, limit: number): Promise<WebhookDelivery[]> {
    return this.prisma.webhookDelivery.findMany({
      where: {
        status: 'pending',
        OR: [
          { nextAttemptAt: { lte: dueBefore } },
          { nextAttemptAt: null, updatedAt: { lt: abandonedBefore } },
        ],
      },
      orderBy: { createdAt: 'asc' },
      take: limit,
    });
  }

  /** Retention: deletes old messages; their deliveries and attempts go with them (cascade). */
  async purgeMessagesBefore(before: Date): Promise<number> {
    const { count } = await this.prisma.webhookMessage.deleteMany({ where: { createdAt: { lt: before } } });
    return count;
  }

  /** Gives an abandoned claim back, due now. */
  async rearmDelivery(id: string, at: Date): Promise<void> {
    await this.prisma.webhookDelivery.updateMany({
      where: { id, status: 'pending', nextAttemptAt: null },
      data: { nextAttemptAt: at },
    });
  }

  /** A write that may turn "any endpoint?" to yes, passed through once it has committed. */
  private changed<T>(written: T): T {
    this.presence.changed();
    return written;
  }
}
