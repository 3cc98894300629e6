import { Injectable, Logger } from '@nestjs/common';
import * as openid from 'openid-client';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import { OidcSecrets } from './oidc-secrets';
import type { OidcProviderEntity } from './oidc-provider.entity';

/** What Kyodo keeps between the redirect to the provider and the callback. */
export interface AuthorizationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The provider's word on who signed in: the ID token's claims, with the userinfo endpoint's when needed. */
export interface ProviderAccount {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
}

/** A provider's discovered metadata is read again after this long (keys rotate, endpoints move). */
const DISCOVERY_TTL_MS = 10 * 60 * 1000;
const TIMEOUT_SECONDS = 10;
const SCOPE = 'openid email profile';

/** http is allowed only for a provider on this machine (a development Keycloak, the tests' provider). */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * The relying party's side of OpenID Connect (authorization code with PKCE, openid-client): discovery of the
 * provider, the authorization URL, and the code exchange with every check (state, nonce, issuer, audience,
 * signature). A provider that cannot be reached is 503 `sso_provider_unavailable`; one that refuses is 401 `sso_failed`.
 */
@Injectable()
export class OidcClient {
  private readonly logger = new Logger('OidcClient');
  private readonly discovered = new Map<string, { at: number; config: Promise<openid.Configuration> }>();

  constructor(private readonly secrets: OidcSecrets) {}

  async authorizationUrl(provider: OidcProviderEntity, redirectUri: string, checks: AuthorizationChecks): Promise<URL> {
    const config = await this.configuration(provider);
    return openid.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: SCOPE,
      code_challenge: await openid.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
  }

  /** Exchanges the code of the callback URL; `needClaim` is fetched from userinfo when the ID token lacks it. */
  async redeem(
    provider: OidcProviderEntity,
    callbackUrl: URL,
    checks: AuthorizationChecks,
    needClaim: string,
  ): Promise<ProviderAccount> {
    const config = await this.configuration(provider);
    try {
      const tokens = await openid.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims()!;
      let claims: Record<string, unknown> = { ...idClaims };
      if (claims[needClaim] === undefined) {
        claims = { ...(await openid.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...claims };
      }
      return { issuer: idClaims.iss, subject: idClaims.sub, claims };
    } catch (error) {
      throw this.refusal(error);
    }
  }

  private configuration(provider: OidcProviderEntity): Promise<openid.Configuration> {
    const key = `${provider.issuer} ${provider.clientId} ${provider.clientSecretSealed}`;
    const cached = this.discovered.get(key);
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
    const issuer = new URL(provider.issuer);
    const config = openid
      .discovery(issuer, provider.clientId, this.secrets.unseal(provider.clientSecretSealed), undefined, {
        timeout: TIMEOUT_SECONDS,
        ...(isLoopbackHttp(issuer) ? { execute: [openid.allowInsecureRequests] } : {}),
      })
      .then((c) => {
        c.timeout = TIMEOUT_SECONDS;
        return c;
      });
    this.discovered.set(key, { at: Date.now(), config });
    // A failed discovery is not kept: the next sign-in tries again.
    return config.catch((error: unknown) => {
      this.discovered.delete(key);
      this.logger.warn(`discovery of ${provider.issuer} failed: ${describe(error)}`);
      throw new IdentityError(IdentityErrorCode.SsoProviderUnavailable);
    });
  }

  private refusal(error: unknown): IdentityError {
    if (error instanceof IdentityError) return error;
    this.logger.warn(`sign-in through a provider refused: ${describe(error)}`);
    const unreachable =
      error instanceof TypeError || (error instanceof Error && error.name === 'AbortError') || isTimeout(error);
    return new IdentityError(unreachable ? IdentityErrorCode.SsoProviderUnavailable : IdentityErrorCode.SsoFailed);
  }
}

const describe = (error: unknown) =>
  error instanceof Error
    ? `${error.name}: ${error.message}${'code' in error ? ` (${String(error.code)})` : ''}`
    : String(error);
const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';
