import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, Clock } from '@kyodo/platform';
import { NPO_ACT_ACTIVITY_FIELDS } from '../activity-fields';
import { DirectoryScope } from '../directory-scope';
import { DirectoryWriter } from '../directory-writer';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import {
  AdministratorRegistration,
  type NewAdministrator,
  type RegisteredAdministrator,
} from './administrator-registration';
import type { ActivityFieldEntity } from './activity-field.entity';
import { ActivityFieldRepository } from './activity-field.repository';
import type { MunicipalityEntity } from './municipality.entity';
import { MunicipalityRepository } from './municipality.repository';

export interface NewMunicipality {
  code: string;
  nameJa: string;
  nameEn: string;
  namesCommittee?: boolean;
}

/** Municipalities, their administrators and their lists of activity fields. Every write is audited. */
@Injectable()
export class MunicipalitiesService {
  constructor(
    private readonly municipalities: MunicipalityRepository,
    private readonly activityFields: ActivityFieldRepository,
    private readonly administrators: AdministratorRegistration,
    private readonly scope: DirectoryScope,
    private readonly writer: DirectoryWriter,
    private readonly clock: Clock,
  ) {}

  async createMunicipality(actor: Actor, input: NewMunicipality): Promise<MunicipalityEntity> {
    if (!actor.platformAdmin) throw new IdentityError(IdentityErrorCode.Forbidden);
    const row: MunicipalityEntity = {
      id: randomUUID(),
      code: input.code,
      nameJa: input.nameJa,
      nameEn: input.nameEn,
      namesCommittee: input.namesCommittee ?? false,
      mfaRequiredForStaff: false,
      comparisonOptIn: false,
      localGovernmentCode: null,
      createdAt: this.clock.now(),
    };
    return this.writer.write(
      actor,
      row.id,
      'municipality.created',
      row,
      IdentityErrorCode.MunicipalityCodeTaken,
      async (m) => {
        await this.municipalities.insert(m, row);
        // Every municipality starts with the NPO Act's 20 fields; it may configure its own list later.
        await this.activityFields.insert(
          m,
          NPO_ACT_ACTIVITY_FIELDS.map((field, position) => ({
            municipalityId: row.id,
            key: field.key,
            labelJa: field.ja,
            labelEn: field.en,
            position,
          })),
        );
        return row;
      },
    );
  }

  async listMunicipalities(actor: Actor): Promise<MunicipalityEntity[]> {
    if (actor.platformAdmin) return this.municipalities.listAll();
    if (!actor.municipalityId) return [];
    return this.municipalities.listById(actor.municipalityId);
  }

  /** A municipality's administrator with their department, in one transaction (platform operator). */
  registerAdministrator(
    actor: Actor,
    municipalityId: string,
    input: NewAdministrator,
  ): Promise<RegisteredAdministrator> {
    return this.administrators.register(actor, municipalityId, input);
  }

  async listActivityFields(actor: Actor): Promise<ActivityFieldEntity[]> {
    if (!actor.municipalityId) return [];
    return this.activityFields.listFor(actor.municipalityId);
  }

  /** A municipality's own list of activity fields (活動分野), replacing the current one. */
  async setActivityFields(
    actor: Actor,
    fields: Array<{ key: string; labelJa: string; labelEn: string }>,
  ): Promise<ActivityFieldEntity[]> {
    const municipalityId = await this.scope.adminScope(actor);
    const rows = fields.map((field, position) => ({ municipalityId, ...field, position }));
    return this.writer.write(
      actor,
      municipalityId,
      'activity_fields.replaced',
      { keys: fields.map((f) => f.key) },
      null,
      async (m) => {
        await this.activityFields.replace(m, municipalityId, rows);
        return rows;
      },
    );
  }
}
