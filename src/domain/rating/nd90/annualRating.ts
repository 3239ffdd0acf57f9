import * as clauses from '../clauses';
import { lowerLevel, type RatingLevel, type RatingOutcome } from '../ratingCodes';
import { resultFrom, type RatingResult } from '../ratingResult';
import { formatNumberVi, formatPercentVi, reason, type RatingReason } from '../reasons';
import type { Nd9048RuleSet } from '../ruleSet';
import { ND90_48_RULE_SET } from '../ruleSets';
import { DEFAULT_SETTINGS, type Nd90Settings } from '../settings';
import { abovePercent, belowPercent, check, combine, statusOf, toReason, type Check } from './checks';
import { levelChecks, type GradedLevel } from './criteriaChecks';
import type { Nd90LeaderFacts, Nd90Performance, Nd90YearInput } from './nd90Input';

const GRADED: readonly GradedLevel[] = ['HTXSNV', 'HTTNV', 'HTNV'];
const ND48_EFFECTIVE_YEAR = 2023;

/** ND 48 khoản 5 Điều 2 points a, b, c (law.md 3.4). */
function disciplineCheck(input: Nd90YearInput, settings: Nd90Settings): Check {
  const khtClause = clauses.nd90LevelClause(11, input.isLeader, input.isLeader ? 'đ' : 'c');
  if (!input.disciplinedThisYear) {
    return check(`${clauses.ND48_DISCIPLINE_A}; ${khtClause}`, 'Không bị xử lý kỷ luật đảng hoặc kỷ luật hành chính trong năm đánh giá', 'NOT_MET');
  }
  if (input.disciplineViolationAlreadyUsedForKHTNVInEarlierYear) {
    return check(
      clauses.ND48_DISCIPLINE_B,
      'Bị kỷ luật trong năm nhưng hành vi vi phạm đã được dùng làm căn cứ xếp loại không hoàn thành nhiệm vụ ở năm đánh giá trước: không tính lại năm nay',
      'NOT_MET'
    );
  }
  if (input.disciplinePartyAndAdministrativeInDifferentYears === true) {
    const policy = settings.splitDiscipline;
    return check(
      clauses.ND48_DISCIPLINE_C,
      'Kỷ luật đảng và kỷ luật hành chính về cùng một hành vi có hiệu lực ở hai năm đánh giá khác nhau: chỉ tính làm căn cứ xếp loại ở một năm; ' +
        (policy === 'COUNT_IN_THIS_YEAR'
          ? 'theo thiết lập, tính ở năm này'
          : policy === 'NOT_COUNTED_THIS_YEAR'
            ? 'theo thiết lập, không tính ở năm này'
            : 'văn bản không nói năm nào'),
      policy === 'COUNT_IN_THIS_YEAR' ? 'MET' : policy === 'NOT_COUNTED_THIS_YEAR' ? 'NOT_MET' : 'UNKNOWN'
    );
  }
  return check(
    `${clauses.ND48_DISCIPLINE_A}; ${khtClause}`,
    'Bị xử lý kỷ luật đảng hoặc kỷ luật hành chính trong năm đánh giá' +
      (input.disciplineForEarlierYearViolation ? ' (hành vi vi phạm xảy ra ở năm trước: vẫn tính theo năm có quyết định kỷ luật)' : '') +
      ': xếp loại không hoàn thành nhiệm vụ',
    'MET'
  );
}

