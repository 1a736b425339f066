import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '../../common/auth/principal';
import { CreateTokenDto, CreateUserDto, ImportUsersDto, ListUsersQueryDto } from './users.dto';
import { UsersService } from './users.service';
import { IdParam } from '../../common/http/id-param';

@ApiTags('users')
@ApiBearerAuth()
@Controller('v1')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Admins create any user; teachers create students. */
  @Post('users')
  @Roles('admin', 'teacher')
  create(@CurrentUser() actor: Principal, @Body() body: CreateUserDto) {
    return this.users.create(actor, body);
  }

  /** Bulk import: all users are created, or none. */
  @Post('users/import')
  @Roles('admin', 'teacher')
  async import(@CurrentUser() actor: Principal, @Body() body: ImportUsersDto) {
    return { created: await this.users.createAll(actor, body.users) };
  }

  @Get('users')
  @Roles('admin', 'teacher')
  list(@CurrentUser() actor: Principal, @Query() query: ListUsersQueryDto) {
    return this.users.list(actor, query);
  }

  @Get('users/:id')
  get(@CurrentUser() actor: Principal, @IdParam('User') id: string) {
    return this.users.get(actor, id);
  }

  /** The token secret is in this response only. */
  @Post('users/:id/tokens')
  issueToken(@CurrentUser() actor: Principal, @IdParam('User') id: string, @Body() body: CreateTokenDto) {
    return this.users.issueToken(actor, id, body);
  }

  @Get('users/:id/tokens')
  listTokens(@CurrentUser() actor: Principal, @IdParam('User') id: string) {
    return this.users.listTokens(actor, id);
  }

  @Delete('tokens/:id')
  @HttpCode(204)
  async revokeToken(@CurrentUser() actor: Principal, @IdParam('Token') id: string): Promise<void> {
    await this.users.revokeToken(actor, id);
  }
}
