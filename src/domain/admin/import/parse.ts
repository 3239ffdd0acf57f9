import type { UnitLevel } from '../../org/orgModel';
import { normalizeLogin } from '../../org/orgModel';
import { PLAN_COLUMNS, PRODUCT_COLUMNS, UNIT_COLUMNS, type ImportKind } from './layouts';
import {
  FACTOR_MAX,
  FACTOR_MIN,
  MEASURE_UNIT_MAX,
  normalizeProductCode,
  PRODUCT_CODE_PATTERN,
  PRODUCT_GROUP_MAX,
  PRODUCT_NAME_MAX
} from '../catalogue';
import { UNIT_CODE_PATTERN, UNIT_NAME_MAX } from '../units';
import { planKey, type ImportContext, type PlanPeriodKind, type PlanRecord, type ProductRecord, type UnitRecord } from './records';
import { cellDate, cellNumber, cellText, findHeaderRow, isBlankRow, normalizeText, type Cell, type ColumnSpec, type ImportProblem, type Sheet } from './sheet';

export interface Parsed<R> {
  records: R[];
  problems: ImportProblem[];
}

/** Reads one row's cells by column key, and records its problems with the row and the column's header. */
class RowReader<K extends string> {
  public constructor(
    private readonly sheet: string,
    public readonly row: number,
    private readonly cells: readonly Cell[],
    private readonly specs: readonly ColumnSpec<K>[],
    private readonly at: { [key in K]?: number },
    private readonly problems: ImportProblem[]
  ) {}

  public cell(key: K): Cell {
    const index = this.at[key];
    return index === undefined ? undefined : this.cells[index];
  }

  public text(key: K): string {
    return cellText(this.cell(key));
  }

  /** How many blocking problems the row has: a row with any gives no record. */
  public errors: number = 0;

  public error(key: K | '', vi: string, en: string): void {
    this.errors++;
    this.add('ERROR', key, vi, en);
  }

  public warning(key: K | '', vi: string, en: string): void {
    this.add('WARNING', key, vi, en);
  }

  private add(severity: ImportProblem['severity'], key: K | '', vi: string, en: string): void {
    const spec = this.specs.find((s) => s.key === key);
    this.problems.push({ sheet: this.sheet, row: this.row, column: spec ? spec.header : '', severity, vi, en });
  }

  /** A required text: '' with a problem when blank. */
  public required(key: K): string {
    const value = this.text(key);
    if (!value) this.error(key, 'không được để trống.', 'must not be blank.');
    return value;
  }

  /** An optional date; undefined (with a problem if something unreadable was typed) otherwise. */
  public date(key: K): string | undefined {
    const text = this.text(key);
    if (!text) return undefined;
    const date = cellDate(this.cell(key));
    if (!date) this.error(key, `phải là một ngày (dd/mm/yyyy), đang là '${text}'.`, `must be a date (dd/mm/yyyy), it is '${text}'.`);
    return date;
  }
}

const quote = (text: string): string => `'${text}'`;
const byPlace = (a: ImportProblem, b: ImportProblem): number => a.row - b.row;

/**
 * Walks the sheet with the layout's header row: each non-blank row below it is handed to `read`.
 * A file without such a header row gets one problem naming the headers it needs.
 */
function readRows<K extends string>(
  sheets: readonly Sheet[],
  specs: readonly ColumnSpec<K>[],
  read: (row: RowReader<K>) => void
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const sheet of sheets) {
    const header = findHeaderRow(sheet, specs);
    if (!header) continue;
    for (let index = header.index + 1; index < sheet.rows.length; index++) {
      const cells = sheet.rows[index] || [];
      if (isBlankRow(cells)) continue;
      read(new RowReader(sheet.name, index + 1, cells, specs, header.columns, problems));
    }
    return problems;
  }
  const needed = specs.filter((s) => s.required).map((s) => s.header).join(', ');
  problems.push({
    sheet: sheets.length ? sheets[0].name : '',
    row: 0,
    column: '',
    severity: 'ERROR',
    vi: `không tìm thấy dòng tiêu đề. Tệp cần có các cột: ${needed} (xem tệp mẫu).`,
    en: `no header row found. The file needs the columns: ${needed} (see the sample file).`
  });
  return problems;
}

/** "a@x; b@x" or one per line in the cell, the way people paste lists. */
function splitList(text: string): string[] {
  return text
    .split(/[\n;,]+/)
    .map((s) => s.trim())
    .filter((s) => !!s);
}

