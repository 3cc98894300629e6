import type { Writable } from 'node:stream';
import type { Agreement } from '@kyodo/partnership';
import { PARTNERSHIP_FORM_NAMES } from '@kyodo/partnership';
import type { Locale } from '@kyodo/platform';
import { warekiDate as wareki } from '@kyodo/platform';
import { groupsNamed, signatureBlocks } from './agreement-signatories';
import { ReportPdf } from './report-pdf';

/** What the 協定書 names besides the agreement itself. */
export interface AgreementDocument {
  municipality: string;
  projectTitle: string;
  agreement: Agreement;
}

const yen = (amount: number) => new Intl.NumberFormat('ja-JP').format(amount);

/**
 * 協働事業協定書: the agreement as the municipality signs it — the form number (様式番号), the parties (甲: the
 * city, 乙, 丙 …: the groups), one article per term, the date of making in 和暦, and a signature block for each
 * party with the address and representative its record (or the agreement form) gives.
 * The articles are the agreement's own text; only their headings follow the locale.
 */
export async function writeAgreementPdf(document: AgreementDocument, locale: Locale, out: Writable): Promise<void> {
  const { agreement, municipality, projectTitle } = document;
  const ja = locale === 'ja';
  const title = ja ? '協働事業協定書' : 'Agreement on a collaborative project (協働事業協定書)';
  const blocks = signatureBlocks(agreement, municipality, ja);
  const copies = blocks.length;
  const pdf = new ReportPdf(out, `${title} ${projectTitle}`, `${municipality} ${title}`);
  if (agreement.formNumber) pdf.paragraph(agreement.formNumber, 9);
  pdf.title(title, ja ? `事業名　${projectTitle}` : `Project: ${projectTitle}`);
  pdf.paragraph(
    ja
      ? `${municipality}（以下「甲」という。）と${groupsNamed(blocks, ja)}は、協働事業「${projectTitle}」の実施について、次のとおり協定を締結する。`
      : `${municipality} (“A”) and ${groupsNamed(blocks, ja)} agree as follows on carrying out the collaborative project “${projectTitle}”.`,
    10,
  );
  const form = PARTNERSHIP_FORM_NAMES[agreement.partnershipForm];
  const articles: Array<[string, string]> = [
    [ja ? '第1条（協働の形態）' : 'Article 1 (Form of partnership)', ja ? form.ja : `${form.en} (${form.ja})`],
    [
      ja ? '第2条（協定期間）' : 'Article 2 (Term)',
      `${wareki(agreement.termStart)}から${wareki(agreement.termEnd)}まで`,
    ],
    [ja ? '第3条（役割分担）' : 'Article 3 (Role sharing)', agreement.roleSharing],
    [
      ja ? '第4条（経費の分担）' : 'Article 4 (Cost sharing)',
      `${agreement.costSharing}\n${
        ja
          ? `甲が乙に交付（支出）する額は、金${yen(agreement.grantedAmount)}円とする。`
          : `A grants B ¥${yen(agreement.grantedAmount)}.`
      }`,
    ],
    [ja ? '第5条（情報共有）' : 'Article 5 (Information sharing)', agreement.informationSharing],
    [
      ja ? '第6条（協議）' : 'Article 6 (Consultation)',
      ja
        ? 'この協定に定めのない事項及びこの協定に関し疑義が生じた事項は、甲乙協議して定める。'
        : 'Anything this agreement does not settle is settled by A and B together.',
    ],
  ];
  for (const [heading, text] of articles) {
    pdf.heading(heading);
    pdf.paragraph(text, 10);
  }
  pdf.paragraph(
    ja
      ? `この協定の締結を証するため、本書${copies}通を作成し、当事者記名押印の上、各自1通を保有する。`
      : `In witness, ${copies} copies are made, signed and sealed by the parties, each keeping one.`,
    10,
  );
  pdf.paragraph(wareki(agreement.madeOn), 10);
  // One signature block per party: its address, its name, its representative and the place for the seal.
  const seal = ja ? '　　　　　　　　　　　　　　　　　印' : '____________________ (seal)';
  pdf.fields(
    blocks.flatMap(({ label, name, party }): Array<[string, string]> => [
      [label, name],
      [ja ? '　所在地' : '  Address', party.address],
      [ja ? '　代表者' : '  Represented by', `${party.representative}${seal}`],
    ]),
  );
  await pdf.end();
}
