/**
 * HR (Vụ Tổ chức cán bộ) imports the shipped sample catalogue from "Quản trị đánh giá" › "Nhập từ
 * Excel": the preview says what the file changes (its two products of two Cục from next January, the
 * rest unchanged), nothing is written before the confirmation, the result is one message, and the same
 * file again changes nothing. The two products start next year and belong to Cục the other files'
 * journeys do not read: this year's forms are unchanged. Every screen is checked with axe. The file's
 * name sorts it before adminCatalogueUnits, which changes the seeded catalogue the sample file matches.
 */
import * as path from 'path';
import { Locator, Page } from 'playwright-core';
import { browserForThisFile, TABS } from './support/browser';
import { actAs, announced, checkScreen } from './support/journey';

const HR = 'tran.thi.mai@vhttdl.local';
const FILE = 'danh-muc-san-pham.xlsx';
const SAMPLE = path.join(__dirname, '..', '..', 'samples', FILE);
// Reading the file loads exceljs, then the site's lists; the write is a few requests per product.
const SLOW = 60000;

let page: Page;
let view: Locator;

browserForThisFile((opened) => {
  ({ page } = opened);
});

test('HR previews the sample catalogue: what it adds, nothing written yet', async () => {
  view = await actAs(page, HR, TABS.admin);
  await view.getByRole('tab', { name: 'Nhập từ Excel' }).click();
  await view.getByRole('radio', { name: 'Danh mục sản phẩm' }).click();
  await view.getByLabel('Tệp Excel (.xlsx)').setInputFiles(SAMPLE);
  await view.getByText(/^Tệp danh-muc-san-pham\.xlsx: 2 mới, 0 thay đổi, \d+ không đổi, 0 bỏ\.$/).waitFor({ timeout: SLOW });
  const changes = view.getByRole('table', { name: 'Những gì sẽ được ghi' });
  await changes.getByRole('rowheader', { name: /^HSQTG – / }).waitFor();
  await changes.getByRole('rowheader', { name: /^KBPHIM – / }).waitFor();
  await checkScreen(page, 'admin-import-preview');
});

test('HR confirms: one message says what was written', async () => {
  await view.getByRole('button', { name: 'Ghi vào danh sách' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText(`Ghi 2 mới, 0 thay đổi, 0 bỏ từ tệp ${FILE}.`, { exact: false }).waitFor();
  await checkScreen(page, 'admin-import-confirm');
  await dialog.getByRole('button', { name: 'Xác nhận ghi' }).click();
  await announced(view, `Đã ghi từ tệp ${FILE}: 2 mới, 0 thay đổi, 0 bỏ.`, SLOW);
  await checkScreen(page, 'admin-import-done');
});

test('the same file again changes nothing, and nothing can be written', async () => {
  await view.getByLabel('Tệp Excel (.xlsx)').setInputFiles(SAMPLE);
  await view.getByText(/^Tệp danh-muc-san-pham\.xlsx: 0 mới, 0 thay đổi, \d+ không đổi, 0 bỏ\.$/).waitFor({ timeout: SLOW });
  await view.getByText('Tệp không khác danh sách hiện có: không có gì để ghi.').waitFor();
  expect(await view.getByRole('button', { name: 'Ghi vào danh sách' }).getAttribute('aria-disabled')).toBe('true');
  await checkScreen(page, 'admin-import-unchanged');
});
