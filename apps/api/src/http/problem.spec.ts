import { MAX_INSTANCE_LENGTH, problemInstance } from './problem';

describe("a problem's instance", () => {
  it('is the path without the query string, and absent for a path no real route has', () => {
    expect(problemInstance('/api/v1/proposals?q=山田太郎&limit=5')).toBe('/api/v1/proposals');
    expect(problemInstance('/health/live')).toBe('/health/live');
    expect(problemInstance(`/${'x'.repeat(MAX_INSTANCE_LENGTH)}`)).toBeUndefined();
  });
});
