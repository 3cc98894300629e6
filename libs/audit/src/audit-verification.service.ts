import { Injectable } from '@nestjs/common';
import { type Actor, DomainError, hasRole } from '@kyodo/platform';
import { AuditVerifier, type VerificationResult } from './audit-verifier';

/** Verification of the audit chains on request, for administrators. */
@Injectable()
export class AuditVerification {
  constructor(private readonly verifier: AuditVerifier) {}

  async verify(actor: Actor): Promise<VerificationResult & { verifiedAt: string }> {
    if (!actor.platformAdmin && !hasRole(actor, 'admin')) {
      throw new DomainError('forbidden', 'forbidden', {
        ja: 'この操作を行う権限がありません。',
        en: 'You are not allowed to do this.',
      });
    }
    const scope = actor.platformAdmin ? {} : { municipalityId: actor.municipalityId ?? undefined };
    return { ...(await this.verifier.verify(scope)), verifiedAt: new Date().toISOString() };
  }
}
