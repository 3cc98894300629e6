import type { ReviewedGroupRegistration } from '@kyodo/identity';
import type { GroupRegistrationResponse } from './group-registration.response';

/** A registration as the secretariat's answers carry it. */
export function groupRegistrationView(row: ReviewedGroupRegistration): GroupRegistrationResponse {
  return {
    id: row.id,
    status: row.status,
    nameJa: row.nameJa,
    nameKana: row.nameKana,
    nameEn: row.nameEn,
    postalCode: row.postalCode,
    address: row.address,
    phone: row.phone,
    representativeName: row.representativeName,
    representativeTitle: row.representativeTitle,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    email: row.email,
    activityFields: row.activityFields,
    locale: row.locale,
    rulesFilename: row.rulesFilename,
    rulesSizeBytes: row.rulesSizeBytes,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    decisionReasons: row.decisionReasons,
    organizationId: row.organizationId,
    userId: row.userId,
    createdAt: row.createdAt,
  };
}
