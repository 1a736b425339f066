import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@loopgrade/config';
import { TokensRepository, UsersRepository } from '@loopgrade/database';
import type { User } from '@loopgrade/database';
import { hashToken, newTokenSecret } from '../../common/auth/token-secrets';

/**
 * Makes sure an admin exists. Its first token is LOOPGRADE_ADMIN_TOKEN when set; otherwise a random
 * token is printed once, at the admin's creation, and never again.
 */
@Injectable()
export class AdminBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly tokens: TokensRepository,
  ) {}

  async ensureAdmin(): Promise<User> {
    const existing = await this.users.findFirstAdmin();
    const admin =
      existing ??
      (await this.users.create({
        email: this.config.LOOPGRADE_ADMIN_EMAIL,
        name: 'Administrator',
        role: 'admin',
      }));
    const configured = this.config.LOOPGRADE_ADMIN_TOKEN;
    if (configured) {
      const tokenHash = hashToken(configured);
      if (!(await this.tokens.findActiveByHash(tokenHash, new Date()))) {
        await this.tokens.create({ userId: admin.id, name: 'LOOPGRADE_ADMIN_TOKEN', tokenHash });
      }
    } else if (!existing) {
      const secret = newTokenSecret();
      await this.tokens.create({ userId: admin.id, name: 'initial', tokenHash: hashToken(secret) });
      // Printed on the console, not in the structured logs, so it does not end up in log storage.
      process.stdout.write(
        `\n  loopgrade admin created: ${admin.email}\n  API token (shown once): ${secret}\n\n`,
      );
    }
    if (!existing) this.logger.log(`created admin ${admin.email}`);
    return admin;
  }
}
