import type { Agreement, AgreementSignatory } from '@kyodo/partnership';

/** A party as the 協定書 names it: its label (甲, 乙, 丙 …) and its signature block's lines. */
export interface SignatureBlock {
  label: string;
  /** The name as the preamble and the block write it: the city's departments under the municipality's name. */
  name: string;
  party: AgreementSignatory;
}

// 十干, the order Japanese agreements name their parties in after 甲 (the city): 乙, 丙, 丁 …
const JIKKAN = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

/**
 * The parties in the 協定書's order: the city first as 甲 (every department it acts through signs under 甲), then
 * each group in turn as 乙, 丙, 丁 …. An agreement written before parties were recorded falls back to its group and
 * department names, without contact details.
 */
export function signatureBlocks(agreement: Agreement, municipality: string, ja: boolean): SignatureBlock[] {
  const parties = agreement.parties.length > 0 ? agreement.parties : legacyParties(agreement);
  const city = parties.filter((p) => p.side === 'city');
  const groups = parties.filter((p) => p.side === 'group');
  const label = (index: number) => (ja ? (JIKKAN[index] ?? `第${index + 1}者`) : String.fromCharCode(65 + index));
  return [
    ...city.map((party) => ({ label: label(0), name: `${municipality}　${party.name}`, party })),
    ...groups.map((party, index) => ({ label: label(index + 1), name: party.name, party })),
  ];
}

function legacyParties(agreement: Agreement): AgreementSignatory[] {
  const blank = { address: '', representative: '', phone: '', email: '' };
  return [
    {
      organizationId: agreement.department.organizationId ?? '',
      role: 'partnerDepartment',
      side: 'city',
      name: agreement.department.name,
      ...blank,
    },
    {
      organizationId: agreement.group.organizationId ?? '',
      role: 'proposer',
      side: 'group',
      name: agreement.group.name,
      ...blank,
    },
  ];
}

/** The preamble's naming of the groups: 「Ａ（以下「乙」という。）及びＢ（以下「丙」という。）」. */
export function groupsNamed(blocks: SignatureBlock[], ja: boolean): string {
  const groups = blocks.filter((b) => b.party.side === 'group');
  return ja
    ? groups.map((b) => `${b.name}（以下「${b.label}」という。）`).join('及び')
    : groups.map((b) => `${b.name} (“${b.label}”)`).join(' and ');
}
