import * as clauses from '../clauses';
import { formatPercentVi } from '../reasons';
import type { RatingLevel } from '../ratingCodes';
import type { Nd90Thresholds } from '../ruleSet';
import type { Nd90Settings } from '../settings';
import { abovePercent, atLeastPercent, belowPercent, check, statusOf, type Check, type CheckStatus } from './checks';
import type { CriterionAssessment, Nd90Criteria, Nd90LeaderFacts, Nd90TaskResults } from './nd90Input';

/**
 * The criteria tables of law.md 2.2 (ND 90 Điều 8–11 for công chức; numbers PARAPHRASE-CONFIRMED,
 * exact công chức wording UNCONFIRMED), one Check per point of each level.
 */
export type GradedLevel = Exclude<RatingLevel, 'KHTNV'>;

const ARTICLE: Record<GradedLevel, 8 | 9 | 10> = { HTXSNV: 8, HTTNV: 9, HTNV: 10 };

const CRITERION_NAMES: Record<keyof Nd90Criteria, string> = {
  chinhTriTuTuong: 'chính trị tư tưởng',
  daoDucLoiSong: 'đạo đức, lối sống',
  tacPhongLeLoi: 'tác phong, lề lối làm việc',
  yThucKyLuat: 'ý thức tổ chức kỷ luật',
  ketQuaLanhDaoDiemA: 'kết quả lãnh đạo, quản lý (điểm a khoản 5)'
};

function criteriaOf(criteria: Nd90Criteria, isLeader: boolean): Array<[keyof Nd90Criteria, CriterionAssessment | undefined]> {
  const keys: Array<keyof Nd90Criteria> = ['chinhTriTuTuong', 'daoDucLoiSong', 'tacPhongLeLoi', 'yThucKyLuat'];
  if (isLeader) {
    keys.push('ketQuaLanhDaoDiemA');
  }
  return keys.map((k) => [k, criteria[k]] as [keyof Nd90Criteria, CriterionAssessment | undefined]);
}

function criteriaCheck(level: GradedLevel, criteria: Nd90Criteria, isLeader: boolean): Check {
  const list = criteriaOf(criteria, isLeader);
  const clause = `${clauses.nd90LevelClause(ARTICLE[level], isLeader, 'a')} (${isLeader ? `${clauses.ND90_CRITERIA_1_4}; ${clauses.ND90_CRITERIA_5A}` : clauses.ND90_CRITERIA_1_4})`;
  if (level === 'HTXSNV') {
    const notGood = list.filter(([, v]) => v !== 'good').map(([k]) => CRITERION_NAMES[k]);
    return check(
      clause,
      notGood.length === 0 ? 'Thực hiện tốt tất cả tiêu chí Điều 3' : `Chưa "thực hiện tốt": ${notGood.join('; ')}`,
      statusOf(notGood.length === 0)
    );
  }
  const failing = list.filter(([, v]) => v !== 'good' && v !== 'meets').map(([k]) => CRITERION_NAMES[k]);
  return check(
    clause,
    failing.length === 0
      ? 'Đáp ứng tất cả tiêu chí Điều 3'
      : `Không đáp ứng: ${failing.join('; ')} (không có kết luận suy thoái của cấp có thẩm quyền thì văn bản không xếp vào mức Không hoàn thành nhiệm vụ)`,
    statusOf(failing.length === 0)
  );
}

function exceededText(settings: Nd90Settings): string {
  return settings.exceededDefinition ? ` ("vượt mức" theo Quy chế: ${settings.exceededDefinition})` : '';
}

function ownTasksCheck(level: GradedLevel, t: Nd90TaskResults, isLeader: boolean, th: Nd90Thresholds, settings: Nd90Settings): Check {
  const clause = clauses.nd90LevelClause(ARTICLE[level], isLeader, 'b');
  const onTime = `${t.tasksOnTimeQuality}/${t.tasksTotal} nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng (${formatPercentVi(t.tasksOnTimeQuality, t.tasksTotal)})`;
  const allOnTime = t.tasksOnTimeQuality === t.tasksTotal;
  if (level === 'HTXSNV') {
    const exceededOk = isLeader || atLeastPercent(t.tasksExceeded, t.tasksTotal, th.htxsMinExceededPercent);
    const parts = [`${onTime}, cần 100 %`];
    if (!isLeader) {
      parts.push(
        `${t.tasksExceeded}/${t.tasksTotal} vượt mức (${formatPercentVi(t.tasksExceeded, t.tasksTotal)}, cần ít nhất ${th.htxsMinExceededPercent} %)${exceededText(settings)}`
      );
    }
    const highText = settings.highEfficiencyDefinition ? ` theo Quy chế: ${settings.highEfficiencyDefinition}` : '';
    parts.push(
      t.highEfficiency === undefined
        ? `chưa có đánh giá "hiệu quả cao"${highText} (NĐ 90 không định nghĩa)`
        : t.highEfficiency
          ? `đạt hiệu quả cao${highText}`
          : `chưa đạt hiệu quả cao${highText}`
    );
    let status: CheckStatus = statusOf(allOnTime && exceededOk && t.highEfficiency !== false);
    if (status === 'MET' && t.highEfficiency === undefined) {
      status = 'UNKNOWN';
    }
    return check(clause, parts.join('; '), status);
  }
  if (level === 'HTTNV') {
    return check(clause, `${onTime}, cần 100 %`, statusOf(allOnTime));
  }
  const failing = t.tasksTotal - t.tasksOnTimeQuality;
  const allDone = t.tasksCompleted === t.tasksTotal;
  const withinLimit = !abovePercent(failing, t.tasksTotal, th.htnvMaxFailingPercent);
  let text = `${t.tasksCompleted}/${t.tasksTotal} nhiệm vụ hoàn thành${allDone ? '' : ' (cần hoàn thành tất cả)'}; ${failing} chưa bảo đảm chất lượng, tiến độ, hiệu quả (${formatPercentVi(failing, t.tasksTotal)}, cần không quá ${th.htnvMaxFailingPercent} %)`;
  if (!withinLimit && !abovePercent(failing, t.tasksTotal, th.khtnvFailingAbovePercent)) {
    text += `; trên ${th.htnvMaxFailingPercent} % nhưng không quá ${th.khtnvFailingAbovePercent} %: văn bản không quy định mức cho trường hợp này`;
  }
  return check(clause, text, statusOf(allDone && withinLimit));
}

