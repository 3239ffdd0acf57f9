// A 2,000-person ministry's year under NĐ 335: 12 monthly periods each scored from work products,
// rolled up, rated (with the KHTNV overrides and some special cases), then the HTXSNV quota of each of
// the ~40 units over its groups of similar tasks, with suggestions for the proposals that break it.
import { performance } from 'perf_hooks';
import { rateNd335Year } from '../../src/domain/rating/nd335/annualRating';
import { scorePeriod, type PeriodEvaluationInput, type PeriodScore } from '../../src/domain/rating/nd335/periodScore';
import type { ProductType, WorkProduct } from '../../src/domain/rating/nd335/workProduct';
import { reviewProposedRatings, type ProposedRating } from '../../src/domain/rating/quota';
import type { RatingOutcome } from '../../src/domain/rating/ratingCodes';
import { DEFAULT_SETTINGS } from '../../src/domain/rating/settings';
import { median, type BenchCase } from '../benchCase';

const PERSONS = 2000;
const UNITS = 40;
const MONTHS = 12;
const RUNS = 7;

/** A small deterministic generator (mulberry32), so every run rates the same ministry. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  id: string;
  unit: number;
  group: string;
  isLeader: boolean;
  /** undefined for a month of leave */
  months: Array<PeriodEvaluationInput | undefined>;
  monthsWorked?: number;
  degradationConcluded: boolean;
  disciplined: boolean;
  corruption: boolean;
}

function ministry(): Person[] {
  const rnd = random(2026);
  const pick = (n: number): number => Math.floor(rnd() * n);
  const catalogue: ProductType[] = [];
  for (let i = 0; i < 15; i++) {
    catalogue.push({ code: `N${(i % 5) + 1}-${i}`, name: `Sản phẩm ${i}`, conversionFactor: [0.5, 1, 1.5, 2, 3][i % 5] });
  }
  const people: Person[] = [];
  for (let p = 0; p < PERSONS; p++) {
    const unit = p % UNITS;
    const isLeader = rnd() < 0.1;
    const skill = 0.6 + rnd() * 0.4;
    // special cases: ~3 % on long leave (4 to 8 months without a score), a few disciplined or concluded
    const leaveMonths = rnd() < 0.03 ? 4 + pick(5) : rnd() < 0.1 ? 1 : 0;
    const months: Array<PeriodEvaluationInput | undefined> = [];
    for (let m = 0; m < MONTHS; m++) {
      if (m < leaveMonths) {
        months.push(undefined);
        continue;
      }
      const products: WorkProduct[] = [];
      const count = 3 + pick(4);
      for (let k = 0; k < count; k++) {
        const assigned = 1 + pick(6);
        const completed = Math.min(assigned, Math.round(assigned * (skill + rnd() * 0.1)));
        products.push({
          productType: catalogue[pick(catalogue.length)],
          assigned,
          completed,
          completedMeetingQuality: Math.min(completed, Math.round(completed * (skill + rnd() * 0.15))),
          completedOnTime: Math.min(completed, Math.round(completed * (skill + rnd() * 0.15))),
          majorErrors: rnd() < 0.05 ? 1 : 0,
          delays: rnd() < 0.08 ? 1 + pick(2) : 0,
          majorErrorsObjectiveCauseConfirmed: rnd() < 0.2,
          delaysObjectiveCauseConfirmed: rnd() < 0.2
        });
      }
      months.push({
        period: { kind: 'MONTH', index: m + 1 },
        isLeader,
        generalCriteriaScore: 21 + Math.round(rnd() * 90) / 10,
        products,
        leaderComponents: isLeader ? { unitResults: skill, leadershipCapacity: 0.8 + rnd() * 0.2, unitingCapacity: 0.8 + rnd() * 0.2 } : undefined
      });
    }
    people.push({
      id: `cc${p}`,
      unit,
      group: `Đơn vị ${unit} - nhóm ${pick(2 + (unit % 3))}`,
      isLeader,
      months,
      monthsWorked: leaveMonths > 0 ? MONTHS - leaveMonths : undefined,
      degradationConcluded: rnd() < 0.002,
      disciplined: rnd() < 0.005,
      corruption: isLeader && rnd() < 0.01
    });
  }
  return people;
}

interface YearRun {
  periods: number;
  outcomes: Record<RatingOutcome, number>;
  scopesViolated: number;
  suggestions: number;
}

function rateYear(people: readonly Person[]): YearRun {
  const outcomes: Record<RatingOutcome, number> = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0, NOT_CLASSIFIED: 0, NEEDS_DECISION: 0 };
  const proposalsByUnit: ProposedRating[][] = [];
  for (let u = 0; u < UNITS; u++) {
    proposalsByUnit.push([]);
  }
  let periods = 0;
  for (const person of people) {
    const scores: PeriodScore[] = [];
    for (const month of person.months) {
      if (month === undefined) {
        scores.push({ generalCriteriaScore: 0, reasons: [] });
      } else {
        scores.push(scorePeriod(month, DEFAULT_SETTINGS.nd335));
        periods += 1;
      }
    }
    const result = rateNd335Year(
      {
        evaluationYear: 2026,
        isLeader: person.isLeader,
        periodScores: scores,
        monthsWorked: person.monthsWorked,
        degradationConcluded: person.degradationConcluded,
        disciplinedForPublicServiceViolationReprimandOrAbove: person.disciplined,
        unitInvolvedInCorruptionAndHandled: person.corruption
      },
      DEFAULT_SETTINGS.nd335
    );
    outcomes[result.outcome] += 1;
    proposalsByUnit[person.unit].push({ personId: person.id, group: person.group, proposed: result.outcome, score: result.score });
  }
  let scopesViolated = 0;
  let suggestions = 0;
  for (const proposals of proposalsByUnit) {
    const review = reviewProposedRatings(proposals, DEFAULT_SETTINGS.quota);
    scopesViolated += review.before.perScope.filter((s) => s.violated).length;
    suggestions += review.suggestions.length;
    if (review.after.violated) {
      throw new Error('quota suggestions left a scope violated');
    }
  }
  return { periods, outcomes, scopesViolated, suggestions };
}

export const benchCase: BenchCase = {
  name: `rating engine: ${PERSONS} persons × ${MONTHS} monthly ND 335 scores, yearly rating, quota of ${UNITS} units (median of ${RUNS} runs)`,
  budgets: [{ figure: 'medianMs', max: 2000, unit: 'ms' }],
  run: () => {
    const people = ministry();
    const times: number[] = [];
    let last: YearRun | undefined;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      last = rateYear(people);
      times.push(performance.now() - start);
    }
    const run = last as YearRun;
    return {
      persons: PERSONS,
      periodsScored: run.periods,
      HTXSNV: run.outcomes.HTXSNV,
      HTTNV: run.outcomes.HTTNV,
      HTNV: run.outcomes.HTNV,
      KHTNV: run.outcomes.KHTNV,
      NEEDS_DECISION: run.outcomes.NEEDS_DECISION,
      quotaScopesViolated: run.scopesViolated,
      quotaSuggestions: run.suggestions,
      medianMs: median(times),
      maxMs: Math.max(...times)
    };
  }
};
