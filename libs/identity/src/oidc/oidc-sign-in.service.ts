import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kyodo/config';
import { type Actor, Clock } from '@kyodo/platform';
import { AuthService, type TokenPair } from '../auth.service';
import { DirectoryWriter } from '../directory-writer';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import { STAFF_ROLES } from '../mfa/mfa-policy';
import { MunicipalityRepository } from '../municipalities/municipality.repository';
import { UserRepository } from '../users/user.repository';
import { OidcClient, type ProviderAccount } from './oidc-client';
import { OidcIdentityRepository, type SsoCandidate } from './oidc-identity.repository';
import { OidcProviderRepository, type SignInOption } from './oidc-provider.repository';
import { oidcRedirectUri } from './oidc-settings.service';
import { OidcSignInRepository } from './oidc-sign-in.repository';

/** From the redirect to the provider to its callback: time to sign in there, type a second factor. */
const SIGN_IN_MINUTES = 10;
/** From the callback to the web app's exchange of the one-time code: one page load. */
const HANDOFF_SECONDS = 60;
/** An unfinished sign-in is kept this long after it expired (to look into a failure), then forgotten. */
const STALE_AFTER_HOURS = 24;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const random = () => randomBytes(32).toString('base64url');
const sameHash = (a: string, b: string) => timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Staff sign in through their municipality's OpenID provider (authorization code with PKCE). `start` sends the
 * browser to the provider, bound to it by a cookie; `callback` checks the answer, finds the staff account (the linked
 * provider account, else the verified e-mail address, which links it) and hands the web app a one-time code, which
 * `exchange` turns into Kyodo's usual token pair. No token passes through a URL. Groups (proposers) keep passwords.
 */
