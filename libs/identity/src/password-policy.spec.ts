import { passwordPolicyViolations } from './password-policy';

const rules = (password: string, email = 'hanako@example.jp') =>
  passwordPolicyViolations(password, email).map((v) => v.rule);

describe('password policy', () => {
  it('accepts a long, uncommon password', () => {
    expect(rules('kinmokusei-no-kaori-2026')).toEqual([]);
  });

  it('counts characters, not UTF-16 units, so 12 emoji are long enough and 11 are not', () => {
    expect(rules('🌸'.repeat(12))).toEqual([]);
    expect(rules('🌸'.repeat(11))).toEqual(['min_length']);
  });

  it('refuses the e-mail address or its local part, in any case', () => {
    expect(rules('HANAKO@EXAMPLE.JP')).toEqual(['equals_email']);
    expect(rules('hanako.sato.1', 'hanako.sato.1@example.jp')).toEqual(['equals_email']);
  });

  it('refuses common passwords in any case and names every broken rule', () => {
    expect(rules('Password1234')).toEqual(['common']);
    expect(rules('short')).toEqual(['min_length']);
    expect(rules('administrator', 'administrator@example.jp')).toEqual(['equals_email', 'common']);
  });

  it('says why in Japanese and in English', () => {
    for (const violation of passwordPolicyViolations('x', 'x@example.jp')) {
      expect(violation.text.ja).toMatch(/[ぁ-んァ-ヶ一-龯]/);
      expect(violation.text.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