/**
 * A person named by email or by sign-in name ("nguyen.van.an" for nguyen.van.an@…) as the directory
 * knows them; undefined with a problem otherwise.
 */
function resolvePerson<K extends string>(reader: RowReader<K>, key: K, typed: string, context: ImportContext): string | undefined {
  const login = normalizeLogin(typed);
  if (login.indexOf('@') >= 0) {
    if (context.directory.indexOf(login) >= 0) return login;
  } else {
    const matches = context.directory.filter((l) => l.split('@')[0] === login);
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      reader.error(key, `tên đăng nhập ${quote(typed)} trùng với nhiều người (${matches.join(', ')}): ghi địa chỉ email đầy đủ.`, `sign-in name ${quote(typed)} matches several people (${matches.join(', ')}): write the full email address.`);
      return undefined;
    }
  }
  reader.error(key, `không có ${quote(typed)} trong danh bạ của Bộ: kiểm tra lại địa chỉ email hoặc tên đăng nhập.`, `${quote(typed)} is not in the ministry's directory: check the email address or sign-in name.`);
  return undefined;
}

const LEVELS: { [normalized: string]: UnitLevel } = {
  bo: 'MINISTRY',
  ministry: 'MINISTRY',
  cuc: 'AGENCY',
  vu: 'AGENCY',
  'cuc vu': 'AGENCY',
  'vu cuc': 'AGENCY',
  'tong cuc': 'AGENCY',
  'van phong': 'AGENCY',
  'van phong bo': 'AGENCY',
  'thanh tra': 'AGENCY',
  'thanh tra bo': 'AGENCY',
  agency: 'AGENCY',
  phong: 'DIVISION',
  division: 'DIVISION'
};

function periodKindOf(text: string): PlanPeriodKind | undefined {
  const word = normalizeText(text);
  if (word === 'thang' || word === 'month' || word === 'monthly' || word === 'hang thang') return 'MONTH';
  if (word === 'quy' || word === 'quarter' || word === 'quarterly' || word === 'hang quy') return 'QUARTER';
  return undefined;
}

