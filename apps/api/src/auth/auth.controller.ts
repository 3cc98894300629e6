import { Body, Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthService } from '@kyodo/identity';
import type { Actor } from '@kyodo/platform';
import { CurrentActor } from './current-actor.decorator';
import { LoginDto, RefreshDto } from './auth.dto';
import { AllowedBeforePasswordChange, Public } from './public.decorator';
import { Answer, EmptyAnswer } from '../openapi/answers';
import { MeResponse, TokenPairResponse } from './auth.response';
import { Problems } from '../openapi/problem-answers';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Public()
  @Post('api/v1/auth/login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in; returns an access token and a rotating refresh token',
    description:
      'After LOGIN_MAX_FAILURES failed attempts on one account within LOGIN_WINDOW_SECONDS: 429 `too_many_login_attempts` ' +
      '(the same for an unknown address). Login and refresh together, per client address: 429 `rate_limited` beyond ' +
      'RATE_LIMIT_AUTH_MAX per RATE_LIMIT_WINDOW_SECONDS. Both with Retry-After.',
  })
  @Answer(200, 'Signed in', TokenPairResponse)
  @Problems(401)
  login(
    @Body() dto: LoginDto,
    @Req() request: { headers: Record<string, string | string[] | undefined> },
  ): Promise<TokenPairResponse> {
    const agent = request.headers['user-agent'];
    return this.auth.login(dto.email, dto.password, typeof agent === 'string' ? agent : undefined, dto.secondFactor);
  }

  @Public()
  @Post('api/v1/auth/refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair (the old one is used up)',
    description: 'Counted with login per client address: 429 `rate_limited` with Retry-After beyond the limit.',
  })
  @Answer(200, 'A new pair', TokenPairResponse)
  @Problems(401)
  refresh(@Body() dto: RefreshDto): Promise<TokenPairResponse> {
    return this.auth.refresh(dto.refreshToken);
  }

  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Post('api/v1/auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke this login session' })
  @EmptyAnswer(204, 'Signed out')
  async logout(@Req() request: { sessionFamily: string }) {
    await this.auth.logout(request.sessionFamily);
  }

  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Get('api/v1/me')
  @ApiOperation({ summary: 'Who am I: roles, memberships, municipality, locale' })
  @Answer(200, 'The caller', MeResponse)
  me(@CurrentActor() actor: Actor): MeResponse {
    const { requestId: _requestId, ...visible } = actor;
    return visible;
  }
}
