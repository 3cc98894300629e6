import { Injectable } from '@nestjs/common';
import { type Actor, Clock, hasRole } from '@kyodo/platform';
import { inScope } from '../directory-scope';
import { DirectoryWriter } from '../directory-writer';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import type { OrganizationContact } from './organization-contact';
import { OrganizationContactRepository } from './organization-contact.repository';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationRepository } from './organization.repository';

/** An organisation with its contact details, as its members and the secretariat see it on 団体情報. */
export interface OrganizationProfile {
  id: string;
  kind: OrganizationEntity['kind'];
  nameJa: string;
  nameEn: string;
  contact: OrganizationContact;
}

/**
 * 団体情報: an organisation's own contact details. Its members keep them; the secretariat and administrators of its
 * municipality read and correct them. Anyone else is answered 404, as for an organisation that does not exist, so
 * the details of another group are not even confirmed to be there.
 */
@Injectable()
export class OrganizationContactsService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly contacts: OrganizationContactRepository,
    private readonly writer: DirectoryWriter,
    private readonly clock: Clock,
  ) {}

  async profile(actor: Actor, organizationId: string): Promise<OrganizationProfile> {
    const organization = await this.permitted(actor, organizationId);
    return this.toProfile(organization, await this.contacts.contactOf(organization.id));
  }

  async update(actor: Actor, organizationId: string, contact: OrganizationContact): Promise<OrganizationProfile> {
    const organization = await this.permitted(actor, organizationId);
    // The audit entry names which fields were written, not their values: contact details stay out of the log.
    const after = { organizationId, fields: Object.keys(contact) };
    await this.writer.write(actor, organization.municipalityId, 'organization.contact_updated', after, null, (m) =>
      this.contacts.upsert(m, {
        organizationId,
        municipalityId: organization.municipalityId,
        ...contact,
        updatedAt: this.clock.now(),
        updatedBy: actor.userId,
      }),
    );
    return this.toProfile(organization, contact);
  }

  /**
   * The organisation when the actor is one of its members, or secretariat/admin of its municipality; else 404. The
   * platform operator runs municipalities, not their partnerships: a group's details are none of its business.
   */
  private async permitted(actor: Actor, organizationId: string): Promise<OrganizationEntity> {
    const organization = inScope(
      await this.organizations.findById(organizationId),
      actor,
      IdentityErrorCode.UnknownOrganization,
    );
    const member = actor.memberships.some((m) => m.organizationId === organization.id);
    const staff = hasRole(actor, 'secretariat', 'admin') && actor.municipalityId === organization.municipalityId;
    if (!member && !staff) throw new IdentityError(IdentityErrorCode.UnknownOrganization);
    return organization;
  }

  private toProfile(organization: OrganizationEntity, contact: OrganizationContact): OrganizationProfile {
    return {
      id: organization.id,
      kind: organization.kind,
      nameJa: organization.nameJa,
      nameEn: organization.nameEn,
      contact,
    };
  }
}