/** The units file: one row per unit, as it stands from its date. */
export function parseUnits(sheets: readonly Sheet[], context: ImportContext): Parsed<UnitRecord> {
  const records: UnitRecord[] = [];
  const firstRow: { [code: string]: number } = {};
  const problems = readRows(sheets, UNIT_COLUMNS, (r) => {
    const code = r.required('code').toUpperCase();
    if (code && !UNIT_CODE_PATTERN.test(code)) {
      r.error('code', `phải gồm 1 đến 20 chữ in hoa không dấu, chữ số, "-" hoặc "_", đang là ${quote(code)}.`, `must be 1 to 20 capital letters, digits, "-" or "_", it is ${quote(code)}.`);
    }
    const name = r.required('name');
    if (name.length > UNIT_NAME_MAX) r.error('name', `dài quá ${UNIT_NAME_MAX} ký tự: rút gọn tên.`, `is longer than ${UNIT_NAME_MAX} characters: shorten it.`);
    const levelText = r.required('level');
    const level = levelText ? LEVELS[normalizeText(levelText)] : undefined;
    if (levelText && !level) r.error('level', `phải là Bộ, Cục/Vụ hoặc Phòng, đang là ${quote(levelText)}.`, `must be Bộ, Cục/Vụ or Phòng, it is ${quote(levelText)}.`);
    const parentCode = r.text('parent').toUpperCase() || undefined;
    if (level && level !== 'MINISTRY' && !parentCode) r.error('parent', 'phải ghi mã đơn vị cấp trên (chỉ cấp Bộ được để trống).', 'must give the parent unit’s code (only the ministry has none).');
    if (parentCode && parentCode === code) r.error('parent', 'một đơn vị không thể là cấp trên của chính nó.', 'a unit cannot be its own parent.');
    const person = (key: 'head' | 'secretary' | 'evaluator'): string | undefined => {
      const typed = r.text(key);
      return typed ? resolvePerson(r, key, typed, context) : undefined;
    };
    const headLogin = person('head');
    const deputyLogins = splitList(r.text('deputies'))
      .map((typed) => resolvePerson(r, 'deputies', typed, context))
      .filter((l): l is string => !!l);
    if (headLogin && deputyLogins.indexOf(headLogin) >= 0) {
      r.error('deputies', `${headLogin} đã là thủ trưởng: bỏ khỏi cột cấp phó.`, `${headLogin} is the head already: remove them from the deputies.`);
    }
    const secretaryLogin = person('secretary');
    const evaluatorLogin = person('evaluator');
    const kindText = r.text('periodKind');
    const periodKind = kindText ? periodKindOf(kindText) : undefined;
    if (kindText && !periodKind) r.error('periodKind', `phải là Tháng hoặc Quý (để trống: theo quy định chung của Bộ), đang là ${quote(kindText)}.`, `must be Tháng (month) or Quý (quarter), blank for the ministry’s rule; it is ${quote(kindText)}.`);
    const effectiveFrom = r.date('from');
    // Nobody appoints themself (domain/org/unitHistory ignores such a row): another HR member imports it.
    const roles: Array<['head' | 'deputies' | 'secretary' | 'evaluator', string | undefined]> = [
      ['head', headLogin],
      ...deputyLogins.map((l): ['deputies', string] => ['deputies', l]),
      ['secretary', secretaryLogin],
      ['evaluator', evaluatorLogin]
    ];
    roles
      .filter(([, login]) => login === context.importerLogin)
      .forEach(([key]) =>
        r.error(key, 'Đồng chí không thể tự ghi mình vào vai trò lãnh đạo, thư ký hoặc người đánh giá: đề nghị một cán bộ tổ chức khác nhập dòng này.', 'you cannot name yourself in a role of authority: ask another HR member to import this row.')
      );
    if (code && firstRow[code]) {
      r.error('code', `mã ${code} đã có ở dòng ${firstRow[code]}: mỗi đơn vị một dòng.`, `code ${code} is already on row ${firstRow[code]}: one row per unit.`);
      return;
    }
    if (code) firstRow[code] = r.row;
    if (r.errors > 0 || !level) return;
    records.push({ row: r.row, code, name, level, parentCode, headLogin, deputyLogins, secretaryLogin, evaluatorLogin, periodKind, effectiveFrom });
  });
  // Parents are checked once every row is read: a parent may come later in the file.
  const parentOf: { [code: string]: string | undefined } = {};
  context.units.forEach((u) => (parentOf[u.code] = u.parentCode));
  records.forEach((u) => (parentOf[u.code] = u.parentCode));
  records.forEach((record) => {
    if (record.parentCode && !(record.parentCode in parentOf)) {
      problems.push(unitProblem(sheets, record.row, 'parent', `không có đơn vị mã ${record.parentCode} trong tệp hay trên trang: thêm đơn vị cấp trên trước hoặc sửa mã.`, `there is no unit ${record.parentCode} in the file or on the site: add the parent first or correct the code.`));
      return;
    }
    // The tree as it would be after the import: walking up from the unit must never come back to it.
    const seen: { [code: string]: boolean } = {};
    for (let cursor = record.parentCode; cursor && !seen[cursor]; cursor = parentOf[cursor]) {
      seen[cursor] = true;
      if (cursor === record.code && record.parentCode !== record.code) {
        problems.push(unitProblem(sheets, record.row, 'parent', `${record.parentCode} là đơn vị cấp dưới của ${record.code}: một đơn vị không thể nằm dưới đơn vị trực thuộc của chính nó.`, `${record.parentCode} is under ${record.code}: a unit cannot sit under one of its own units.`));
        break;
      }
    }
  });
  return { records, problems: problems.sort(byPlace) };
}

function unitProblem(sheets: readonly Sheet[], row: number, key: string, vi: string, en: string): ImportProblem {
  const spec = UNIT_COLUMNS.find((s) => s.key === key);
  const sheet = sheets.find((s) => !!findHeaderRow(s, UNIT_COLUMNS));
  return { sheet: sheet ? sheet.name : '', row, column: spec ? spec.header : '', severity: 'ERROR', vi, en };
}

/**
 * The catalogue file: one row per product code, for one unit (and the units under it) or, blank, for
 * the whole ministry, with the catalogue's own rules (domain/admin/catalogue: code, factor's range).
 */
