/**
 * 全国地方公共団体コード: six digits, the prefecture (2), the municipality (3) and a check digit. The check digit
 * is the last digit of 11 − (Σ digit × weight mod 11), weights 6, 5, 4, 3, 2 (総務省's rule, also JIS X 0402's
 * code with its 検査数字): 鎌倉市 14204 → 142042, 横浜市 14100 → 141003.
 */
export function localGovernmentCheckDigit(fiveDigits: string): number {
  const weights = [6, 5, 4, 3, 2];
  const sum = [...fiveDigits].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return (11 - (sum % 11)) % 10;
}

/** Whether `code` is a 全国地方公共団体コード: six digits whose last one is the check digit of the first five. */
export function isLocalGovernmentCode(code: string): boolean {
  return /^\d{6}$/.test(code) && localGovernmentCheckDigit(code.slice(0, 5)) === Number(code[5]);
}
