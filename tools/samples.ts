/**
 * Writes the sample Excel files of "Nhập từ Excel" (samples/*.xlsx) from the sample ministry of the
 * local intranet (dev/seed, dev/product): its units and leaders, its catalogue, and a month's plans for
 * the people of one Vụ. Run with `npm run samples`; the files are committed.
 *
 * - don-vi.xlsx: the units as the sample site holds them (imported on it, nothing changes).
 * - danh-muc-san-pham.xlsx: the catalogue, plus two products of two Cục from next January (imported on
 *   the sample site: two new products that no form of this year offers).
 * - ke-hoach-thang.xlsx: December's plans of the people of Vụ Pháp chế.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startIntranet } from '../dev/server';
import { CATALOGUE_EFFECTIVE_FROM, catalogueUnitCode, PRODUCT_CATALOGUE } from '../dev/product/history/catalogue';
import { sampleUnitRows } from '../dev/product/sampleUnits';
import type { SiteProduct, SiteUnit } from '../src/domain/admin/import/records';
import { catalogueTemplate, plansTemplate, unitsTemplate, type TemplateFile } from '../src/domain/admin/import/template';
import { splitLogins } from '../src/services/graph/OrgDirectoryService';
import { writeTemplate } from '../src/services/admin/import/readWorkbook';

const OUT = path.join(__dirname, '..', 'samples');
const PLAN_YEAR = 2026;
const PLAN_MONTH = 12;
const PLAN_UNIT = 'PC';
const NEXT_JANUARY = `${PLAN_YEAR + 1}-01-01`;

/** Products a ministry would add for next year: each of one Cục, so this year's forms are unchanged. */
const NEW_PRODUCTS: SiteProduct[] = [
  { code: 'HSQTG', name: 'Hồ sơ đăng ký quyền tác giả, quyền liên quan được thẩm định', group: 'Hồ sơ thẩm định, cấp phép', measureUnit: 'hồ sơ', factor: 1.5, unitCode: 'BQTG', from: NEXT_JANUARY },
  { code: 'KBPHIM', name: 'Kịch bản phim được thẩm định tài trợ', group: 'Hồ sơ thẩm định, cấp phép', measureUnit: 'kịch bản', factor: 3, unitCode: 'DA', from: NEXT_JANUARY }
];

async function write(file: TemplateFile): Promise<void> {
  const bytes = await writeTemplate(file);
  fs.writeFileSync(path.join(OUT, file.fileName), Buffer.from(bytes));
  console.log(`samples/${file.fileName}: ${file.rows.length} rows`);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dgcc-samples-'));
  // The directory only (no site provisioning): the seed's people are the same at every start.
  const intranet = await startIntranet({ port: 0, dataDir, reset: true, staff: 300 });
  try {
    const users = intranet.store.directoryUsers();
    const units: SiteUnit[] = sampleUnitRows(users).map((row) => ({
      code: row.UnitCode,
      name: row.Title,
      level: row.UnitLevel,
      parentCode: row.ParentCode,
      headLogin: row.HeadLogin,
      deputyLogins: splitLogins(row.DeputyLogins),
      secretaryLogin: row.SecretaryLogin,
      evaluatorLogin: row.EvaluatorLogin,
      taskGroups: splitLogins(row.TaskGroups),
      // The sample site's rows hold from when they were recorded: the file leaves the date blank.
      from: ''
    }));
    const catalogue: SiteProduct[] = PRODUCT_CATALOGUE.map((p) => ({
      code: p.code,
      name: p.name,
      group: p.group,
      measureUnit: p.measureUnit,
      factor: p.conversionFactor,
      unitCode: catalogueUnitCode(p) || undefined,
      from: CATALOGUE_EFFECTIVE_FROM.slice(0, 10)
    }));
    const people = users.filter((u) => u.unitId === PLAN_UNIT && u.principalType === 1).sort((a, b) => a.upn.localeCompare(b.upn));
    const plans = people.flatMap((person, i) =>
      [
        { productCode: 'VBHC', quantity: 4 + (i % 3) },
        { productCode: 'BCDK', quantity: 1 },
        ...(i % 2 === 0 ? [{ productCode: 'DTQPPL', quantity: 1 }] : [])
      ].map((p) => ({ year: PLAN_YEAR, kind: 'MONTH' as const, index: PLAN_MONTH, login: person.upn, unitCode: PLAN_UNIT, ...p }))
    );
    fs.mkdirSync(OUT, { recursive: true });
    await write(unitsTemplate(units));
    await write(catalogueTemplate([...catalogue, ...NEW_PRODUCTS]));
    await write(plansTemplate(plans));
  } finally {
    await intranet.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
