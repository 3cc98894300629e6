import { Injectable } from '@nestjs/common';
import { type Actor, hasRole } from '@kyodo/platform';
import { IdentityError, IdentityErrorCode } from './identity-errors';
import { MunicipalityRepository } from './municipalities/municipality.repository';

/** Who may act on which municipality in the directory. */
@Injectable()
export class DirectoryScope {
  constructor(private readonly municipalities: MunicipalityRepository) {}

  /** The municipality an admin acts on: their own, or any for the platform operator. */
  async adminScope(actor: Actor, requested?: string): Promise<string> {
    if (actor.platformAdmin) {
      const id = requested ?? actor.municipalityId;
      if (!id) throw new IdentityError(IdentityErrorCode.UnknownMunicipality);
      if (!(await this.municipalities.exists(id))) throw new IdentityError(IdentityErrorCode.UnknownMunicipality);
      return id;
    }
    if (!hasRole(actor, 'admin') || !actor.municipalityId) throw new IdentityError(IdentityErrorCode.Forbidden);
    if (requested && requested !== actor.municipalityId) throw new IdentityError(IdentityErrorCode.UnknownMunicipality);
    return actor.municipalityId;
  }

  /** The municipality whose directory staff (admin, secretariat) may read. */
  staffScope(actor: Actor): string {
    if (!hasRole(actor, 'admin', 'secretariat') || !actor.municipalityId) {
      throw new IdentityError(IdentityErrorCode.Forbidden);
    }
    return actor.municipalityId;
  }
}

/**
 * A row of the caller's municipality (or of `municipalityId` when given); another tenant's row is simply not
 * found.
 */
export function inScope<T extends { municipalityId: string | null }>(
  row: T | null,
  actor: Actor,
  notFound: IdentityErrorCode,
  municipalityId?: string,
): T {
  const scope = municipalityId ?? actor.municipalityId;
  if (
    !row ||
    (!actor.platformAdmin && row.municipalityId !== scope) ||
    (municipalityId && row.municipalityId !== municipalityId)
  ) {
    throw new IdentityError(notFound);
  }
  return row;
}
