import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/principal';
import { renderLaunchPage } from './launch-page';
import { stateCookieName } from '@loopgrade/integrations';
import { expiredStateCookie, readCookies } from './lti-cookies';
import { LtiLaunchService } from './lti-launch.service';
import { ToolKeysService } from './tool-keys.service';

/** The routes an LMS calls: OIDC login initiation (GET and POST), the launch, and our key set. */
@ApiTags('lti')
@Public()
@Controller()
export class LtiLaunchController {
  constructor(
    private readonly launches: LtiLaunchService,
    private readonly keys: ToolKeysService,
  ) {}

  @Get('lti/login')
  loginGet(@Query() query: Record<string, unknown>, @Res() response: Response) {
    return this.login(query, response);
  }

  @Post('lti/login')
  loginPost(@Body() body: Record<string, unknown>, @Res() response: Response) {
    return this.login(body ?? {}, response);
  }

  /** The `redirect_uri`: validates the id_token; answers the launch page, or JSON if asked for. */
  @Post('lti/launch')
  @HttpCode(200)
  async launch(
    @Body() body: Record<string, unknown> | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const result = await this.launches.launch(body ?? {}, readCookies(request));
    // Reached only after the state was accepted, so it is one of our own base64url values.
    response.setHeader('Set-Cookie', expiredStateCookie(stateCookieName(String(body?.state))));
    response.setHeader('Cache-Control', 'no-store');
    if (request.accepts(['html', 'json']) === 'json') {
      response.json(result);
      return;
    }
    response.type('html').send(renderLaunchPage(result));
  }

  /** Public keys platforms verify our client assertions with (active, next and recently retired). */
  @Get('.well-known/jwks.json')
  async jwks(@Res({ passthrough: true }) response: Response) {
    response.setHeader('Cache-Control', 'public, max-age=3600');
    return this.keys.jwks();
  }

  private async login(params: Record<string, unknown>, response: Response): Promise<void> {
    const { location, cookie } = await this.launches.login(params);
    response.setHeader('Set-Cookie', cookie);
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(302, location);
  }
}
