import type { LeaderComponents, PeriodScore } from '../rating/nd335/periodScore';
import type { Mau01Group, Nd335Settings } from '../rating/settings';
import type { GeneralCriteriaGroupRow, PeriodScoreFigures } from './inputs';

/**
 * Helpers for whoever fills the inputs: the engine's period score as Mẫu 01 Section II prints it, and
 * HR's Mẫu 01 groups with the scores per leaf key ("I.1", or "I.1.2" for a part: generalCriteria.ts).
 */

export function periodFiguresOf(score: PeriodScore, leaderComponents?: LeaderComponents, settings?: Nd335Settings): PeriodScoreFigures {
  return {
    generalCriteriaScore: score.generalCriteriaScore,
    taskScore: score.taskScore,
    ratios: score.ratios,
    leaderComponents,
    score: score.score,
    level: score.level,
    taskScoreFormula: settings?.taskScoreFormula,
    taskRatioWeights: settings?.taskRatioWeights,
    leaderTaskScoreFormula: settings?.leaderTaskScoreFormula
  };
}

export function generalCriteriaRowsOf(
  groups: readonly Mau01Group[],
  selfParts: { [leafKey: string]: number } | undefined,
  assessedParts: { [leafKey: string]: number } | undefined
): GeneralCriteriaGroupRow[] {
  const at = (parts: { [leafKey: string]: number } | undefined, key: string): number | undefined =>
    parts && typeof parts[key] === 'number' ? parts[key] : undefined;
  return groups.map((g) => ({
    code: g.code,
    title: g.title,
    max: g.max,
    criteria: g.criteria.map((c) => {
      const key = `${g.code}.${c.code}`;
      const parts = c.parts || [];
      if (parts.length === 0) return { code: c.code, title: c.title, max: c.max, self: at(selfParts, key), assessed: at(assessedParts, key) };
      return {
        code: c.code,
        title: c.title,
        max: c.max,
        parts: parts.map((p) => ({
          // A part numbered "1" prints as "1.1"; one HR numbered "1.1" already prints so.
          code: p.code.indexOf('.') >= 0 ? p.code : `${c.code}.${p.code}`,
          title: p.title,
          max: p.max,
          self: at(selfParts, `${key}.${p.code}`),
          assessed: at(assessedParts, `${key}.${p.code}`)
        }))
      };
    })
  }));
}
