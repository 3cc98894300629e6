import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { JobPayloads } from '@kyodo/queues';
import type { ResultsService } from '@kyodo/review';

/**
 * 公開: builds the immutable disclosure package of a decision or an
 * assessment. Only what the public is entitled to see goes in — never the
 * contact person, never a reviewer beside a score; the committee is named
 * only where the municipality chose to. Idempotent on the source key.
 */
export class BuildPublication {
  constructor(
    private readonly dataSource: DataSource,
    private readonly results: ResultsService,
  ) {}

  async execute(
    job: JobPayloads['publish.package'],
    correctionReason: string | null = null,
  ): Promise<{ version: number } | null> {
    const [row] = await this.dataSource.query(
      `SELECT p.*, o.name_ja AS organization_ja, o.name_en AS organization_en, c.fiscal_year, c.title_ja AS call_title_ja,
              c.title_en AS call_title_en, t.title_ja AS theme_ja, m.names_committee
         FROM proposals p JOIN organizations o ON o.id = p.organization_id JOIN calls c ON c.id = p.call_id
         JOIN municipalities m ON m.id = p.municipality_id LEFT JOIN themes t ON t.id = p.theme_id
        WHERE p.id = $1 AND p.municipality_id = $2`,
      [job.proposalId, job.municipalityId],
    );
    if (!row) return null;
    const context = row.snapshot.context as {
      decision: { outcome: string; reason: string; at: string; provisional: boolean } | null;
      conditions: Array<{ id: string; text: string; resolvedAt: string | null }>;
      assessment: { verdict: string; comment: string; at: string } | null;
    };
    const partners: Array<{ name_ja: string; name_en: string }> = await this.dataSource.query(
      'SELECT name_ja, name_en FROM organizations WHERE id = ANY($1::uuid[]) ORDER BY name_ja',
      [row.partner_department_ids],
    );
    const content = row.content as Record<string, unknown>;
    const results = await this.results.publicResults(row.id);
    const committee = row.names_committee ? await this.committee(row.id) : null;
    const pkg = {
      kind: job.kind,
      proposal: {
        id: row.id,
        receiptNumber: row.receipt_number,
        title: row.title,
        origin: row.origin,
        organization: { ja: row.organization_ja, en: row.organization_en },
        partnerDepartments: partners.map((p) => ({ ja: p.name_ja, en: p.name_en })),
        theme: row.theme_ja ?? null,
        summary: content.summary ?? null,
        background: content.background ?? null,
        objectives: content.objectives ?? null,
        kpis: content.kpis ?? [],
        activityFields: content.activityFields ?? [],
        requestedAmount: content.requestedAmount ?? null,
      },
      call: { id: row.call_id, fiscalYear: row.fiscal_year, title: { ja: row.call_title_ja, en: row.call_title_en } },
      decision: context.decision
        ? { outcome: context.decision.outcome, comment: context.decision.reason, decidedAt: context.decision.at }
        : null,
      conditions: context.conditions.map((c) => ({ text: c.text, resolved: c.resolvedAt !== null })),
      assessment:
        job.kind === 'assessment' && context.assessment
          ? {
              verdict: context.assessment.verdict,
              comment: context.assessment.comment,
              assessedAt: context.assessment.at,
            }
          : null,
      scores: results.stages,
      consensus: results.consensus,
      rounding: results.rounding,
      committee,
      state: row.state,
    };
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT id FROM proposals WHERE id = $1 FOR UPDATE', [row.id]);
      const [{ next }] = await manager.query(
        'SELECT COALESCE(max(version), 0) + 1 AS next FROM publications WHERE proposal_id = $1 AND kind = $2',
        [row.id, job.kind],
      );
      const inserted = await manager.query(
        `INSERT INTO publications (id, municipality_id, call_id, proposal_id, kind, version, source_key, package, correction_reason, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now()) ON CONFLICT (source_key) DO NOTHING RETURNING version`,
        [
          randomUUID(),
          row.municipality_id,
          row.call_id,
          row.id,
          job.kind,
          next,
          job.sourceKey,
          JSON.stringify(pkg),
          correctionReason,
        ],
      );
      return inserted[0] ? { version: inserted[0].version } : null;
    });
  }

  /** The committee that evaluated the proposal, by name and affiliation — never beside a score. */
  private async committee(proposalId: string) {
    const rows: Array<{ display_name: string; position: string; affiliation: string | null }> =
      await this.dataSource.query(
        `SELECT DISTINCT u.display_name, cm.position, cm.affiliation
         FROM evaluation_sessions s JOIN committee_members cm ON cm.committee_id = s.committee_id JOIN users u ON u.id = cm.user_id
        WHERE s.agenda @> $1::jsonb ORDER BY cm.position, u.display_name`,
        [JSON.stringify([{ proposalId }])],
      );
    return rows.map((r) => ({ name: r.display_name, position: r.position, affiliation: r.affiliation }));
  }
}