/** ND 90 Điều 11 (law.md 2.2): any one of these is enough for KHTNV. */
function khtnvChecks(input: Nd90YearInput, perf: Nd90Performance, leader: Nd90LeaderFacts | undefined, ruleSet: Nd9048RuleSet, settings: Nd90Settings): Check[] {
  const th = ruleSet.thresholds;
  const isLeader = leader !== undefined;
  const t = perf.tasks;
  const failing = t.tasksTotal - t.tasksOnTimeQuality;
  const checks: Check[] = [
    check(
      clauses.nd90LevelClause(11, isLeader, 'a'),
      input.degradationConcluded
        ? 'Cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa"'
        : 'Không có kết luận của cấp có thẩm quyền về biểu hiện suy thoái, "tự diễn biến", "tự chuyển hóa"',
      statusOf(input.degradationConcluded)
    ),
    check(
      clauses.nd90LevelClause(11, isLeader, 'b'),
      `${failing}/${t.tasksTotal} nhiệm vụ chưa bảo đảm tiến độ, chất lượng, hiệu quả (${formatPercentVi(failing, t.tasksTotal)}; không hoàn thành nhiệm vụ khi trên ${th.khtnvFailingAbovePercent} %)`,
      statusOf(abovePercent(failing, t.tasksTotal, th.khtnvFailingAbovePercent))
    )
  ];
  if (leader !== undefined) {
    checks.push(
      check(
        clauses.nd90LevelClause(11, true, 'c'),
        `Đơn vị hoàn thành ${leader.unitTargetsCompleted}/${leader.unitTargetsTotal} chỉ tiêu, nhiệm vụ (${formatPercentVi(leader.unitTargetsCompleted, leader.unitTargetsTotal)}; không hoàn thành nhiệm vụ khi dưới ${th.leaderKhtnvUnitCompletedBelowPercent} %)`,
        leader.unitTargetsTotal === 0 ? 'UNKNOWN' : statusOf(belowPercent(leader.unitTargetsCompleted, leader.unitTargetsTotal, th.leaderKhtnvUnitCompletedBelowPercent))
      ),
      check(
        clauses.nd90LevelClause(11, true, 'd'),
        leader.unitInvolvedInCorruptionAndHandled
          ? 'Cơ quan, đơn vị trực tiếp quản lý liên quan đến tham ô, tham nhũng, lãng phí và đã bị xử lý theo quy định'
          : 'Cơ quan, đơn vị trực tiếp quản lý không liên quan đến tham ô, tham nhũng, lãng phí bị xử lý',
        statusOf(leader.unitInvolvedInCorruptionAndHandled)
      )
    );
  }
  checks.push(disciplineCheck(input, settings));
  return checks;
}

function transferReason(input: Nd90YearInput, ruleSet: Nd9048RuleSet): RatingReason | undefined {
  const months = input.monthsAtPreviousAgency;
  if (months === undefined || months <= 0) {
    return undefined;
  }
  const required = months >= ruleSet.thresholds.minMonthsWorked && input.previousAgencyDissolved !== true;
  return reason(
    clauses.ND90_TRANSFER,
    `Điều chuyển trong năm: cơ quan mới đánh giá, xếp loại; thời gian công tác tính cả ở cơ quan cũ (${formatNumberVi(months)} tháng). ` +
      (required
        ? 'Đã công tác từ 06 tháng trở lên ở cơ quan cũ: phải kết hợp ý kiến nhận xét của cơ quan cũ'
        : input.previousAgencyDissolved === true
          ? 'Cơ quan cũ không còn: không phải lấy ý kiến'
          : 'Công tác dưới 06 tháng ở cơ quan cũ: không bắt buộc lấy ý kiến cơ quan cũ'),
    required
  );
}

function cap(outcomes: readonly RatingOutcome[], ceiling: RatingLevel): RatingOutcome[] {
  return outcomes.map((o) => (o === 'NOT_CLASSIFIED' || o === 'NEEDS_DECISION' ? o : lowerLevel(o, ceiling)));
}

/**
 * The annual rating of a công chức under ND 90/2020 as amended by ND 48/2023 (law.md 2–3): the criteria
 * tables, the special cases, and NEEDS_DECISION with the levels still possible where the text does not
 * decide (law.md 2.3, 3.3, 3.4 c).
 */
