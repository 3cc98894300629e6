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

declare module '../../../api/models' {
  interface Responses {
    'GET /api/v1/municipalities': Municipality[];
    'POST /api/v1/municipalities': Municipality;
  }
}
