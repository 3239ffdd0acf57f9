import type { RatingLevel } from '../ratingCodes';

/** ND 90 Điều 3 vocabulary (law.md 2.1): "thực hiện tốt" | "đáp ứng" | does not meet. */
export type CriterionAssessment = 'good' | 'meets' | 'fails';

/** Điều 3 khoản 1–4, and for leaders điểm a khoản 5. */
export interface Nd90Criteria {
  chinhTriTuTuong: CriterionAssessment;
  daoDucLoiSong: CriterionAssessment;
  tacPhongLeLoi: CriterionAssessment;
  yThucKyLuat: CriterionAssessment;
  ketQuaLanhDaoDiemA?: CriterionAssessment;
}

/** The person's own tasks in the year (Điều 3 khoản 5). */
export interface Nd90TaskResults {
  tasksTotal: number;
  tasksCompleted: number;
  /** completed on time, with quality and efficiency */
  tasksOnTimeQuality: number;
  /** "hoàn thành vượt mức", as the ministry's Quy chế defines it (law.md 2.3) */
  tasksExceeded: number;
  /** "hiệu quả cao", same; undefined when nobody has judged it, which keeps HTXSNV open */
  highEfficiency?: boolean;
}

/** What only a leader's rating needs (ND 90 Điều 8–11 khoản 2, points c and d). */
export interface Nd90LeaderFacts {
  unitTargetsTotal: number;
  unitTargetsCompleted: number;
  unitTargetsOnTimeQuality: number;
  unitTargetsExceeded: number;
  subordinateUnitsTotal: number;
  subordinateUnitsAtLeastHTNV: number;
  subordinateUnitsHTTNVorHTXSNV: number;
  unitInvolvedInCorruptionAndHandled: boolean;
  /** rating of the unit the leader directly leads: the ceiling (Luật CBCC Điều 56 khoản 2) */
  unitRating?: RatingLevel;
}

export interface Nd90Performance {
  criteria: Nd90Criteria;
  tasks: Nd90TaskResults;
  /** required when the person is a leader */
  leader?: Nd90LeaderFacts;
}

export interface Nd90YearInput {
  evaluationYear: number;
  isLeader: boolean;
  /** months actually working in the year, across agencies (transfers included) */
  monthsWorked: number;
  /** months of legally permitted leave, maternity not counted */
  monthsAbsent: number;
  onMaternityLeave: boolean;
  maternityMonths: number;
  /** transfers (Điều 20 khoản 1): months served at the previous agency this year, if any */
  monthsAtPreviousAgency?: number;
  previousAgencyDissolved?: boolean;
  degradationConcluded: boolean;
  /** Party or administrative discipline decided in the evaluation year */
  disciplinedThisYear: boolean;
  disciplineForEarlierYearViolation: boolean;
  disciplineViolationAlreadyUsedForKHTNVInEarlierYear: boolean;
  /** ND 48 điểm c: a Party and an administrative decision for the same act, in force in different years */
  disciplinePartyAndAdministrativeInDifferentYears?: boolean;
  /** undefined only when the person is not rated anyway (under 6 months) */
  performance?: Nd90Performance;
}
