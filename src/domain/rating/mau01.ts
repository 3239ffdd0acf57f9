import { ND335_RULE_SET } from './ruleSets';
import { error, isPlainObject, show, type Mau01Criterion, type Mau01Group, type SettingsError } from './settings';

/**
 * Mẫu 01 of NĐ 335/2025 (official-documents.md 1.1): the national form's general criteria and the
 * rules a ministry's split of them must keep. Apart from settings.ts so that the view-mode bundle,
 * which reads the settings' defaults, does not carry the form's texts and checks.
 */


const criterion = (code: string, title: string, max: number): Mau01Criterion => ({ code, title, max, parts: [] });

/** official-documents.md 1.1: groups I and II CONFIRMED (luatvietnam), group III's items MULTI-IMPL. */
export const DEFAULT_MAU01: { groups: Mau01Group[] } = {
  groups: [
    {
      code: 'I',
      title: 'Phẩm chất chính trị, phẩm chất đạo đức, văn hóa thực thi công vụ và ý thức kỷ luật, kỷ cương trong thực thi công vụ',
      max: 10,
      criteria: [
        criterion('1', 'Phẩm chất chính trị, phẩm chất đạo đức, văn hóa thực thi công vụ', 5),
        criterion('2', 'Ý thức kỷ luật, kỷ cương trong thực thi công vụ', 5)
      ]
    },
    {
      code: 'II',
      title:
        'Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm; khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao; tinh thần trách nhiệm trong thực thi công vụ; thái độ phục vụ người dân, doanh nghiệp và khả năng phối hợp với đồng nghiệp',
      max: 10,
      criteria: [
        criterion('1', 'Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm', 2.5),
        criterion('2', 'Khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao thường xuyên, đột xuất', 2.5),
        criterion('3', 'Tinh thần trách nhiệm trong thực thi công vụ', 2.5),
        criterion('4', 'Thái độ phục vụ người dân, doanh nghiệp và khả năng phối hợp với đồng nghiệp', 2.5)
      ]
    },
    {
      code: 'III',
      title: 'Năng lực đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung trong thực thi công vụ',
      max: 10,
      criteria: [
        criterion('1', 'Có sản phẩm, giải pháp đột phá, sáng tạo đem lại giá trị, hiệu quả thiết thực, tác động tích cực đến kết quả thực hiện nhiệm vụ của cơ quan, tổ chức, đơn vị.', 2.5),
        criterion('2', 'Sẵn sàng tham gia thực hiện nhiệm vụ chính trị đặc biệt quan trọng, nhiệm vụ có tính chất đột xuất, phức tạp hoặc trong điều kiện khó khăn.', 2.5),
        criterion('3', 'Có tinh thần chịu trách nhiệm trước kết quả công việc; chủ động nhận trách nhiệm khi có sai sót và có biện pháp khắc phục rõ ràng, cụ thể.', 2.5),
        criterion('4', 'Chủ động đưa ra quyết định trong phạm vi thẩm quyền, không né tránh; có tinh thần tiên phong trong thực hiện những nhiệm vụ mới.', 2.5)
      ]
    }
  ]
};

/** Points as the form prints them: positive, at most two decimals (2,5; 0,25). */
function validPoints(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value) && value > 0 && value <= 100 && Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

const samePoints = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

function validateTitled(item: { [key: string]: unknown }, field: string, errors: SettingsError[]): boolean {
  let ok = true;
  if (typeof item.code !== 'string' || !item.code.trim() || item.code.length > 20) {
    errors.push(error(`${field}.code`, 'phải có số thứ tự (tối đa 20 ký tự)', 'needs a number (at most 20 characters)'));
    ok = false;
  }
  if (typeof item.title !== 'string' || !item.title.trim() || item.title.length > 500) {
    errors.push(error(`${field}.title`, 'phải có nội dung tiêu chí (tối đa 500 ký tự)', 'needs the criterion text (at most 500 characters)'));
    ok = false;
  }
  if (!validPoints(item.max)) {
    errors.push(error(`${field}.max`, `điểm tối đa phải là số dương, tối đa hai chữ số thập phân; nhận được ${show(item.max)}`, `the maximum must be a positive number with at most two decimals, got ${show(item.max)}`));
    ok = false;
  }
  return ok;
}

function duplicateCodes(items: ReadonlyArray<{ [key: string]: unknown }>): string[] {
  const seen: string[] = [];
  const duplicates: string[] = [];
  items.forEach((i) => {
    const code = String(i.code).trim();
    if (seen.indexOf(code) >= 0 && duplicates.indexOf(code) < 0) duplicates.push(code);
    seen.push(code);
  });
  return duplicates;
}

/**
 * Mẫu 01 Section I (NĐ 335/2025 Phụ lục II; official-documents.md 1.1): the groups' maxima make the 30
 * points of the general criteria (CONFIRMED, law.md 5.1), a group's criteria make its maximum, and a
 * criterion split by the agency into parts is the sum of its parts.
 */
