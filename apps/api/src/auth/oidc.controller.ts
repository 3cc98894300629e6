import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@kyodo/config';
import { IdentityError, OidcSignInService } from '@kyodo/identity';
import { Answer, EmptyAnswer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import { TokenPairResponse } from './auth.response';
import { OidcExchangeDto } from './oidc.dto';
import { SsoSignInOptionResponse } from './oidc.response';
import { Public } from './public.decorator';

/** The cookie that binds a sign-in to the browser that started it: only for these routes, gone after the callback. */
const COOKIE = 'kyodo_oidc';
const COOKIE_PATH = '/api/v1/auth/oidc';
/** Where the web app takes over: the one-time code in the fragment, which no server or log sees. */
const WEB_LANDING = '/login/sso';

/** A browser's navigation (it asks for a page), not a program's request: it is shown a page, not a problem. */
const isNavigation = (request: FastifyRequest) => String(request.headers.accept ?? '').includes('text/html');

function browserSecret(header: string | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=') || null;
  }
  return null;
}

/**
 * Single sign-on for staff through their municipality's OpenID provider (authorization code with PKCE). The browser
 * goes to `start`, signs in at the provider, comes back to `callback`, and the web app exchanges the one-time code.
 */
@ApiTags('auth')
@Controller('api/v1')
export class OidcController {
  private readonly secureCookie: boolean;

  constructor(
    @Inject(OidcSignInService) private readonly signIns: OidcSignInService,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.secureCookie = config.PUBLIC_BASE_URL.startsWith('https:');
  }

  @Public()
  @Get('public/sign-in-options')
  @ApiOperation({ summary: 'The municipalities whose staff may sign in through their own provider (login page)' })
  @Answer(200, 'By municipality', [SsoSignInOptionResponse])
  options(): Promise<SsoSignInOptionResponse[]> {
    return this.signIns.options();
  }

  @Public()
  @Get('auth/oidc/:municipalityCode/start')
  @ApiOperation({
    summary: 'Start signing in through the municipality’s OpenID provider: a redirect there (a browser navigation)',
    description:
      'Sets a cookie binding the sign-in to this browser for 10 minutes. 404 `sso_not_configured` without one. A ' +
      'browser (Accept: text/html) is sent to the web app’s /login/sso#error={code} instead of a problem.',
  })
  @EmptyAnswer(302, 'To the provider’s authorization endpoint')
  @Problems(503)
  async start(
    @Param('municipalityCode') code: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      const { redirectTo, browserSecret: secret } = await this.signIns.start(code);
      const attributes = `Path=${COOKIE_PATH}; HttpOnly; SameSite=Lax; Max-Age=600${this.secureCookie ? '; Secure' : ''}`;
      await reply
        .status(302)
        .header('cache-control', 'no-store')
        .header('set-cookie', `${COOKIE}=${secret}; ${attributes}`)
        .header('location', redirectTo)
        .send();
    } catch (error) {
      await this.refuse(request, reply, error);
    }
  }

  @Public()
  @Get('auth/oidc/callback')
  @ApiOperation({
    summary: 'Where the provider sends the browser back (register this as the redirect URI)',
    description:
      'Redirects to the web app with a one-time code (60 seconds) in the fragment: /login/sso#code=…. Refused as a ' +
      'problem: 401 `sso_failed` (unknown, used or expired state, another browser, the provider’s error), 403 ' +
      '`sso_email_not_verified` or `sso_no_staff_account`, 503 `sso_provider_unavailable`; a browser (Accept: ' +
      'text/html) is sent to /login/sso#error={code} instead.',
  })
  @EmptyAnswer(302, 'To the web app, which exchanges the code')
  @Problems(401, 403, 503)
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    try {
      const { handoff } = await this.signIns.callback(query, browserSecret(request.headers.cookie), String(request.id));
      await this.landing(reply, `code=${handoff}`);
    } catch (error) {
      await this.refuse(request, reply, error);
    }
  }

  /** A refusal: a problem for a program; a browser is shown it by the web app, in the person's language. */
  private async refuse(request: FastifyRequest, reply: FastifyReply, error: unknown): Promise<void> {
    if (!(error instanceof IdentityError) || !isNavigation(request)) throw error;
    await this.landing(reply, `error=${error.code}`);
  }

  /** To the web app's landing page, the cookie cleared; what it needs is in the fragment, which no log sees. */
  private async landing(reply: FastifyReply, fragment: string): Promise<void> {
    await reply
      .status(302)
      .header('cache-control', 'no-store')
      .header('set-cookie', `${COOKIE}=; Path=${COOKIE_PATH}; HttpOnly; SameSite=Lax; Max-Age=0`)
      .header('location', `${WEB_LANDING}#${fragment}`)
      .send();
  }

  @Public()
  @Post('auth/oidc/exchange')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange the one-time code of a single sign-on for a token pair (once, within 60 seconds)',
    description: 'No TOTP code is asked: the municipality’s provider applies its own second factor.',
  })
  @Answer(200, 'Signed in', TokenPairResponse)
  @Problems(401)
  exchange(@Body() dto: OidcExchangeDto, @Req() request: FastifyRequest): Promise<TokenPairResponse> {
    const agent = request.headers['user-agent'];
    return this.signIns.exchange(dto.code, typeof agent === 'string' ? agent : undefined);
  }
}
