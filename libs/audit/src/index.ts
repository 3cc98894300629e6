export { appendAudit, AuditLog, type AuditEntry } from './audit-log';
export { AuditVerifier, verifyAuditChains, type ChainBreak, type VerificationResult } from './audit-verifier';
export { auditHash, canonicalJson, GENESIS_HASH } from './audit-hash';
export { AuditModule } from './audit.module';
export { AuditVerification } from './audit-verification.service';
export {
  AuditEventRepository,
  type AuditHead,
  type AuditScope,
  type NewAuditEvent,
  type StoredAuditEvent,
} from './audit-event.repository';
export { AuditEventEntity } from './audit-event.entity';
export { AuditHeadEntity } from './audit-head.entity';
