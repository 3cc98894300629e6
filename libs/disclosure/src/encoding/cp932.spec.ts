import iconv from 'iconv-lite';
import { toCp932 } from './cp932';

describe('toCp932', () => {
  it('encodes Japanese as Shift_JIS (CP932) bytes Excel reads', () => {
    const { bytes, replaced } = toCp932('協働,NPO\r\n');
    // 協 = 0x8B A6, 働 = 0x93 AD in Shift_JIS.
    expect(bytes.toString('hex')).toBe('8ba693ad2c4e504f0d0a');
    expect(replaced).toBe(0);
  });

  it('replaces each character outside CP932 by 〓 and counts it once, a surrogate pair included', () => {
    const { bytes, replaced } = toCp932('𠮷野家の食堂😀と吉');
    expect(replaced).toBe(2);
    expect(iconv.decode(bytes, 'cp932')).toBe('〓野家の食堂〓と吉');
  });

  it('keeps the characters that differ only between the JIS and Windows mappings, uncounted', () => {
    const { bytes, replaced } = toCp932('10〜12時−5');
    expect(replaced).toBe(0);
    expect(iconv.decode(bytes, 'cp932')).toBe('10～12時－5');
  });

  it('keeps NEC and IBM extensions that CP932 has (①, ㈱, 髙)', () => {
    const { bytes, replaced } = toCp932('①㈱髙');
    expect(replaced).toBe(0);
    expect(iconv.decode(bytes, 'cp932')).toBe('①㈱髙');
  });
});
