import { ValidationFailedError } from '@kyodo/platform';
import { nullFieldRefusal } from './null-field';

describe('a NOT NULL violation from the database', () => {
  it('is refused as the client’s field, named as the API names it', () => {
    const refused = nullFieldRefusal({ driverError: { code: '23502', column: 'title_ja' } });
    expect(refused).toBeInstanceOf(ValidationFailedError);
    expect(refused!.violations).toEqual([{ field: 'titleJa', messages: ['titleJa must not be null'] }]);
  });

  it('leaves every other failure alone', () => {
    expect(nullFieldRefusal({ driverError: { code: '23505', column: 'email' } })).toBeNull();
    expect(nullFieldRefusal(new Error('boom'))).toBeNull();
    expect(nullFieldRefusal(undefined)).toBeNull();
  });
});
