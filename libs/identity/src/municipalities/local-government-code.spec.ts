import { isLocalGovernmentCode, localGovernmentCheckDigit } from './local-government-code';

describe('全国地方公共団体コード', () => {
  it('computes the check digit of published codes', () => {
    // 鎌倉市 142042, 横浜市 141003, 札幌市 011002, 東京都千代田区 131016
    expect(['14204', '14100', '01100', '13101'].map(localGovernmentCheckDigit)).toEqual([2, 3, 2, 6]);
  });

  it('accepts a code with its check digit and refuses one without', () => {
    expect(isLocalGovernmentCode('142042')).toBe(true);
    expect(isLocalGovernmentCode('142043')).toBe(false);
    expect(isLocalGovernmentCode('14204')).toBe(false);
    expect(isLocalGovernmentCode('14204２')).toBe(false);
    expect(isLocalGovernmentCode('')).toBe(false);
  });
});
