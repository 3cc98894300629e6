/** A municipality (tenant) as the platform operator lists and registers them. */
export interface Municipality {
  id: string;
  /** 全国地方公共団体コード or another unique short code; the public pages' `?m=`. */
  code: string;
  nameJa: string;
  nameEn: string;
  /** Whether published assessments name the committee members. */
  namesCommittee: boolean;
  createdAt: string;
}

/** A municipality's administrator as the operator registers them, with their section and the role held there. */
export interface MunicipalityAdministrator {
  user: { id: string; email: string; displayName: string; locale: 'ja' | 'en' };
  organization: { id: string; nameJa: string; nameEn: string; kind: 'group' | 'department' | 'intermediary' };
  membership: { id: string; organizationId: string | null; role: string };
}

declare module '../../../api/models' {
  interface Responses {
    'GET /api/v1/municipalities': Municipality[];
    'POST /api/v1/municipalities': Municipality;
    'POST /api/v1/municipalities/{id}/administrators': MunicipalityAdministrator;
  }
}
