import { Injectable } from '@nestjs/common';
import { Clock } from '@kyodo/platform';
import type { GroupRegistrationMailKind } from '@kyodo/queues';
import { LinkTokens } from '../account/link-tokens';
import { MunicipalityRepository } from '../municipalities/municipality.repository';
import { GroupRegistrationRepository } from './group-registration.repository';

/** What the worker needs to write an e-mail about a group's registration. */
export interface GroupRegistrationMail {
  municipalityId: string;
  municipalityCode: string;
  municipalityName: { ja: string; en: string };
  email: string;
  /** The contact person, to whom the e-mails are written. */
  contactName: string;
  groupName: string;
  locale: 'ja' | 'en';
  /** The confirmation link's token (the `confirm` e-mail only). */
  token: string | null;
  expiresAt: Date | null;
  /** The secretariat's reasons (returned, refused). */
  reasons: string;
}

/**
 * The e-mails about a registration, read when the worker writes them: the link's token is derived again from the
 * id. A link confirmed or expired by then, or a decision since overtaken, is not sent (null).
 */
@Injectable()
export class GroupRegistrationMails {
  constructor(
    private readonly registrations: GroupRegistrationRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly links: LinkTokens,
    private readonly clock: Clock,
  ) {}

  async mailFor(registrationId: string, kind: GroupRegistrationMailKind): Promise<GroupRegistrationMail | null> {
    const row = await this.registrations.findById(registrationId);
    if (!row) return null;
    const linkOpen =
      row.status === 'email_unconfirmed' &&
      row.tokenHash !== null &&
      !!row.linkExpiresAt &&
      row.linkExpiresAt > this.clock.now();
    const current =
      kind === 'confirm'
        ? linkOpen
        : kind === 'existing-account'
          ? row.status === 'email_unconfirmed'
          : row.status === kind;
    if (!current) return null;
    const [municipality] = await this.municipalities.listById(row.municipalityId);
    if (!municipality) return null;
    return {
      municipalityId: row.municipalityId,
      municipalityCode: municipality.code,
      municipalityName: { ja: municipality.nameJa, en: municipality.nameEn || municipality.nameJa },
      email: row.email,
      contactName: row.contactName,
      groupName: row.locale === 'en' && row.nameEn ? row.nameEn : row.nameJa,
      locale: row.locale,
      token: kind === 'confirm' ? this.links.tokenFor('group-registration', row.id) : null,
      expiresAt: kind === 'confirm' ? row.linkExpiresAt : null,
      reasons: row.decisionReasons,
    };
  }
}
