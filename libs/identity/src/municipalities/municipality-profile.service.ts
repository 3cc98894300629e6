import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type ReadFrom } from '@kyodo/persistence';
import { type Actor, Clock, NotFoundError, ValidationFailedError } from '@kyodo/platform';
import { DirectoryScope } from '../directory-scope';
import { DirectoryWriter } from '../directory-writer';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import type { MunicipalityProfileEntity } from './municipality-profile.entity';
import { type ContactColumns, MunicipalityProfileRepository } from './municipality-profile.repository';
import { isLocalGovernmentCode } from './local-government-code';
import { type ComparisonSetting, MunicipalityRepository } from './municipality.repository';

/** The secretariat's contact (お問い合わせ先): every member may be left empty. */
export interface MunicipalityContact {
  departmentJa: string;
  departmentEn: string;
  phone: string;
  email: string;
  addressJa: string;
  addressEn: string;
  hoursJa: string;
  hoursEn: string;
}

export interface EmblemMeta {
  contentType: 'image/png' | 'image/jpeg';
  sizeBytes: number;
  sha256: string;
}

export interface MunicipalitySettings {
  contact: MunicipalityContact;
  emblem: EmblemMeta | null;
}

/** What the public portal shows of a municipality: its names, the secretariat's contact, whether it has an emblem. */
export interface PublicMunicipalityProfile extends MunicipalitySettings {
  code: string;
  nameJa: string;
  nameEn: string;
}

/** An emblem is a small picture for a page header: 256 KiB is far more than a crest at any size a header shows. */
export const MAX_EMBLEM_BYTES = 256 * 1024;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/**
 * The municipality's contact and emblem, set by its administrator and shown on the public portal. The emblem is
 * PNG or JPEG by its bytes; SVG is refused whatever it is called, because an SVG can carry script.
 */
@Injectable()
export class MunicipalityProfileService {
  constructor(
    private readonly profiles: MunicipalityProfileRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly scope: DirectoryScope,
    private readonly writer: DirectoryWriter,
    private readonly clock: Clock,
  ) {}

  async settings(actor: Actor): Promise<MunicipalitySettings> {
    const municipalityId = await this.scope.adminScope(actor);
    return settingsOf(await this.profiles.find(municipalityId));
  }

  async setContact(actor: Actor, contact: MunicipalityContact): Promise<MunicipalitySettings> {
    const municipalityId = await this.scope.adminScope(actor);
    const columns: ContactColumns = {
      contactDepartmentJa: contact.departmentJa.trim(),
      contactDepartmentEn: contact.departmentEn.trim(),
      contactPhone: contact.phone.trim(),
      contactEmail: contact.email.trim(),
      contactAddressJa: contact.addressJa.trim(),
      contactAddressEn: contact.addressEn.trim(),
      contactHoursJa: contact.hoursJa.trim(),
      contactHoursEn: contact.hoursEn.trim(),
    };
    await this.writer.write(actor, municipalityId, 'municipality.contact_set', columns, null, (m) =>
      this.profiles.upsert(m, municipalityId, columns, this.clock.now()),
    );
    return this.settings(actor);
  }

  async setEmblem(actor: Actor, data: Buffer): Promise<MunicipalitySettings> {
    const municipalityId = await this.scope.adminScope(actor);
    if (data.length === 0 || data.length > MAX_EMBLEM_BYTES) {
      throw new IdentityError(IdentityErrorCode.EmblemRejected, { reason: 'size', maxBytes: MAX_EMBLEM_BYTES });
    }
    const contentType = starts(data, PNG) ? 'image/png' : starts(data, JPEG) ? 'image/jpeg' : null;
    if (!contentType) {
      throw new IdentityError(IdentityErrorCode.EmblemRejected, { reason: 'type', accepted: ['png', 'jpg'] });
    }
    const sha256 = createHash('sha256').update(data).digest('hex');
    await this.writer.write(
      actor,
      municipalityId,
      'municipality.emblem_set',
      { contentType, sizeBytes: data.length, sha256 },
      null,
      (m) =>
        this.profiles.upsert(
          m,
          municipalityId,
          { emblemContentType: contentType, emblemSizeBytes: data.length, emblemSha256: sha256, emblemData: data },
          this.clock.now(),
        ),
    );
    return this.settings(actor);
  }

