import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { type Actor, ValidationFailedError } from '@kyodo/platform';
import { DirectoryScope } from '../directory-scope';
import { DirectoryWriter } from '../directory-writer';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import { UserRepository } from '../users/user.repository';
import { isLoopbackHttp } from './oidc-client';
import { OidcIdentityRepository } from './oidc-identity.repository';
import { OidcProviderRepository } from './oidc-provider.repository';
import { OidcSecrets } from './oidc-secrets';

/** A municipality's provider as its administrator sees it: never the client secret, only that one is set. */
export interface OidcProviderSettings {
  issuer: string;
  clientId: string;
  emailClaim: string;
  requireVerifiedEmail: boolean;
  labelJa: string;
  labelEn: string;
  enabled: boolean;
  /** What to register at the provider as the redirect (reply) URI. */
  redirectUri: string;
}

export interface OidcProviderInput {
  issuer: string;
  clientId: string;
  /** Required the first time; left out, the saved one stays. */
  clientSecret?: string;
  emailClaim: string;
  requireVerifiedEmail: boolean;
  labelJa: string;
  labelEn: string;
  enabled: boolean;
}

/** Where every provider sends the browser back to: one address for all municipalities (the state tells them apart). */
export function oidcRedirectUri(publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/api/v1/auth/oidc/callback`;
}

/**
 * A municipality's single sign-on for its staff, set by its administrator: the provider (issuer, client, the claim
 * holding the e-mail address) and, where addresses do not match, the provider account linked to a user.
 */
@Injectable()
export class OidcSettingsService {
  private readonly redirectUri: string;

  constructor(
    private readonly providers: OidcProviderRepository,
    private readonly identities: OidcIdentityRepository,
    private readonly users: UserRepository,
    private readonly secrets: OidcSecrets,
    private readonly scope: DirectoryScope,
    private readonly writer: DirectoryWriter,
    config: AppConfig,
  ) {
    this.redirectUri = oidcRedirectUri(config.PUBLIC_BASE_URL);
  }

  /** The municipality's provider, or null when none is set (the redirect URI to register is in the answer anyway). */
  async get(actor: Actor): Promise<{ provider: OidcProviderSettings | null; redirectUri: string }> {
    const municipalityId = await this.scope.adminScope(actor);
    const row = await this.providers.find(municipalityId);
    return { provider: row ? { ...this.view(row) } : null, redirectUri: this.redirectUri };
  }

  async put(actor: Actor, input: OidcProviderInput): Promise<{ provider: OidcProviderSettings; redirectUri: string }> {
    const municipalityId = await this.scope.adminScope(actor);
    const issuer = issuerUrl(input.issuer);
    const existing = await this.providers.find(municipalityId);
    if (!input.clientSecret && !existing) {
      throw new ValidationFailedError([
        { field: 'clientSecret', messages: ['clientSecret is required when no provider is set yet'] },
      ]);
    }
    const row = {
      municipalityId,
      issuer,
      clientId: input.clientId,
      clientSecretSealed: input.clientSecret ? this.secrets.seal(input.clientSecret) : existing!.clientSecretSealed,
      emailClaim: input.emailClaim,
      requireVerifiedEmail: input.requireVerifiedEmail,
      labelJa: input.labelJa,
      labelEn: input.labelEn,
      enabled: input.enabled,
    };
    const { clientSecretSealed: _secret, ...audited } = row;
    await this.writer.write(
      actor,
      municipalityId,
      'municipality.oidc_provider_set',
      { ...audited, clientSecretChanged: !!input.clientSecret },
      null,
      (m) => this.providers.put(m, row),
    );
    return { provider: this.view(row), redirectUri: this.redirectUri };
  }

  async remove(actor: Actor): Promise<void> {
    const municipalityId = await this.scope.adminScope(actor);
    await this.writer.write(actor, municipalityId, 'municipality.oidc_provider_removed', {}, null, (m) =>
      this.providers.remove(m, municipalityId),
    );
  }

  /** Links a user of the municipality to an account of its provider (by the `sub` claim), e.g. for a changed address. */
  async link(actor: Actor, userId: string, subject: string): Promise<void> {
    const municipalityId = await this.scope.adminScope(actor);
    const user = await this.users.findById(userId);
    if (!user || user.municipalityId !== municipalityId) throw new IdentityError(IdentityErrorCode.UnknownUser);
    const provider = await this.providers.find(municipalityId);
    if (!provider) throw new IdentityError(IdentityErrorCode.SsoNotConfigured);
    await this.writer.write(
      actor,
      municipalityId,
      'user.oidc_linked',
      { userId, issuer: provider.issuer, subject },
      IdentityErrorCode.SsoSubjectTaken,
      (m) => this.identities.link(m, { userId, municipalityId, issuer: provider.issuer, subject }),
    );
  }

  async unlink(actor: Actor, userId: string): Promise<void> {
    const municipalityId = await this.scope.adminScope(actor);
    const user = await this.users.findById(userId);
    if (!user || user.municipalityId !== municipalityId) throw new IdentityError(IdentityErrorCode.UnknownUser);
    await this.writer.write(actor, municipalityId, 'user.oidc_unlinked', { userId }, null, (m) =>
      this.identities.unlink(m, userId),
    );
  }

  private view(row: Omit<OidcProviderSettings, 'redirectUri'>): OidcProviderSettings {
    return {
      issuer: row.issuer,
      clientId: row.clientId,
      emailClaim: row.emailClaim,
      requireVerifiedEmail: row.requireVerifiedEmail,
      labelJa: row.labelJa,
      labelEn: row.labelEn,
      enabled: row.enabled,
      redirectUri: this.redirectUri,
    };
  }
}

/** An https issuer (http only on this machine), without a query or fragment; kept as written (the provider's own). */
function issuerUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    url = new URL('invalid:');
  }
  if ((url.protocol !== 'https:' && !isLoopbackHttp(url)) || url.search || url.hash || url.username || url.password) {
    throw new ValidationFailedError([
      {
        field: 'issuer',
        messages: ['issuer must be an https URL (http only on 127.0.0.1 or localhost), without ?query or #'],
      },
    ]);
  }
  return value.trim();
}
