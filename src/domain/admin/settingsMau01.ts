import type { Mau01Criterion, Mau01Group, Mau01Part } from '../rating/settings';

/**
 * Mẫu 01's criteria as HR types them: one line per item, "number | points | text", the way the form
 * reads (official-documents.md 1.1): a Roman numeral opens a group (I, II, III), a number is one of its
 * criteria (1, 2), and "1.1", "1.2" are the parts an agency splits criterion 1 into. Points take a
 * decimal comma or point (2,5 or 2.5). The sums are checked by validateSettings, not here.
 */
export interface OutlineProblem {
  line: number;
  vi: string;
  en: string;
}

const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)$/;
const CRITERION = /^(\d{1,2})$/;
const PART = /^(\d{1,2})\.(\d{1,2})$/;

function points(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return undefined;
  return Number(t);
}

export function formatPoints(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

export function formatMau01Outline(groups: readonly Mau01Group[]): string {
  const lines: string[] = [];
  groups.forEach((g) => {
    lines.push(`${g.code} | ${formatPoints(g.max)} | ${g.title}`);
    g.criteria.forEach((c) => {
      lines.push(`${c.code} | ${formatPoints(c.max)} | ${c.title}`);
      c.parts.forEach((p) => lines.push(`${p.code} | ${formatPoints(p.max)} | ${p.title}`));
    });
  });
  return lines.join('\n');
}

export function parseMau01Outline(text: string): { groups: Mau01Group[]; problems: OutlineProblem[] } {
  const groups: Mau01Group[] = [];
  const problems: OutlineProblem[] = [];
  let group: Mau01Group | undefined;
  let criterion: Mau01Criterion | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    const cells = raw.split('|');
    if (cells.length < 3) {
      problems.push({ line, vi: `Dòng ${line}: viết theo mẫu "số thứ tự | điểm tối đa | nội dung".`, en: `Line ${line}: write "number | maximum | text".` });
      return;
    }
    const code = cells[0].trim();
    const max = points(cells[1]);
    const title = cells.slice(2).join('|').trim();
    if (max === undefined) {
      problems.push({ line, vi: `Dòng ${line}: điểm tối đa "${cells[1].trim()}" không phải là số (ví dụ 2,5).`, en: `Line ${line}: the maximum "${cells[1].trim()}" is not a number (e.g. 2.5).` });
      return;
    }
    if (ROMAN.test(code)) {
      group = { code, title, max, criteria: [] };
      criterion = undefined;
      groups.push(group);
    } else if (CRITERION.test(code)) {
      if (!group) {
        problems.push({ line, vi: `Dòng ${line}: tiêu chí ${code} phải nằm trong một nhóm (I, II, III…).`, en: `Line ${line}: criterion ${code} must be inside a group (I, II, III…).` });
        return;
      }
      criterion = { code, title, max, parts: [] };
      group.criteria.push(criterion);
    } else if (PART.test(code)) {
      const m = PART.exec(code) as RegExpExecArray;
      if (!criterion || criterion.code !== m[1]) {
        problems.push({ line, vi: `Dòng ${line}: tiêu chí thành phần ${code} phải đứng sau tiêu chí ${m[1]}.`, en: `Line ${line}: part ${code} must follow criterion ${m[1]}.` });
        return;
      }
      const part: Mau01Part = { code, title, max };
      criterion.parts.push(part);
    } else {
      problems.push({ line, vi: `Dòng ${line}: số thứ tự "${code}" phải là I, II, III… (nhóm), 1, 2… (tiêu chí) hoặc 1.1, 1.2… (thành phần).`, en: `Line ${line}: the number "${code}" must be I, II, III… (group), 1, 2… (criterion) or 1.1, 1.2… (part).` });
    }
  });
  return { groups, problems };
}
