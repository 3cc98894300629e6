/** Who a proposal joins: the citizen side and the city side. */
export interface ProposalSides {
  groupIds: string[];
  departmentIds: string[];
}

/** Which part of the memory a past proposal belongs to, seen from the proposal on screen. */
export type MemorySection = 'pair' | 'groupOnly' | 'departmentOnly';

/**
 * The two sides of a proposal: a group's proposal joins it with the departments it names; a department's joins the
 * department (and any other departments it names) with its partner groups (協働相手).
 */
export function sidesOf(row: {
  origin: 'group' | 'department';
  organizationId: string;
  partnerDepartmentIds: string[];
  partnerGroupIds: string[];
}): ProposalSides {
  return row.origin === 'group'
    ? { groupIds: [row.organizationId], departmentIds: [...row.partnerDepartmentIds] }
    : {
        groupIds: [...row.partnerGroupIds],
        departmentIds: [row.organizationId, ...row.partnerDepartmentIds.filter((d) => d !== row.organizationId)],
      };
}

/**
 * Where a past proposal goes in the memory of the current one: with the same group and one of the same departments
 * (the pair), with the group alone, with a department alone; null when it shares neither.
 */
export function sectionOf(current: ProposalSides, past: ProposalSides): MemorySection | null {
  const group = past.groupIds.some((id) => current.groupIds.includes(id));
  const department = past.departmentIds.some((id) => current.departmentIds.includes(id));
  if (group && department) return 'pair';
  if (group) return 'groupOnly';
  if (department) return 'departmentOnly';
  return null;
}

/** One item of the two self-evaluations (自己評価) on which the partners differ by 2 or more. */
export interface SelfEvaluationDifference {
  key: string;
  group: number;
  department: number;
}

/**
 * The gap between the group's and the department's self-evaluations: how many items both scored, and those 2 or
 * more apart (the threshold the committee's page flags). Null until both are in with at least one item in common.
 */
export function selfEvaluationGap(
  group: Record<string, number> | null,
  department: Record<string, number> | null,
): { compared: number; differing: SelfEvaluationDifference[] } | null {
  if (!group || !department) return null;
  const keys = Object.keys(group).filter((key) => typeof department[key] === 'number');
  // Self-evaluations written without scores (a summary alone) compare nothing.
  if (keys.length === 0) return null;
  return {
    compared: keys.length,
    differing: keys
      .filter((key) => Math.abs(group[key]! - department[key]!) >= 2)
      .map((key) => ({ key, group: group[key]!, department: department[key]! })),
  };
}