export function validateMau01Groups(value: unknown, field: string, errors: SettingsError[]): void {
  if (!Array.isArray(value) || value.length === 0 || value.length > 10) {
    errors.push(error(field, 'phải là danh sách từ 1 đến 10 nhóm tiêu chí', 'expected a list of 1 to 10 criteria groups'));
    return;
  }
  let total = 0;
  let complete = true;
  value.forEach((group: unknown, g) => {
    const gField = `${field}[${g}]`;
    if (!isPlainObject(group)) {
      errors.push(error(gField, 'phải là một nhóm { code, title, max, criteria }', 'expected a group { code, title, max, criteria }'));
      complete = false;
      return;
    }
    if (!validateTitled(group, gField, errors)) complete = false;
    else total += group.max as number;
    const criteria = group.criteria;
    if (!Array.isArray(criteria) || criteria.length === 0 || criteria.length > 30) {
      errors.push(error(`${gField}.criteria`, 'nhóm phải có từ 1 đến 30 tiêu chí', 'a group needs 1 to 30 criteria'));
      return;
    }
    let groupSum = 0;
    let groupComplete = true;
    criteria.forEach((c: unknown, i) => {
      const cField = `${gField}.criteria[${i}]`;
      if (!isPlainObject(c)) {
        errors.push(error(cField, 'phải là một tiêu chí { code, title, max, parts }', 'expected a criterion { code, title, max, parts }'));
        groupComplete = false;
        return;
      }
      if (!validateTitled(c, cField, errors)) groupComplete = false;
      else groupSum += c.max as number;
      const parts = c.parts === undefined ? [] : c.parts;
      if (!Array.isArray(parts) || parts.length > 30) {
        errors.push(error(`${cField}.parts`, 'phải là danh sách tối đa 30 tiêu chí thành phần', 'expected a list of at most 30 parts'));
        return;
      }
      let partsSum = 0;
      let partsComplete = true;
      parts.forEach((part: unknown, k) => {
        const pField = `${cField}.parts[${k}]`;
        if (!isPlainObject(part)) {
          errors.push(error(pField, 'phải là một tiêu chí thành phần { code, title, max }', 'expected a part { code, title, max }'));
          partsComplete = false;
        } else if (!validateTitled(part, pField, errors)) partsComplete = false;
        else partsSum += part.max as number;
      });
      if (partsComplete && parts.length > 0 && validPoints(c.max) && !samePoints(partsSum, c.max)) {
        errors.push(error(`${cField}.parts`, `tổng điểm các tiêu chí thành phần (${partsSum}) phải bằng điểm tối đa của tiêu chí (${c.max})`, `the parts sum to ${partsSum}, the criterion's maximum is ${c.max}`));
      }
      if (partsComplete && duplicateCodes(parts as Array<{ [key: string]: unknown }>).length) {
        errors.push(error(`${cField}.parts`, `số thứ tự trùng: ${duplicateCodes(parts as Array<{ [key: string]: unknown }>).join(', ')}`, `duplicate numbers: ${duplicateCodes(parts as Array<{ [key: string]: unknown }>).join(', ')}`));
      }
    });
    if (groupComplete && validPoints(group.max) && !samePoints(groupSum, group.max)) {
      errors.push(error(`${gField}.criteria`, `tổng điểm các tiêu chí (${groupSum}) phải bằng điểm tối đa của nhóm (${group.max})`, `the criteria sum to ${groupSum}, the group's maximum is ${group.max}`));
    }
    if (groupComplete && duplicateCodes(criteria as Array<{ [key: string]: unknown }>).length) {
      errors.push(error(`${gField}.criteria`, `số thứ tự trùng: ${duplicateCodes(criteria as Array<{ [key: string]: unknown }>).join(', ')}`, `duplicate numbers: ${duplicateCodes(criteria as Array<{ [key: string]: unknown }>).join(', ')}`));
    }
  });
  const max = ND335_RULE_SET.scoring.generalCriteriaMax;
  if (complete && !samePoints(total, max)) {
    errors.push(error(field, `tổng điểm tối đa các nhóm (${total}) phải bằng ${max} điểm tiêu chí chung (NĐ 335/2025)`, `the groups' maxima sum to ${total}; the general criteria are worth ${max} points (ND 335/2025)`));
  }
  if (complete && duplicateCodes(value as Array<{ [key: string]: unknown }>).length) {
    errors.push(error(field, `số thứ tự nhóm trùng: ${duplicateCodes(value as Array<{ [key: string]: unknown }>).join(', ')}`, `duplicate group numbers: ${duplicateCodes(value as Array<{ [key: string]: unknown }>).join(', ')}`));
  }
}


/** The groups that apply: HR's, or the national form when none is set (settings' default is empty). */
export function mau01GroupsOf(groups: readonly Mau01Group[] | undefined): Mau01Group[] {
  return groups && groups.length ? groups.slice() : DEFAULT_MAU01.groups;
}