  async removeEmblem(actor: Actor): Promise<MunicipalitySettings> {
    const municipalityId = await this.scope.adminScope(actor);
    await this.writer.write(actor, municipalityId, 'municipality.emblem_removed', null, null, (m) =>
      this.profiles.upsert(
        m,
        municipalityId,
        { emblemContentType: null, emblemSizeBytes: null, emblemSha256: null, emblemData: null },
        this.clock.now(),
      ),
    );
    return this.settings(actor);
  }

  /** Whether the caller's municipality joins the public cross-municipality comparison, and its 全国地方公共団体コード. */
  async comparisonSetting(actor: Actor): Promise<ComparisonSetting> {
    return this.municipalities.comparisonSetting(await this.scope.adminScope(actor));
  }

  /**
   * Joins (or leaves) the comparison. Joining needs the municipality's 全国地方公共団体コード (given now or before),
   * which the dataset carries. Its figures appear on, or leave, the comparison page and dataset at the next read:
   * they are computed from the proposals and the published packages, never copied.
   */
  async setComparison(actor: Actor, optIn: boolean, localGovernmentCode?: string): Promise<ComparisonSetting> {
    const municipalityId = await this.scope.adminScope(actor);
    if (localGovernmentCode !== undefined && !isLocalGovernmentCode(localGovernmentCode)) {
      throw new ValidationFailedError([
        {
          field: 'localGovernmentCode',
          messages: ['localGovernmentCode must be six digits whose last is the check digit (e.g. 142042)'],
        },
      ]);
    }
    const code =
      localGovernmentCode ?? (await this.municipalities.comparisonSetting(municipalityId)).localGovernmentCode;
    if (optIn && !code) {
      throw new ValidationFailedError([
        { field: 'localGovernmentCode', messages: ['localGovernmentCode is needed to join the comparison'] },
      ]);
    }
    const setting: ComparisonSetting = { comparisonOptIn: optIn, localGovernmentCode: code };
    await this.writer.write(actor, municipalityId, 'municipality.comparison_set', setting, null, (m) =>
      this.municipalities.setComparison(m, municipalityId, setting),
    );
    return setting;
  }

  /**
   * The portal's view of a municipality by its code: names, contact, emblem's checksum; nothing else. Read, with the
   * emblem, from the read replica when one is set.
   */
  async publicProfile(code: string): Promise<PublicMunicipalityProfile> {
    const municipality = await this.byCode(code, 'replica');
    return {
      code: municipality.code,
      nameJa: municipality.nameJa,
      nameEn: municipality.nameEn,
      ...settingsOf(await this.profiles.find(municipality.id, 'replica')),
    };
  }

  async publicEmblem(code: string): Promise<{ contentType: string; sha256: string; data: Buffer }> {
    const emblem = await this.profiles.emblem((await this.byCode(code, 'replica')).id, 'replica');
    if (!emblem) throw new NotFoundError({ ja: '自治体の紋章', en: 'The municipality’s emblem' });
    return emblem;
  }

  /** `from` the replica for the public reads (they may lag), the primary for the staff's. */
  private async byCode(code: string, from: ReadFrom = 'primary') {
    const id = await this.municipalities.idByCode(code, from);
    const [municipality] = id ? await this.municipalities.listById(id, from) : [];
    if (!municipality) throw new NotFoundError({ ja: '自治体', en: 'The municipality' });
    return municipality;
  }
}

const starts = (data: Buffer, bytes: number[]) => bytes.every((b, i) => data[i] === b);

function settingsOf(row: MunicipalityProfileEntity | null): MunicipalitySettings {
  return {
    contact: {
      departmentJa: row?.contactDepartmentJa ?? '',
      departmentEn: row?.contactDepartmentEn ?? '',
      phone: row?.contactPhone ?? '',
      email: row?.contactEmail ?? '',
      addressJa: row?.contactAddressJa ?? '',
      addressEn: row?.contactAddressEn ?? '',
      hoursJa: row?.contactHoursJa ?? '',
      hoursEn: row?.contactHoursEn ?? '',
    },
    emblem:
      row?.emblemContentType && row.emblemSha256 && row.emblemSizeBytes
        ? { contentType: row.emblemContentType, sizeBytes: row.emblemSizeBytes, sha256: row.emblemSha256 }
        : null,
  };
}
