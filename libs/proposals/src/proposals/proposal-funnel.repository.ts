import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadDataSource, type ReadFrom } from '@kyodo/persistence';
import type { DataSource } from 'typeorm';
import type { ProposalType, ProposerKind } from '../proposal-type';

/** What the public funnel counts of one received proposal: no title, no organisation, nobody's name. */
export interface FunnelFact {
  id: string;
  fiscalYear: number;
  proposalType: ProposalType;
  proposerKind: ProposerKind;
  state: string;
  /** The departments it concerns: the proposing department, the theme's department, the partner departments. */
  departmentIds: string[];
  activityFields: string[];
}

/** Every received proposal of a municipality (one with a receipt number: submitted, never a draft) as the funnel needs it. */
@Injectable()
export class ProposalFunnelRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  async receivedOf(municipalityId: string, from: ReadFrom = 'primary'): Promise<FunnelFact[]> {
    const rows: Array<{
      id: string;
      fiscal_year: number;
      proposal_type: ProposalType;
      origin: ProposerKind;
      state: string;
      organization_id: string;
      theme_department_id: string | null;
      partner_department_ids: string[] | null;
      activity_fields: unknown;
    }> = await this.reads.of(from).query(
      `SELECT p.id, c.fiscal_year, p.proposal_type, p.origin, p.state, p.organization_id,
              t.department_id AS theme_department_id, p.partner_department_ids,
              p.content -> 'activityFields' AS activity_fields
         FROM proposals p
         JOIN calls c ON c.id = p.call_id
         LEFT JOIN themes t ON t.id = p.theme_id
        WHERE p.municipality_id = $1 AND p.receipt_number IS NOT NULL`,
      [municipalityId],
    );
    return rows.map((r) => ({
      id: r.id,
      fiscalYear: Number(r.fiscal_year),
      proposalType: r.proposal_type,
      proposerKind: r.origin,
      state: r.state,
      departmentIds: [
        ...new Set([
          ...(r.origin === 'department' ? [r.organization_id] : []),
          ...(r.theme_department_id ? [r.theme_department_id] : []),
          ...(r.partner_department_ids ?? []),
        ]),
      ],
      activityFields: Array.isArray(r.activity_fields)
        ? r.activity_fields.filter((f): f is string => typeof f === 'string')
        : [],
    }));
  }
}