export function parseCatalogue(sheets: readonly Sheet[], context: ImportContext): Parsed<ProductRecord> {
  const records: ProductRecord[] = [];
  const firstRow: { [key: string]: number } = {};
  const problems = readRows(sheets, PRODUCT_COLUMNS, (r) => {
    const code = normalizeProductCode(r.required('code'));
    if (code && !PRODUCT_CODE_PATTERN.test(code)) {
      r.error('code', `phải gồm 2 đến 20 chữ in hoa không dấu, chữ số, "-" hoặc "_", bắt đầu bằng chữ, đang là ${quote(code)}.`, `must be 2 to 20 capital letters, digits, "-" or "_", starting with a letter; it is ${quote(code)}.`);
    }
    const name = r.required('name');
    if (name.length > PRODUCT_NAME_MAX) r.error('name', `dài quá ${PRODUCT_NAME_MAX} ký tự: rút gọn tên.`, `is longer than ${PRODUCT_NAME_MAX} characters: shorten it.`);
    const group = r.required('group');
    if (group.length > PRODUCT_GROUP_MAX) r.error('group', `dài quá ${PRODUCT_GROUP_MAX} ký tự: rút gọn tên nhóm.`, `is longer than ${PRODUCT_GROUP_MAX} characters: shorten it.`);
    const measureUnit = r.text('measureUnit');
    if (measureUnit.length > MEASURE_UNIT_MAX) r.error('measureUnit', `dài quá ${MEASURE_UNIT_MAX} ký tự.`, `is longer than ${MEASURE_UNIT_MAX} characters.`);
    const factorText = r.text('factor');
    const factor = cellNumber(r.cell('factor'));
    const factorOk = factor !== undefined && factor > 0 && factor >= FACTOR_MIN && factor <= FACTOR_MAX;
    if (factor === undefined || factor <= 0) {
      r.error('factor', `phải là số lớn hơn 0, đang là ${quote(factorText)}.`, `must be a number greater than 0, it is ${quote(factorText)}.`);
    } else if (!factorOk) {
      r.error('factor', `phải từ ${FACTOR_MIN} đến ${FACTOR_MAX} (kiểm tra số 0 thừa hoặc dấu thập phân), đang là ${quote(factorText)}.`, `must be between ${FACTOR_MIN} and ${FACTOR_MAX} (check for an extra zero or the decimal mark), it is ${quote(factorText)}.`);
    }
    const unitCodes = splitList(r.text('unit').toUpperCase());
    if (unitCodes.length > 1) {
      r.error('unit', `mỗi mã sản phẩm áp dụng cho một đơn vị (và các đơn vị trực thuộc) hoặc toàn Bộ (để trống), đang ghi ${unitCodes.length} đơn vị: đặt mã riêng cho từng đơn vị hoặc để trống.`, `a product code applies to one unit (and the units under it) or, blank, to the whole ministry; ${unitCodes.length} units are given: give each unit its own code or leave it blank.`);
    }
    const unitCode = unitCodes.length === 1 ? unitCodes[0] : undefined;
    if (unitCode && !context.units.some((unit) => unit.code === unitCode)) {
      r.error('unit', `không có đơn vị mã ${unitCode} trên trang: sửa mã, hoặc nhập danh sách đơn vị trước.`, `there is no unit ${unitCode} on the site: correct the code, or import the units first.`);
    }
    const effectiveFrom = r.date('from');
    const effectiveTo = r.date('to');
    if (effectiveFrom && effectiveTo && effectiveTo <= effectiveFrom) {
      r.error('to', `phải sau ngày hiệu lực từ (${effectiveFrom}), đang là ${effectiveTo}.`, `must be after the date it takes effect (${effectiveFrom}), it is ${effectiveTo}.`);
    }
    if (code && firstRow[code]) {
      r.error('code', `mã ${code} đã có ở dòng ${firstRow[code]}: mỗi sản phẩm một dòng.`, `code ${code} is already on row ${firstRow[code]}: one row per product.`);
      return;
    }
    if (code) firstRow[code] = r.row;
    if (r.errors > 0) return;
    records.push({ row: r.row, code, name, group, measureUnit: measureUnit || undefined, factor: factor as number, unitCode, effectiveFrom, effectiveTo });
  });
  return { records, problems: problems.sort(byPlace) };
}

const ROMAN: { [roman: string]: number } = { i: 1, ii: 2, iii: 3, iv: 4 };

/** "Tháng 3", "T3", "Quý 2", "Q2", "Quý II": the period of a plan row. */
export function planPeriodOf(text: string): { kind: PlanPeriodKind; index: number } | undefined {
  const match = /^(thang|t|month|quy|q|quarter)\s*(\d{1,2}|i{1,3}|iv)$/.exec(normalizeText(text).replace(/\s+/g, ' '));
  if (!match) return undefined;
  const kind: PlanPeriodKind = match[1] === 'thang' || match[1] === 't' || match[1] === 'month' ? 'MONTH' : 'QUARTER';
  const index = ROMAN[match[2]] || Number(match[2]);
  if (index < 1 || index > (kind === 'MONTH' ? 12 : 4)) return undefined;
  return { kind, index };
}

