import { bilingualName, englishOr } from './english-name';

describe('an optional English name', () => {
  it('falls back to the Japanese one when empty or blank', () => {
    expect(englishOr('市民活動推進課', '')).toBe('市民活動推進課');
    expect(englishOr('市民活動推進課', '  ')).toBe('市民活動推進課');
    expect(englishOr('市民活動推進課', null)).toBe('市民活動推進課');
    expect(bilingualName('募集要項', undefined)).toEqual({ ja: '募集要項', en: '募集要項' });
  });

  it('is kept when given', () => {
    expect(englishOr('市民活動推進課', 'Civic Activities Division')).toBe('Civic Activities Division');
  });
});
