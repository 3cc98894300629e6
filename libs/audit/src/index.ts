export { appendAudit, type AuditEntry } from './audit-log';
export { verifyAuditChains, type ChainBreak, type VerificationResult } from './audit-verifier';
export { auditHash, canonicalJson, GENESIS_HASH } from './audit-hash';
export { AuditModule, AuditVerification } from './audit.module';
