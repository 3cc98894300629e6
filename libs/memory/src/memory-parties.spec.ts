import { sectionOf, selfEvaluationGap, sidesOf } from './memory-parties';

describe('partnership memory: sides and sections', () => {
  const groupProposal = {
    origin: 'group' as const,
    organizationId: 'g1',
    partnerDepartmentIds: ['d1'],
    partnerGroupIds: [],
  };

  it('reads a group’s proposal as the group with its departments, a department’s as the department with its groups', () => {
    expect(sidesOf(groupProposal)).toEqual({ groupIds: ['g1'], departmentIds: ['d1'] });
    expect(
      sidesOf({
        origin: 'department',
        organizationId: 'd2',
        partnerDepartmentIds: ['d1', 'd2'],
        partnerGroupIds: ['g1'],
      }),
    ).toEqual({ groupIds: ['g1'], departmentIds: ['d2', 'd1'] });
  });

  it('puts a past proposal with the pair, with the group alone, with a department alone, or nowhere', () => {
    const current = sidesOf(groupProposal);
    expect(sectionOf(current, { groupIds: ['g1'], departmentIds: ['d9', 'd1'] })).toBe('pair');
    expect(sectionOf(current, { groupIds: ['g1'], departmentIds: ['d9'] })).toBe('groupOnly');
    expect(sectionOf(current, { groupIds: ['g2'], departmentIds: ['d1'] })).toBe('departmentOnly');
    expect(sectionOf(current, { groupIds: ['g2'], departmentIds: ['d2'] })).toBeNull();
  });

  it('flags self-evaluation items 2 or more apart, only once both partners have scored', () => {
    expect(selfEvaluationGap({ a: 4, b: 2, c: 5 }, { a: 2, b: 3, c: 5 })).toEqual({
      compared: 3,
      differing: [{ key: 'a', group: 4, department: 2 }],
    });
    expect(selfEvaluationGap({ a: 4 }, null)).toBeNull();
    expect(selfEvaluationGap({}, {})).toBeNull();
    // An item only one partner scored is not compared.
    expect(selfEvaluationGap({ a: 1, x: 5 }, { a: 4 })).toEqual({
      compared: 1,
      differing: [{ key: 'a', group: 1, department: 4 }],
    });
  });
});
