import type { ProposalPartner } from '@kyodo/proposals';
import { correctedSignatories, signatoryOf, withoutContacts } from './agreement-parties';

const group: ProposalPartner = {
  organizationId: 'g1',
  role: 'partnerGroup',
  kind: 'group',
  nameJa: 'NPO法人みどり',
  nameEn: '',
  contact: {
    postalCode: '248-0012',
    address: '鎌倉市御成町1-2',
    phone: '0467-00-0000',
    email: 'info@midori.example.jp',
    representativeName: '鎌倉 花子',
    representativeTitle: '理事長',
    contactPerson: '山田 太郎',
  },
};

describe('agreement parties', () => {
  it('takes a party’s address and representative from its record', () => {
    expect(signatoryOf(group)).toEqual({
      organizationId: 'g1',
      role: 'partnerGroup',
      side: 'group',
      name: 'NPO法人みどり',
      address: '〒248-0012　鎌倉市御成町1-2',
      representative: '理事長　鎌倉 花子',
      phone: '0467-00-0000',
      email: 'info@midori.example.jp',
    });
    expect(signatoryOf({ ...group, kind: 'department', contact: null }).side).toBe('city');
    expect(signatoryOf({ ...group, contact: null }).address).toBe('');
  });

  it('applies the form’s corrections to the named party and reports ids that are no party', () => {
    const defaults = [signatoryOf(group), signatoryOf({ ...group, organizationId: 'd1', kind: 'department' })];
    const { parties, unknown } = correctedSignatories(defaults, [
      { organizationId: 'g1', representative: '理事長　由比 一郎' },
      { organizationId: 'x9', name: '架空の会' },
    ]);
    expect(parties[0].representative).toBe('理事長　由比 一郎');
    expect(parties[0].address).toBe('〒248-0012　鎌倉市御成町1-2');
    expect(parties[1]).toEqual(defaults[1]);
    expect(unknown).toEqual(['x9']);
  });

  it('blanks every contact detail for a reader who does not arrange the partnership', () => {
    const [blank] = withoutContacts([signatoryOf(group)]);
    expect([blank.name, blank.address, blank.representative, blank.phone, blank.email]).toEqual([
      'NPO法人みどり',
      '',
      '',
      '',
      '',
    ]);
  });
});
