import { describe, expect, it } from 'vitest';
import { computeReach, REACH_THRESHOLD } from '@/lib/targets/reach';

describe('the reach target', () => {
  it('judges the sum of daily visitors plus subscribers against the youth population', () => {
    const reach = computeReach({ dailyVisitors: [300, 500, 100], subscribers: 50, population: 1000 });
    expect(reach.visitors).toBe(900);
    expect(reach.busiestDay).toBe(500);
    expect(reach.share).toEqual({ part: 950, whole: 1000, value: 0.95 });
    expect(reach.floor).toEqual({ part: 550, whole: 1000, value: 0.55 });
    expect(reach.met).toBe(true);
  });

  it('is not met below 70%, and met exactly at it', () => {
    expect(computeReach({ dailyVisitors: [699], subscribers: 0, population: 1000 }).met).toBe(false);
    expect(computeReach({ dailyVisitors: [600], subscribers: 100, population: 1000 }).met).toBe(true);
    expect(REACH_THRESHOLD).toBe(0.7);
  });

  it('has nothing to judge without a youth population', () => {
    const reach = computeReach({ dailyVisitors: [10], subscribers: 2, population: null });
    expect(reach.share.value).toBeNull();
    expect(reach.met).toBeNull();
  });

  it('counts a year without visits as zero visitors', () => {
    const reach = computeReach({ dailyVisitors: [], subscribers: 7, population: 100 });
    expect([reach.visitors, reach.busiestDay, reach.share.part]).toEqual([0, 0, 7]);
    expect(reach.met).toBe(false);
  });
});
