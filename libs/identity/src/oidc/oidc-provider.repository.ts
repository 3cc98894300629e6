import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { OidcProviderEntity } from './oidc-provider.entity';

/** A provider as the login page lists it: the municipality it signs into and its button's label. */
export interface SignInOption {
  municipalityCode: string;
  municipalityNameJa: string;
  municipalityNameEn: string;
  labelJa: string;
  labelEn: string;
}

/** Municipalities' OpenID providers (`oidc_providers`). */
@Injectable()
export class OidcProviderRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  find(municipalityId: string): Promise<OidcProviderEntity | null> {
    return this.db.getRepository(OidcProviderEntity).findOneBy({ municipalityId });
  }

  async put(manager: EntityManager, provider: Omit<OidcProviderEntity, 'updatedAt'>): Promise<void> {
    await manager.upsert(OidcProviderEntity, provider, { conflictPaths: ['municipalityId'] });
  }

  async remove(manager: EntityManager, municipalityId: string): Promise<void> {
    await manager.delete(OidcProviderEntity, { municipalityId });
  }

  /** The enabled providers with their municipalities, by the municipality's Japanese name. */
  async signInOptions(): Promise<SignInOption[]> {
    const rows: Array<Record<string, string>> = await this.db.query(
      `SELECT m.code, m.name_ja, m.name_en, p.label_ja, p.label_en
         FROM oidc_providers p JOIN municipalities m ON m.id = p.municipality_id
        WHERE p.enabled ORDER BY m.name_ja, m.code`,
    );
    return rows.map((r) => ({
      municipalityCode: r.code!,
      municipalityNameJa: r.name_ja!,
      municipalityNameEn: r.name_en!,
      labelJa: r.label_ja!,
      labelEn: r.label_en!,
    }));
  }
}
