import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, DomainError, hasRole } from '@kyodo/platform';
import { verifyAuditChains, type VerificationResult } from './audit-verifier';

/** Verification of the audit chains on request, for administrators. */
export class AuditVerification {
  constructor(private readonly dataSource: DataSource) {}

  async verify(actor: Actor): Promise<VerificationResult & { verifiedAt: string }> {
    if (!actor.platformAdmin && !hasRole(actor, 'admin')) {
      throw new DomainError('forbidden', 'forbidden', {
        ja: 'この操作を行う権限がありません。',
        en: 'You are not allowed to do this.',
      });
    }
    const scope = actor.platformAdmin ? {} : { municipalityId: actor.municipalityId ?? undefined };
    return { ...(await verifyAuditChains(this.dataSource, scope)), verifiedAt: new Date().toISOString() };
  }
}

@Module({
  providers: [
    { provide: AuditVerification, inject: [DataSource], useFactory: (ds: DataSource) => new AuditVerification(ds) },
  ],
  exports: [AuditVerification],
})
export class AuditModule {}