/** The plans file: one row per person, period and product. */
export function parsePlans(sheets: readonly Sheet[], context: ImportContext): Parsed<PlanRecord> {
  const records: PlanRecord[] = [];
  const firstRow: { [key: string]: number } = {};
  const problems = readRows(sheets, PLAN_COLUMNS, (r) => {
    const yearText = r.required('year');
    const year = cellNumber(r.cell('year'));
    const yearOk = year !== undefined && Number.isInteger(year) && year >= 2000 && year <= 2100;
    if (yearText && !yearOk) r.error('year', `phải là một năm (ví dụ 2026), đang là ${quote(yearText)}.`, `must be a year (e.g. 2026), it is ${quote(yearText)}.`);
    const periodText = r.required('period');
    const period = periodText ? planPeriodOf(periodText) : undefined;
    if (periodText && !period) r.error('period', `phải là "Tháng n" (1 đến 12) hoặc "Quý n" (1 đến 4), đang là ${quote(periodText)}.`, `must be "Tháng n" (month 1 to 12) or "Quý n" (quarter 1 to 4), it is ${quote(periodText)}.`);
    const typed = r.required('login');
    const login = typed ? resolvePerson(r, 'login', typed, context) : undefined;
    const unitCode = r.required('unit').toUpperCase();
    const unit = context.units.find((u) => u.code === unitCode);
    if (unitCode && !unit) r.error('unit', `không có đơn vị mã ${unitCode} trên trang: sửa mã, hoặc nhập danh sách đơn vị trước.`, `there is no unit ${unitCode} on the site: correct the code, or import the units first.`);
    if (unit && unit.periodKind && period && unit.periodKind !== period.kind) {
      r.warning('period', `đơn vị ${unitCode} đánh giá theo ${unit.periodKind === 'MONTH' ? 'tháng' : 'quý'}: kế hoạch theo ${period.kind === 'MONTH' ? 'tháng' : 'quý'} vẫn được ghi.`, `unit ${unitCode} is evaluated by ${unit.periodKind === 'MONTH' ? 'month' : 'quarter'}: the ${period.kind === 'MONTH' ? 'monthly' : 'quarterly'} plan is recorded all the same.`);
    }
    const productCode = r.required('product').toUpperCase();
    const versions = context.catalogue.filter((p) => p.code.toUpperCase() === productCode);
    if (productCode && versions.length === 0) {
      r.error('product', `không có sản phẩm mã ${productCode} trong danh mục: sửa mã, hoặc nhập danh mục sản phẩm trước.`, `there is no product ${productCode} in the catalogue: correct the code, or import the catalogue first.`);
    } else if (productCode && unit && !versions.some((p) => !p.unitCode || p.unitCode === unitCode || p.unitCode === unit.parentCode)) {
      r.warning('product', `sản phẩm ${productCode} không thuộc danh mục của đơn vị ${unitCode}: vẫn được ghi vào kế hoạch.`, `product ${productCode} is not in unit ${unitCode}’s catalogue: it is planned all the same.`);
    }
    const quantityText = r.required('quantity');
    const quantity = cellNumber(r.cell('quantity'));
    if (quantityText && (quantity === undefined || quantity <= 0)) {
      r.error('quantity', `phải là số lớn hơn 0 (bỏ dòng để xóa khỏi kế hoạch), đang là ${quote(quantityText)}.`, `must be a number greater than 0 (leave the row out to remove it from the plan), it is ${quote(quantityText)}.`);
    }
    if (r.errors > 0 || !period || !login || quantity === undefined) return;
    const record: PlanRecord = { row: r.row, year: year as number, kind: period.kind, index: period.index, login, unitCode, productCode, quantity };
    const key = planKey(record);
    if (firstRow[key]) {
      r.error('product', `sản phẩm ${productCode} của ${login} trong ${periodText} năm ${year} đã có ở dòng ${firstRow[key]}: gộp thành một dòng.`, `product ${productCode} for ${login} in ${periodText} ${year} is already on row ${firstRow[key]}: merge them into one row.`);
      return;
    }
    firstRow[key] = r.row;
    records.push(record);
  });
  return { records, problems: problems.sort(byPlace) };
}

export type ImportRecord = UnitRecord | ProductRecord | PlanRecord;

/** The parser of a kind. */
export function parseSheets(kind: ImportKind, sheets: readonly Sheet[], context: ImportContext): Parsed<ImportRecord> {
  if (kind === 'UNITS') return parseUnits(sheets, context);
  if (kind === 'CATALOGUE') return parseCatalogue(sheets, context);
  return parsePlans(sheets, context);
}
