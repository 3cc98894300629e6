import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventRepository } from './audit-event.repository';
import { AuditHeadEntity } from './audit-head.entity';
import { AuditLog } from './audit-log';
import { AuditVerification } from './audit-verification.service';
import { AuditVerifier } from './audit-verifier';

/** The audit hash chains: appending in the caller's transaction, and verification for administrators. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity, AuditHeadEntity])],
  providers: [AuditEventRepository, AuditLog, AuditVerifier, AuditVerification],
  exports: [AuditEventRepository, AuditLog, AuditVerifier, AuditVerification],
})
export class AuditModule {}