@Injectable()
export class OidcSignInService {
  private readonly redirectUri: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly providers: OidcProviderRepository,
    private readonly identities: OidcIdentityRepository,
    private readonly signIns: OidcSignInRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly users: UserRepository,
    private readonly client: OidcClient,
    private readonly auth: AuthService,
    private readonly writer: DirectoryWriter,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.redirectUri = oidcRedirectUri(config.PUBLIC_BASE_URL);
  }

  /** The municipalities whose staff may sign in through their provider, for the login page. */
  options(): Promise<SignInOption[]> {
    return this.providers.signInOptions();
  }

  /** Where to send the browser, and the secret it keeps (as a cookie) until it comes back. */
  async start(municipalityCode: string): Promise<{ redirectTo: string; browserSecret: string }> {
    // A municipality's code as POST /municipalities takes it; anything else names none (and never reaches SQL).
    const municipalityId = /^[a-z0-9-]{2,32}$/.test(municipalityCode)
      ? await this.municipalities.idByCode(municipalityCode)
      : null;
    const provider = municipalityId ? await this.providers.find(municipalityId) : null;
    if (!municipalityId || !provider?.enabled) throw new IdentityError(IdentityErrorCode.SsoNotConfigured);
    const checks = { state: random(), nonce: random(), codeVerifier: random() };
    const url = await this.client.authorizationUrl(provider, this.redirectUri, checks);
    const browserSecret = random();
    await this.signIns.insert({
      id: randomUUID(),
      municipalityId,
      stateHash: sha256(checks.state),
      browserHash: sha256(browserSecret),
      nonce: checks.nonce,
      codeVerifier: checks.codeVerifier,
      expiresAt: new Date(this.clock.now().getTime() + SIGN_IN_MINUTES * 60_000),
      completedAt: null,
      userId: null,
      handoffHash: null,
      handoffExpiresAt: null,
      handedOffAt: null,
      familyId: null,
    });
    await this.signIns.forgetStale(new Date(this.clock.now().getTime() - STALE_AFTER_HOURS * 3_600_000));
    return { redirectTo: url.href, browserSecret };
  }

  /**
   * The provider's answer (`query` is the callback's query string) in the browser that started the sign-in: the
   * one-time code for the web app. Refused: an unknown, expired or used state, another browser, a provider's error
   * or a code it does not accept, an address not verified, no working staff account.
   */
  async callback(query: string, browserSecret: string | null, requestId: string): Promise<{ handoff: string }> {
    const params = new URLSearchParams(query);
    const state = params.get('state');
    if (!state || state.length > 200) throw new IdentityError(IdentityErrorCode.SsoFailed);
    const started = await this.signIns.claim(sha256(state), this.clock.now());
    if (!started || !browserSecret || !sameHash(sha256(browserSecret), started.browserHash)) {
      throw new IdentityError(IdentityErrorCode.SsoFailed);
    }
    const provider = await this.providers.find(started.municipalityId);
    if (!provider?.enabled) throw new IdentityError(IdentityErrorCode.SsoNotConfigured);
    const callbackUrl = new URL(`${this.redirectUri}?${params.toString()}`);
    const account = await this.client.redeem(
      provider,
      callbackUrl,
      { state, nonce: started.nonce, codeVerifier: started.codeVerifier },
      provider.emailClaim,
    );
    const { user, newLink } = await this.staffAccount(started.municipalityId, provider, account);
    const handoff = random();
    const actor: Actor = {
      userId: user.id,
      municipalityId: started.municipalityId,
      platformAdmin: false,
      roles: user.roles,
      memberships: [],
      locale: 'ja',
      requestId,
    };
    await this.writer.write(
      actor,
      started.municipalityId,
      'user.signed_in_with_oidc',
      { userId: user.id, issuer: account.issuer, subject: account.subject, linkedNow: newLink },
      null,
      async (m) => {
        if (newLink) {
          await this.identities.link(m, {
            userId: user.id,
            municipalityId: started.municipalityId,
            issuer: account.issuer,
            subject: account.subject,
          });
        }
        await this.signIns.setHandoff(m, started.id, {
          userId: user.id,
          handoffHash: sha256(handoff),
          handoffExpiresAt: new Date(this.clock.now().getTime() + HANDOFF_SECONDS * 1000),
        });
      },
    );
    return { handoff };
  }

  /** The web app's one-time code for the session: good once, for a minute, while the account still works. */
  async exchange(handoff: string, userAgent: string | undefined): Promise<TokenPair> {
    return this.db.transaction(async (manager) => {
      const used = await this.signIns.useHandoff(manager, sha256(handoff), this.clock.now());
      if (!used || !(await this.users.isActive(manager, used.userId))) {
        throw new IdentityError(IdentityErrorCode.InvalidSsoHandoff);
      }
      const { pair, familyId } = await this.auth.startVerifiedSession(manager, used.userId, userAgent);
      await this.signIns.setFamily(manager, used.id, familyId);
      return pair;
    });
  }

  /**
   * The staff account the provider's account signs in: the one linked to it; else the municipality's user with its
   * verified address, unless that user is linked to another account of this provider. Only working staff accounts.
   */
  private async staffAccount(
    municipalityId: string,
    provider: { emailClaim: string; requireVerifiedEmail: boolean },
    account: ProviderAccount,
  ): Promise<{ user: SsoCandidate; newLink: boolean }> {
    let user = await this.identities.linkedUser(municipalityId, account.issuer, account.subject);
    let newLink = false;
    if (!user) {
      const email = account.claims[provider.emailClaim];
      if (typeof email !== 'string' || !email.includes('@'))
        throw new IdentityError(IdentityErrorCode.SsoNoStaffAccount);
      if (provider.requireVerifiedEmail && account.claims.email_verified !== true) {
        throw new IdentityError(IdentityErrorCode.SsoEmailNotVerified);
      }
      user = await this.identities.userByEmail(municipalityId, email.trim().toLowerCase(), account.issuer);
      if (user?.linkedToIssuer) throw new IdentityError(IdentityErrorCode.SsoNoStaffAccount);
      newLink = true;
    }
    if (!user || !user.active || !user.roles.some((role) => STAFF_ROLES.includes(role))) {
      throw new IdentityError(IdentityErrorCode.SsoNoStaffAccount);
    }
    return { user, newLink };
  }
}
