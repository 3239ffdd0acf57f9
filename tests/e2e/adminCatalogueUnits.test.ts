/**
 * HR (Vụ Tổ chức cán bộ) keeps the catalogue of work products and the units from "Quản trị đánh giá":
 * adds a product and retires another with the keyboard, then records a new deputy of a phòng with the
 * mouse, choosing the person by name. Only things the journeys do not read are touched: a new product,
 * the Thanh tra's own product retired from next January, and a phòng of the Thanh tra. Axe on each screen.
 */
import { Locator, Page } from 'playwright-core';
import { browserForThisFile, TABS } from './support/browser';
import { actAs, announced, checkScreen } from './support/journey';
import { devUsers } from './support/intranet';

const HR = 'tran.thi.mai@vhttdl.local';
const PHONG = 'Phòng Thanh tra thể thao và du lịch';
const NEXT_JANUARY = `${new Date().getFullYear() + 1}-01-01`;
const NEXT_JANUARY_TYPED = `0101${new Date().getFullYear() + 1}`;
const SLOW = 90000;

let page: Page;
let errors: string[];
let admin: Locator;

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

async function adminTab(name: string): Promise<Locator> {
  const tab = admin.getByRole('tab', { name, exact: true });
  await tab.click();
  return admin.getByRole('tabpanel', { name });
}

test(
  'HR adds a product and retires another with the keyboard',
  async () => {
    admin = await actAs(page, HR, TABS.admin);
    const section = await adminTab('Danh mục sản phẩm');
    const add = section.getByRole('button', { name: 'Thêm sản phẩm' });
    await add.waitFor();
    await add.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Thêm sản phẩm vào danh mục' });
    const code = dialog.getByRole('textbox', { name: /Mã sản phẩm/ });
    await code.waitFor();
    // The first field has the focus (once the dialog has placed it there); the rest is typed and tabbed through.
    await page.waitForFunction((field) => document.activeElement === field, await code.elementHandle(), { timeout: 15000 });
    await page.keyboard.type('TLHD');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tài liệu hướng dẫn nghiệp vụ');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tài liệu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    // A factor of 0 is refused next to its field, nothing is written.
    await dialog.getByText('Nhập một số từ 0,01 đến 100.').waitFor();
    await checkScreen(page, 'admin-catalogue-add-refused');
    await dialog.getByRole('textbox', { name: /Hệ số quy đổi/ }).focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.type('2,5');
    await page.keyboard.press('Enter');
    await announced(section, 'Đã thêm sản phẩm TLHD – Tài liệu hướng dẫn nghiệp vụ vào danh mục.', SLOW);
    await section.getByRole('row', { name: /Tài liệu hướng dẫn nghiệp vụ/ }).waitFor();

    const retire = section.getByRole('button', { name: 'Ngừng áp dụng sản phẩm Kết luận thanh tra, kiểm tra chuyên ngành' });
    await retire.focus();
    await page.keyboard.press('Enter');
    const retiring = page.getByRole('dialog', { name: /Ngừng áp dụng sản phẩm Kết luận thanh tra/ });
    const date = retiring.getByLabel(/Ngừng áp dụng từ ngày/);
    await date.waitFor();
    // Typed as a person types a date in a Vietnamese browser (dd/mm/yyyy), segment after segment.
    await date.focus();
    await page.keyboard.type(NEXT_JANUARY_TYPED);
    if ((await date.inputValue()) !== NEXT_JANUARY) await date.fill(NEXT_JANUARY);
    await retiring.getByRole('button', { name: 'Ngừng áp dụng', exact: true }).focus();
    await page.keyboard.press('Enter');
    // The dialog closes once the row is written (it reads every report of the year first: slow).
    await retiring.waitFor({ state: 'detached', timeout: SLOW }).catch(async (error: unknown) => {
      await checkScreen(page, 'admin-catalogue-retire-stuck').catch(() => undefined);
      throw new Error(`the retirement dialog stayed open: ${(await retiring.innerText()).replace(/\s+/g, ' ')} (${String(error)})`);
    });
    await announced(section, /Đã ngừng áp dụng sản phẩm KLTT – Kết luận thanh tra, kiểm tra chuyên ngành từ ngày 01\/01\//, SLOW);
    await checkScreen(page, 'admin-catalogue');
  },
  SLOW * 3
);

test(
  'HR records a new deputy of a phòng with the mouse, chosen by name from the directory',
  async () => {
    const people = await devUsers('?unit=TTB');
    const deputy = people.find((p) => p.office === PHONG && p.role === 'staff');
    if (!deputy) throw new Error(`no staff member in ${PHONG}`);
    // Nothing left open by the test before (a dialog would cover the tabs).
    if (await page.getByRole('dialog').count()) await page.keyboard.press('Escape');
    const section = await adminTab('Đơn vị và cán bộ');
    await section.getByRole('button', { name: `Ghi nhận thay đổi của ${PHONG}` }).click();
    const dialog = page.getByRole('dialog', { name: `Ghi nhận thay đổi: ${PHONG}` });
    const picker = dialog.getByRole('combobox', { name: 'Cấp phó' });
    await picker.click();
    await page.keyboard.type(deputy.displayName);
    await page.getByRole('option').filter({ hasText: deputy.displayName }).first().click();
    await checkScreen(page, 'admin-units-change');
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await announced(section, `Đã ghi nhận thay đổi của ${PHONG}`, SLOW);
    // The table shows the unit as it now stands: the deputy by name (and position), not by e-mail.
    await section.getByRole('row').filter({ hasText: PHONG }).filter({ hasText: deputy.displayName }).waitFor();
    await checkScreen(page, 'admin-units');
    expect(errors).toEqual([]);
  },
  SLOW * 3
);

test(
  'HR records a transfer with the keyboard: the person chosen by name, their manager until then filled in from the directory',
  async () => {
    const people = await devUsers('?unit=TTB');
    const moved = people.filter((p) => p.office === PHONG && p.role === 'staff')[1];
    if (!moved) throw new Error(`no second staff member in ${PHONG}`);
    const section = admin.getByRole('tabpanel', { name: 'Đơn vị và cán bộ' });
    const transfers = section.getByRole('region', { name: 'Điều chuyển công chức giữa các đơn vị' });
    const person = transfers.getByRole('combobox', { name: 'Công chức được điều chuyển' });
    await person.focus();
    await page.keyboard.type(moved.displayName);
    // The picker's suggestion (the page's user switcher has hidden options with the same names).
    await page.getByRole('option').filter({ hasText: moved.displayName, visible: true }).first().waitFor();
    await page.keyboard.press('Enter');
    // The directory's manager is filled in (by name and position); the date is today's; the decision is typed.
    await transfers.getByText('Người quản lý trực tiếp trước khi điều chuyển').locator('..').filter({ hasText: /Trưởng phòng|Chánh Thanh tra/ }).waitFor();
    await transfers.getByRole('textbox', { name: /Căn cứ/ }).focus();
    await page.keyboard.type('Quyết định số 25/QĐ-BVHTTDL');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await announced(transfers, `Đã ghi nhận: ${moved.displayName}`, SLOW);
    await transfers.getByRole('table', { name: 'Các lần điều chuyển đã ghi nhận' }).getByRole('row').filter({ hasText: moved.displayName }).waitFor();
    await checkScreen(page, 'admin-units-transfer');
    expect(errors).toEqual([]);
  },
  SLOW * 2
);
