import { ALLOWED, blocked, type Availability } from './availability';

/**
 * Whether each step of the year may happen now, from what the acts that count say (yearWorkflow): the
 * same rules the screens show as reasons and the services check before writing (NĐ 90/2020 Điều 16,
 * 18, 21; NĐ 335/2025 keeps the order).
 */

/** What the rules need to know about one person's year. */
export interface PersonYearFacts {
  competentLogin?: string;
  /** A submitted self-evaluation counts. */
  selfEvaluationSubmitted: boolean;
  /** The unit's minutes are approved. */
  minutesApproved: boolean;
  /** The latest decision that counts. */
  latestDecision?: { published: boolean };
  /** A complaint awaits its answer. */
  complaintOpen: boolean;
}

/** The competent evaluator decides on the submitted self-evaluation and the approved minutes, before publication (Điều 16, 18 bước 4). */
export function decideAvailability(actorLogin: string, ruleSetKnown: boolean, person: PersonYearFacts): Availability {
  if (person.competentLogin !== actorLogin) return blocked('NOT_COMPETENT_EVALUATOR');
  if (!ruleSetKnown) return blocked('NO_RULE_SET');
  if (!person.selfEvaluationSubmitted) return blocked('SELF_EVALUATION_MISSING');
  if (!person.minutesApproved) return blocked('MINUTES_MISSING');
  if (person.latestDecision && person.latestDecision.published) return blocked('ALREADY_PUBLISHED');
  return ALLOWED;
}

/** The unit's keepers record its minutes while no approved minutes stand (Điều 18 bước 2). */
export function minutesAvailability(isKeeper: boolean, approvedMinutesStand: boolean): Availability {
  if (!isKeeper) return blocked('NOT_MINUTES_KEEPER');
  if (approvedMinutesStand) return blocked('MINUTES_APPROVED');
  return ALLOWED;
}

/** The competent evaluator answers a complaint while one is open. */
export function answerAvailability(actorLogin: string, person: PersonYearFacts): Availability {
  if (!person.complaintOpen) return blocked('NO_COMPLAINT');
  if (person.competentLogin !== actorLogin) return blocked('NOT_COMPETENT_EVALUATOR');
  return ALLOWED;
}

/** The civil servant self-evaluates once, while the year is open and before the result is made known. */
export function selfEvaluationAvailability(ruleSetKnown: boolean, yearOpen: boolean, person: Pick<PersonYearFacts, 'selfEvaluationSubmitted' | 'latestDecision'>): Availability {
  if (!ruleSetKnown) return blocked('NO_RULE_SET');
  if (person.selfEvaluationSubmitted) return blocked('SELF_EVALUATION_SUBMITTED');
  if (person.latestDecision && person.latestDecision.published) return blocked('SELF_EVALUATION_SUBMITTED');
  if (!yearOpen) return blocked('PERIOD_NOT_OPEN');
  return ALLOWED;
}

/** A complaint is about a result made known to the person (Điều 21, then Luật Khiếu nại), one at a time. */
export function complaintAvailability(person: Pick<PersonYearFacts, 'latestDecision' | 'complaintOpen'>): Availability {
  if (!person.latestDecision || !person.latestDecision.published) return blocked('NOT_PUBLISHED');
  if (person.complaintOpen) return blocked('COMPLAINT_PENDING');
  return ALLOWED;
}
