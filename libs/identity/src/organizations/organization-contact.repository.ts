import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { EMPTY_CONTACT, type OrganizationContact } from './organization-contact';
import { OrganizationContactEntity } from './organization-contact.entity';

const fieldsOf = (row: OrganizationContactEntity): OrganizationContact => ({
  postalCode: row.postalCode,
  address: row.address,
  phone: row.phone,
  email: row.email,
  representativeName: row.representativeName,
  representativeTitle: row.representativeTitle,
  contactPerson: row.contactPerson,
});

/** The organization_contacts table: one row per organisation, written when it first states its details. */
@Injectable()
export class OrganizationContactRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The organisation's details, empty ones when it has stated none yet. */
  async contactOf(organizationId: string): Promise<OrganizationContact> {
    const row = await this.db.getRepository(OrganizationContactEntity).findOneBy({ organizationId });
    return row ? fieldsOf(row) : { ...EMPTY_CONTACT };
  }

  /** The details of each of the organisations, by id (empty for one that has stated none). */
  async contactsOf(organizationIds: string[]): Promise<Map<string, OrganizationContact>> {
    const rows =
      organizationIds.length === 0
        ? []
        : await this.db.getRepository(OrganizationContactEntity).findBy({ organizationId: In(organizationIds) });
    const found = new Map(rows.map((row) => [row.organizationId, fieldsOf(row)]));
    return new Map(organizationIds.map((id) => [id, found.get(id) ?? { ...EMPTY_CONTACT }]));
  }

  async upsert(manager: EntityManager, row: OrganizationContactEntity): Promise<void> {
    await manager.upsert(OrganizationContactEntity, row, ['organizationId']);
  }
}
