import { IdentityError, IdentityErrorCode } from './identity-errors';

describe('the lockout problem', () => {
  it('says for how many minutes sign-in is paused, from the limiter window, in both languages', () => {
    const error = IdentityError.tooManyAttempts(900, 412);
    expect(error.code).toBe(IdentityErrorCode.TooManyAttempts);
    expect(error.kind).toBe('rate_limited');
    expect(error.extensions).toEqual({ retryAfterSeconds: 412 });
    expect(error.text.ja).toContain('15分');
    expect(error.text.en).toContain('15 minutes');
  });

  it('rounds a window of seconds up to whole minutes, never less than one', () => {
    expect(IdentityError.tooManyAttempts(120, 5).text.ja).toContain('2分');
    expect(IdentityError.tooManyAttempts(61, 5).text.en).toContain('2 minutes');
    expect(IdentityError.tooManyAttempts(30, 5).text.en).toContain('1 minute.');
  });
});
