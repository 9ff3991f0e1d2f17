import { isMet, type Share, shareOf } from './thresholds';

/** The plan's yearly target (section II.1): at least 70% of the province's young people informed. */
export const REACH_THRESHOLD = 0.7;

export interface ReachInput {
  /** Unique visitors of each day of the year that has any (a day's hashes are unlinkable to another's). */
  dailyVisitors: number[];
  /** Confirmed subscribers of the news and award-call list (at the year's end, or now for this year). */
  subscribers: number;
  /** The province's young people that year, from official statistics; null when not entered yet. */
  population: number | null;
}

export interface ReachFigures {
  /** Sum of daily unique visitors: the estimate the target is judged by, an upper bound on people. */
  visitors: number;
  /** The busiest day's unique visitors: a lower bound on the people who visited in the year. */
  busiestDay: number;
  subscribers: number;
  population: number | null;
  /** (visitors + subscribers) of the population. */
  share: Share;
  /** (busiest day + subscribers) of the population: the floor the true share lies above. */
  floor: Share;
  threshold: number;
  met: boolean | null;
}

/**
 * The reach target for a year. Counting without cookies changes the salt every day, so a person
 * reading on two days is two visitors: the year's true number of people lies between the busiest day
 * and the sum of the days. The target is judged by the sum (the usual "visitor-days" estimate of
 * cookieless analytics), and the floor is shown beside it so nobody takes the sum for people.
 * Subscribers are added as they are (some also visit: one more reason the estimate is an upper bound).
 * @example computeReach({ dailyVisitors: [300, 500], subscribers: 200, population: 1000 }).share.value // 1
 */
export function computeReach({ dailyVisitors, subscribers, population }: ReachInput): ReachFigures {
  const visitors = dailyVisitors.reduce((sum, count) => sum + count, 0);
  const busiestDay = Math.max(0, ...dailyVisitors);
  const whole = population ?? 0;
  const share = shareOf(visitors + subscribers, whole);
  return {
    visitors,
    busiestDay,
    subscribers,
    population,
    share,
    floor: shareOf(busiestDay + subscribers, whole),
    threshold: REACH_THRESHOLD,
    met: isMet(share, REACH_THRESHOLD),
  };
}
