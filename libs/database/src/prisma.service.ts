import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PrismaClient } from './generated/client';
import type { DatabaseDriver } from './drivers/database-driver.interface';

export const DATABASE_DRIVER = Symbol('DATABASE_DRIVER');

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleInit, OnModuleDestroy {
  constructor(@Inject(DATABASE_DRIVER) readonly driver: DatabaseDriver) {
    super({ adapter: driver.adapter });
  }

  async onModuleInit(): Promise<void> {
    await this.$connect();
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
    await this.driver.close();
  }
}