function subordinateCheck(level: GradedLevel, l: Nd90LeaderFacts, th: Nd90Thresholds, settings: Nd90Settings): Check {
  const clause = clauses.nd90LevelClause(ARTICLE[level], true, 'd');
  const s = l.subordinateUnitsTotal;
  if (s === 0) {
    const met = settings.leaderWithoutSubordinateUnits === 'CRITERION_MET';
    return check(
      clause,
      met
        ? 'Không có cơ quan, đơn vị thuộc quyền quản lý trực tiếp: theo thiết lập, coi như đạt tiêu chí này'
        : 'Không có cơ quan, đơn vị thuộc quyền quản lý trực tiếp: văn bản không nói tiêu chí này có được coi là đạt hay không',
      met ? 'MET' : 'UNKNOWN'
    );
  }
  const atLeastHt = `${l.subordinateUnitsAtLeastHTNV}/${s} đơn vị trực tiếp quản lý hoàn thành nhiệm vụ trở lên (${formatPercentVi(l.subordinateUnitsAtLeastHTNV, s)})`;
  if (level === 'HTNV') {
    return check(clause, `${atLeastHt}, cần ít nhất ${th.leaderHtnvSubordinatesMinPercent} %`, statusOf(atLeastPercent(l.subordinateUnitsAtLeastHTNV, s, th.leaderHtnvSubordinatesMinPercent)));
  }
  const good = `${l.subordinateUnitsHTTNVorHTXSNV}/${s} hoàn thành tốt hoặc xuất sắc (${formatPercentVi(l.subordinateUnitsHTTNVorHTXSNV, s)}, cần ít nhất ${th.leaderSubordinatesMinGoodPercent} %)`;
  return check(
    clause,
    `${atLeastHt}, cần 100 %; ${good}`,
    statusOf(l.subordinateUnitsAtLeastHTNV === s && atLeastPercent(l.subordinateUnitsHTTNVorHTXSNV, s, th.leaderSubordinatesMinGoodPercent))
  );
}

function unitTargetsCheck(level: GradedLevel, l: Nd90LeaderFacts, th: Nd90Thresholds, settings: Nd90Settings): Check {
  const clause = clauses.nd90LevelClause(ARTICLE[level], true, 'c');
  const total = l.unitTargetsTotal;
  if (total === 0) {
    return check(clause, 'Đơn vị không có chỉ tiêu, nhiệm vụ nào được ghi nhận', 'UNKNOWN');
  }
  const done = `Đơn vị hoàn thành ${l.unitTargetsCompleted}/${total} chỉ tiêu, nhiệm vụ (${formatPercentVi(l.unitTargetsCompleted, total)})`;
  const all = l.unitTargetsCompleted === total;
  if (level === 'HTXSNV') {
    return check(
      clause,
      `${done}, cần tất cả; ${l.unitTargetsExceeded}/${total} vượt mức (${formatPercentVi(l.unitTargetsExceeded, total)}, cần ít nhất ${th.leaderHtxsUnitMinExceededPercent} %)${exceededText(settings)}`,
      statusOf(all && atLeastPercent(l.unitTargetsExceeded, total, th.leaderHtxsUnitMinExceededPercent))
    );
  }
  if (level === 'HTTNV') {
    return check(
      clause,
      `${done}, cần tất cả; ${l.unitTargetsOnTimeQuality}/${total} đúng tiến độ, bảo đảm chất lượng (${formatPercentVi(l.unitTargetsOnTimeQuality, total)}, cần ít nhất ${th.leaderHttnvUnitMinOnTimeQualityPercent} %)`,
      statusOf(all && atLeastPercent(l.unitTargetsOnTimeQuality, total, th.leaderHttnvUnitMinOnTimeQualityPercent))
    );
  }
  const above = abovePercent(l.unitTargetsCompleted, total, th.leaderHtnvUnitCompletedAbovePercent);
  const gap = !above && !belowPercent(l.unitTargetsCompleted, total, th.leaderKhtnvUnitCompletedBelowPercent);
  return check(
    clause,
    `${done}, cần trên ${th.leaderHtnvUnitCompletedAbovePercent} %` +
      (gap ? `; từ ${th.leaderKhtnvUnitCompletedBelowPercent} % đến ${th.leaderHtnvUnitCompletedAbovePercent} %: văn bản không quy định mức cho trường hợp này` : ''),
    statusOf(above)
  );
}

/** The checks of one level (points a, b and, for leaders, c and d). */
export function levelChecks(
  level: GradedLevel,
  criteria: Nd90Criteria,
  tasks: Nd90TaskResults,
  leader: Nd90LeaderFacts | undefined,
  th: Nd90Thresholds,
  settings: Nd90Settings
): Check[] {
  const checks = [criteriaCheck(level, criteria, leader !== undefined), ownTasksCheck(level, tasks, leader !== undefined, th, settings)];
  if (leader !== undefined) {
    checks.push(unitTargetsCheck(level, leader, th, settings), subordinateCheck(level, leader, th, settings));
  }
  return checks;
}
