import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UsersRepository } from '@loopgrade/database';
import type { LtiUserLink, User } from '@loopgrade/database';
import { mapLtiRoles, type LtiLaunch } from '@loopgrade/integrations';
import { LtiLinksRepository } from './lti-links.repository';

const RANK = { student: 0, teacher: 1, admin: 2 } as const;

/**
 * Turns a platform user into a loopgrade user on first launch. Accounts are never matched by the
 * email the LMS asserts (that would let any LMS take over an existing account): each platform user
 * gets its own account, with a placeholder address that cannot collide.
 */
@Injectable()
export class LtiUsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly links: LtiLinksRepository,
  ) {}

  async link(platformId: string, launch: LtiLaunch): Promise<{ user: User; userLink: LtiUserLink }> {
    const mapped = mapLtiRoles(launch.roles);
    const existing = await this.links.findUserLink(platformId, launch.subject);
    if (existing) {
      const userLink = await this.links.updateUserLink(existing.id, {
        email: launch.email ?? null,
        name: launch.name ?? null,
      });
      const user = (await this.users.findById(existing.userId))!;
      // A course role can rise (student → teacher) with a later launch; it never falls silently.
      const upgraded =
        RANK[mapped.role] > RANK[user.role] ? await this.links.promoteUser(user.id, mapped.role) : user;
      return { user: upgraded, userLink };
    }
    const handle = createHash('sha256').update(`${platformId}\n${launch.subject}`).digest('hex').slice(0, 32);
    const user = await this.users.create({
      email: `lti-${handle}@lti.loopgrade.invalid`,
      name: launch.name ?? `LTI user ${handle.slice(0, 8)}`,
      role: mapped.role,
    });
    const userLink = await this.links.createUserLink({
      platformId,
      subject: launch.subject,
      userId: user.id,
      email: launch.email ?? null,
      name: launch.name ?? null,
    });
    return { user, userLink };
  }
}