export function rateNd90Year(
  input: Nd90YearInput,
  settings: Nd90Settings = DEFAULT_SETTINGS.nd90,
  ruleSet: Nd9048RuleSet = ND90_48_RULE_SET
): RatingResult {
  const th = ruleSet.thresholds;
  const reasons: RatingReason[] = [];
  const transfer = transferReason(input, ruleSet);
  if (transfer !== undefined) {
    reasons.push(transfer);
  }
  if (input.evaluationYear < ND48_EFFECTIVE_YEAR) {
    reasons.push(
      reason(clauses.ND48_DISCIPLINE_A, `NĐ 48/2023 có hiệu lực từ 15/9/2023; kết quả năm ${input.evaluationYear} đã xếp loại trước thời điểm này không xem xét lại`, false)
    );
  }

  // 3.1: under 6 months → not rated (still reviews the year), except maternity leave; exactly 6 is enough.
  const shortService = input.monthsWorked < th.minMonthsWorked;
  const maternityException = shortService && input.onMaternityLeave && input.monthsWorked > 0;
  reasons.push(
    reason(
      clauses.ND90_SHORT_SERVICE,
      `Thời gian công tác thực tế trong năm ${formatNumberVi(input.monthsWorked)} tháng` +
        (!shortService
          ? ' (từ 06 tháng trở lên): thực hiện đánh giá, xếp loại'
          : maternityException
            ? ', chưa đủ 06 tháng nhưng do nghỉ chế độ thai sản: vẫn đánh giá, xếp loại theo thời gian làm việc thực tế'
            : input.onMaternityLeave
              ? ': không có thời gian làm việc thực tế để đánh giá; không xếp loại (vẫn kiểm điểm)'
              : ', chưa đủ 06 tháng: không đánh giá, xếp loại (vẫn kiểm điểm thời gian công tác)'),
      !shortService || maternityException
    )
  );
  if (shortService && !maternityException) {
    return resultFrom(ruleSet, ['NOT_CLASSIFIED'], reasons, undefined);
  }
  if (input.onMaternityLeave) {
    reasons.push(
      reason(
        clauses.ND90_SHORT_SERVICE,
        `Nghỉ chế độ thai sản ${formatNumberVi(input.maternityMonths)} tháng: kết quả xếp loại năm là kết quả của thời gian làm việc thực tế`,
        true
      )
    );
  }

  const perf = input.performance;
  const leader = input.isLeader ? perf?.leader : undefined;
  if (perf === undefined || (input.isLeader && leader === undefined)) {
    reasons.push(reason(ruleSet.title['vi-VN'], 'Thiếu dữ liệu về tiêu chí và kết quả thực hiện nhiệm vụ: chưa xếp loại được', false));
    return resultFrom(ruleSet, ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'], reasons, { clause: ruleSet.title['vi-VN'], why: 'chưa có đủ dữ liệu để đối chiếu tiêu chí' });
  }

  const khtnv = khtnvChecks(input, perf, leader, ruleSet, settings);
  let possible: RatingOutcome[];
  let undecided: { clause: string; why: string } | undefined;
  if (khtnv.some((c) => c.status === 'MET')) {
    reasons.push(...khtnv.map(toReason));
    possible = ['KHTNV'];
  } else {
    possible = [];
    let reached = false;
    const considered: Check[] = [];
    let htnvChecks: Check[] = [];
    for (const level of GRADED) {
      const checks = levelChecks(level, perf.criteria, perf.tasks, leader, th, settings);
      considered.push(...checks);
      htnvChecks = checks;
      const status = combine(checks);
      if (status !== 'NOT_MET') {
        possible.push(level);
      }
      if (status === 'MET') {
        reached = true;
        break;
      }
    }
    reasons.push(...khtnv.map(toReason), ...considered.map(toReason));
    const openKhtnv = khtnv.filter((c) => c.status === 'UNKNOWN');
    if (!reached) {
      // law.md 2.3: the HTNV criteria are not met (or not known to be), yet no point of Điều 11 applies.
      possible.push('HTNV', 'KHTNV');
      const missed = htnvChecks.filter((c) => c.status === 'NOT_MET');
      const open = htnvChecks.filter((c) => c.status === 'UNKNOWN');
      const khoan = input.isLeader ? 2 : 1;
      undecided = {
        clause: `NĐ 90/2020 Điều 10 khoản ${khoan}; Điều 11 khoản ${khoan} (khoảng trống của văn bản)`,
        why:
          missed.length > 0
            ? `không đạt tiêu chí mức Hoàn thành nhiệm vụ (${missed.map((c) => c.clause).join('; ')}) nhưng cũng không thuộc trường hợp nào của mức Không hoàn thành nhiệm vụ`
            : `chưa xác định được tiêu chí mức Hoàn thành nhiệm vụ (${open.map((c) => `${c.clause}: ${c.text}`).join('; ')}); nếu không đạt thì cũng không thuộc trường hợp nào của mức Không hoàn thành nhiệm vụ`
      };
    } else if (openKhtnv.length > 0) {
      possible.push('KHTNV');
      undecided = { clause: openKhtnv[0].clause, why: openKhtnv[0].text };
    } else if (possible.length > 1) {
      const open = considered.filter((c) => c.status === 'UNKNOWN');
      undecided = { clause: open[0].clause, why: open.map((c) => c.text).join('; ') };
    }
  }

  // 3.2: absent 3 to under 6 months → not above HTNV (exactly 3 is capped, exactly 6 is not).
  const absenceCapped = input.monthsAbsent >= th.absenceCapFromMonths && input.monthsAbsent < th.absenceCapBelowMonths;
  if (absenceCapped || input.monthsAbsent > 0) {
    reasons.push(
      reason(
        clauses.ND90_SHORT_SERVICE,
        `Nghỉ không tham gia công tác theo quy định ${formatNumberVi(input.monthsAbsent)} tháng` +
          (absenceCapped ? ' (từ 03 tháng đến dưới 06 tháng): không xếp loại từ mức hoàn thành tốt nhiệm vụ trở lên' : ' (ngoài khoảng từ 03 đến dưới 06 tháng)'),
        absenceCapped
      )
    );
  }
  if (absenceCapped) {
    possible = cap(possible, th.absenceCapLevel);
  } else if (input.onMaternityLeave) {
    // 3.3: whether maternity leave counts towards the 3-to-6-month cap is not stated.
    const combined = input.monthsAbsent + input.maternityMonths;
    if (combined >= th.absenceCapFromMonths && combined < th.absenceCapBelowMonths) {
      const capped = cap(possible, th.absenceCapLevel);
      const matters = capped.join() !== possible.join();
      const policy = settings.maternityAndAbsence;
      reasons.push(
        reason(
          clauses.ND90_SHORT_SERVICE,
          `Nghỉ thai sản cộng nghỉ khác ${formatNumberVi(combined)} tháng (từ 03 đến dưới 06 tháng): văn bản không nói giới hạn mức hoàn thành nhiệm vụ có áp dụng với thời gian nghỉ thai sản hay không; ` +
            (policy === 'MATERNITY_COUNTS_AS_ABSENCE'
              ? 'theo thiết lập, có áp dụng'
              : policy === 'MATERNITY_NOT_CAPPED'
                ? 'theo thiết lập, không áp dụng (thai sản là quy định riêng)'
                : matters
                  ? 'người có thẩm quyền quyết định'
                  : 'không ảnh hưởng đến kết quả'),
          policy === 'MATERNITY_COUNTS_AS_ABSENCE'
        )
      );
      if (policy === 'MATERNITY_COUNTS_AS_ABSENCE') {
        possible = capped;
      } else if (policy === 'NEEDS_DECISION' && matters) {
        possible = possible.concat(capped);
        undecided = undecided ?? {
          clause: clauses.ND90_SHORT_SERVICE,
          why: 'văn bản không nói nghỉ thai sản có tính vào khoảng nghỉ từ 03 đến dưới 06 tháng (không xếp loại từ hoàn thành tốt trở lên) hay không'
        };
      }
    }
  }

  // Leader ceiling: not above the rating of the unit led (Luật CBCC Điều 56 khoản 2).
  if (leader !== undefined) {
    if (leader.unitRating !== undefined) {
      const capped = cap(possible, leader.unitRating);
      reasons.push(
        reason(
          clauses.LEADER_CEILING,
          `Đơn vị trực tiếp lãnh đạo xếp loại ${leader.unitRating}: mức xếp loại của người đứng đầu không cao hơn`,
          capped.join() !== possible.join()
        )
      );
      possible = capped;
    } else {
      reasons.push(reason(clauses.LEADER_CEILING, 'Chưa có kết quả xếp loại của đơn vị trực tiếp lãnh đạo: phải đối chiếu mức trần khi có', false));
    }
  }
  return resultFrom(ruleSet, possible, reasons, undecided);
}
