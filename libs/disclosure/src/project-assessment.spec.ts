import { achievementPercent } from './project-assessment';

describe('達成率 (achievement): actual ÷ target on 100, rounded once, half up, to one decimal', () => {
  it('rounds the exact fraction, not a float', () => {
    expect(achievementPercent(90, 96)).toBe(93.8); // 93.75
    expect(achievementPercent(1000, 1200)).toBe(83.3); // 83.33…
    expect(achievementPercent(2, 3)).toBe(66.7); // 66.66…
    expect(achievementPercent(1.005, 1)).toBe(100.5);
    expect(achievementPercent(130, 100)).toBe(130);
  });

  it('has none without an actual or a target', () => {
    expect(achievementPercent(null, 96)).toBeNull();
    expect(achievementPercent(5, 0)).toBeNull();
  });
});
