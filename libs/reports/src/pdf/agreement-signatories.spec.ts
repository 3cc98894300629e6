import type { Agreement, AgreementSignatory } from '@kyodo/partnership';
import { groupsNamed, signatureBlocks } from './agreement-signatories';

const party = (over: Partial<AgreementSignatory>): AgreementSignatory => ({
  organizationId: 'o',
  role: 'partnerGroup',
  side: 'group',
  name: '',
  address: '',
  representative: '',
  phone: '',
  email: '',
  ...over,
});

const agreement = (parties: AgreementSignatory[]): Agreement =>
  ({
    group: { organizationId: 'g', name: 'NPO法人みどり' },
    department: { organizationId: 'd', name: 'こども家庭課' },
    parties,
  }) as Agreement;

describe('signatureBlocks', () => {
  it('names the city 甲 for each department, then the groups 乙, 丙 in their order', () => {
    const blocks = signatureBlocks(
      agreement([
        party({ role: 'proposer', side: 'city', name: '環境政策課' }),
        party({ role: 'partnerGroup', name: 'NPO法人みどり', address: '〒248-0012　鎌倉市御成町1-2' }),
        party({ role: 'partnerGroup', name: '由比ガ浜町内会' }),
      ]),
      '鎌倉市',
      true,
    );
    expect(blocks.map((b) => [b.label, b.name])).toEqual([
      ['甲', '鎌倉市　環境政策課'],
      ['乙', 'NPO法人みどり'],
      ['丙', '由比ガ浜町内会'],
    ]);
    expect(blocks[1].party.address).toBe('〒248-0012　鎌倉市御成町1-2');
    expect(groupsNamed(blocks, true)).toBe(
      'NPO法人みどり（以下「乙」という。）及び由比ガ浜町内会（以下「丙」という。）',
    );
  });

  it('falls back to the group and department names of an agreement made before parties were recorded', () => {
    const blocks = signatureBlocks(agreement([]), '鎌倉市', false);
    expect(blocks.map((b) => [b.label, b.name])).toEqual([
      ['A', '鎌倉市　こども家庭課'],
      ['B', 'NPO法人みどり'],
    ]);
  });
});
