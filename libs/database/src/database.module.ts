import { Global, Logger, Module } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { APP_CONFIG, AppConfig } from '@loopgrade/config';
import { createDatabaseDriver } from './drivers/create-database-driver';
import type { DatabaseDriver } from './drivers/database-driver.interface';
import { migrate } from './migrations/migration-runner';
import { DATABASE_DRIVER, PrismaService } from './prisma.service';
import { ExercisesRepository } from './repositories/exercises.repository';
import { RegradesRepository } from './repositories/regrades.repository';
import { SubmissionsRepository } from './repositories/submissions.repository';
import { TokensRepository } from './repositories/tokens.repository';
import { UsersRepository } from './repositories/users.repository';

const REPOSITORIES = [
  UsersRepository,
  TokensRepository,
  ExercisesRepository,
  SubmissionsRepository,
  RegradesRepository,
];

/** The migrations ship beside the code: found upwards from here, in the source tree and in dist/ alike. */
export function findMigrationsDir(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'prisma', 'migrations');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`prisma/migrations not found above ${from}`);
  }
}

/** Provides PrismaService over the configured driver and migrates the database before the app starts. */
@Global()
@Module({
  providers: [
    {
      provide: DATABASE_DRIVER,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<DatabaseDriver> => {
        const driver = createDatabaseDriver({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
        const applied = await migrate(driver, findMigrationsDir());
        if (applied.length) new Logger('Database').log(`applied migrations: ${applied.join(', ')}`);
        return driver;
      },
    },
    PrismaService,
    ...REPOSITORIES,
  ],
  exports: [PrismaService, ...REPOSITORIES],
})
export class DatabaseModule {}
