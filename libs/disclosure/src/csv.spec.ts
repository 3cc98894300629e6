import { toCsv } from './csv';

describe('open-data CSV', () => {
  it('quotes per RFC 4180, neutralises formulas, ends lines with CRLF, and adds a BOM on request', () => {
    const csv = toCsv(
      ['title', 'amount', 'note'],
      [
        ['子ども食堂, 週2回', 800000, 'He said "yes"'],
        ['=HYPERLINK("http://evil")', -5, '+81 3\n改行'],
        ['@SUM(A1)', null, '-1'],
      ],
    );
    expect(csv).toBe(
      'title,amount,note\r\n' +
        '"子ども食堂, 週2回",800000,"He said ""yes"""\r\n' +
        `"'=HYPERLINK(""http://evil"")",-5,"'+81 3\n改行"\r\n` +
        "'@SUM(A1),,'-1\r\n",
    );
    expect(toCsv(['a'], [], { bom: true }).startsWith('\uFEFFa\r\n')).toBe(true);
  });
});
