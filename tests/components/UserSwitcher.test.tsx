/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { chrome } from '../../dev/page/pageStrings';
import { findPeople, folded, indexPeople, type DevAccount } from '../../dev/page/peopleSearch';
import { UserSwitcher } from '../../dev/page/UserSwitcher';

/**
 * The local page's user switcher (issue 14: "choosing who you are among 300 people is one long list;
 * make it searchable, by name, unit and role"): a combobox with a list (WAI-ARIA APG), accents and case
 * ignored, keyboard only, the README's six role accounts first, at most 50 people shown at 2,000.
 */

const person = (upn: string, displayName: string, jobTitle: string, office: string, department: string, role: string, roleLabel: string, wellKnown = false): DevAccount => ({
  userPrincipalName: `${upn}@vhttdl.local`,
  displayName,
  jobTitle,
  office,
  department,
  role,
  roleLabel,
  wellKnown
});

// The README's table of role accounts, then people of the late unit (Phòng Báo điện tử of Cục Báo chí).
const SAMPLE: DevAccount[] = [
  person('nguyen.van.an', 'Nguyễn Văn An', 'Chuyên viên', 'Phòng Quản lý di tích', 'Cục Di sản văn hóa', 'staff', 'Công chức', true),
  person('vu.duc.minh', 'Vũ Đức Minh', 'Trưởng phòng Quản lý di tích', 'Phòng Quản lý di tích', 'Cục Di sản văn hóa', 'manager', 'Người quản lý trực tiếp', true),
  person('dang.thu.ha', 'Đặng Thu Hà', 'Cục trưởng', 'Cục Di sản văn hóa', 'Cục Di sản văn hóa', 'unitHead', 'Người đứng đầu đơn vị', true),
  person('le.minh.quang', 'Lê Minh Quang', 'Thứ trưởng', 'Lãnh đạo Bộ', 'Lãnh đạo Bộ', 'leader', 'Lãnh đạo Bộ', true),
  person('tran.thi.mai', 'Trần Thị Mai', 'Chuyên viên chính', 'Vụ Tổ chức cán bộ', 'Vụ Tổ chức cán bộ', 'hr', 'Cán bộ tổ chức', true),
  person('quantri', 'Quản trị hệ thống', 'Quản trị hệ thống', 'Phòng Quản trị', 'Văn phòng Bộ', 'siteOwner', 'Quản trị trang', true),
  person('ngo.thu.giang', 'Ngô Thu Giang', 'Cục trưởng', 'Cục Báo chí', 'Cục Báo chí', 'unitHead', 'Người đứng đầu đơn vị'),
  person('phan.van.dung', 'Phan Văn Dũng', 'Trưởng phòng Báo điện tử', 'Phòng Báo điện tử', 'Cục Báo chí', 'manager', 'Người quản lý trực tiếp'),
  person('ngo.trong.trung', 'Ngô Trọng Trung', 'Chuyên viên', 'Phòng Báo điện tử', 'Cục Báo chí', 'staff', 'Công chức'),
  // Has every word of "báo điện tử" somewhere, but not as the phrase: found after the unit's people.
  person('tran.van.tu', 'Trần Văn Tú', 'Chuyên viên', 'Phòng Phát thanh điện tử', 'Cục Báo chí', 'staff', 'Công chức'),
  person('ngo.van.trong', 'Ngô Văn Trọng', 'Chuyên viên', 'Phòng Thư viện', 'Vụ Thư viện', 'staff', 'Công chức')
];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Anh', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hùng', 'Lan', 'Minh', 'Thảo'];
/** A 2,000-person ministry: the sample, then staff named from the lists above in 20 phòng. */
function ministryOf(size: number): DevAccount[] {
  const people = SAMPLE.slice();
  for (let i = 0; people.length < size; i++) {
    const name = `${SURNAMES[i % 10]} Văn ${GIVEN[Math.floor(i / 10) % 10]}`;
    people.push(person(`staff.${i}`, name, 'Chuyên viên', `Phòng ${(i % 20) + 1}`, 'Cục Văn hóa cơ sở', 'staff', 'Công chức'));
  }
  return people;
}

function renderSwitcher(accounts: DevAccount[] = SAMPLE, value = SAMPLE[0].userPrincipalName): { box: HTMLElement; chosen: string[] } {
  const chosen: string[] = [];
  function Page(): JSX.Element {
    const [user, setUser] = React.useState(value);
    return (
      <UserSwitcher
        accounts={accounts}
        value={user}
        words={chrome.vi}
        onChange={(upn) => {
          chosen.push(upn);
          setUser(upn);
        }}
      />
    );
  }
  render(<Page />);
  const box = screen.getByRole('combobox', { name: 'Người dùng đang thao tác' });
  box.focus();
  return { box, chosen };
}

const optionTexts = (): string[] => screen.queryAllByRole('option').map((o) => o.textContent || '');
const activeOption = (box: HTMLElement): string => {
  const id = box.getAttribute('aria-activedescendant');
  const option = id ? document.getElementById(id) : null;
  return option ? option.textContent || '' : '';
};
/** What the live region says (read out by screen readers as the list changes). */
const status = (): string => (document.querySelector('[aria-live="polite"]') || { textContent: '' }).textContent || '';
const type = (box: HTMLElement, text: string): boolean => fireEvent.change(box, { target: { value: text } });
const press = (box: HTMLElement, key: string): boolean => fireEvent.keyDown(box, { key });

describe('the local page’s user switcher', () => {
  it('typing "ngo trong" without accents narrows to the person so named; the keyboard chooses them', () => {
    const { box, chosen } = renderSwitcher();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    type(box, 'ngo trong');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    // Name – position · unit. Ngô Văn Trọng has both words, but not as the phrase typed.
    expect(optionTexts()).toEqual(['Ngô Trọng Trung – Chuyên viên · Phòng Báo điện tử, Cục Báo chí']);
    expect(status()).toBe('1 người khớp.');
    expect(activeOption(box)).toContain('Ngô Trọng Trung');
    press(box, 'ArrowDown');
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Ngô Trọng Trung');
    press(box, 'Enter');
    expect(chosen).toEqual(['ngo.trong.trung@vhttdl.local']);
    // Closed again: the field names the person, and no option is left in the page (hidden or not).
    expect((box as HTMLInputElement).value).toBe('Ngô Trọng Trung');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelectorAll('[role="option"], [role="listbox"]')).toHaveLength(0);
    expect(status()).toBe('');
  });

  it('finds by unit and by position as a phrase, accents and case ignored; otherwise by every word in any order', () => {
    const { box, chosen } = renderSwitcher();
    const names = (): string[] => optionTexts().map((t) => t.replace(/^[^:]*: /, '').split(' – ')[0]);
    type(box, 'báo điện tử');
    expect(names()).toEqual(['Phan Văn Dũng', 'Ngô Trọng Trung']);
    type(box, 'BAO DIEN TU');
    expect(names()).toEqual(['Phan Văn Dũng', 'Ngô Trọng Trung']);
    type(box, 'Cục trưởng');
    expect(names()).toEqual(['Đặng Thu Hà', 'Ngô Thu Giang']);
    // The role, as the switcher names it, finds everyone who holds it.
    type(box, 'nguoi quan ly truc tiep');
    expect(names()).toEqual(['Vũ Đức Minh', 'Phan Văn Dũng']);
    // No phrase matches: every word, in any order, at the start of a word.
    type(box, 'giang cuc bao chi');
    expect(optionTexts()).toEqual(['Ngô Thu Giang – Cục trưởng · Cục Báo chí']);
    type(box, 'tu bao dien');
    expect(names()).toEqual(['Phan Văn Dũng', 'Ngô Trọng Trung', 'Trần Văn Tú']);
    type(box, 'trong ngo');
    expect(names()).toEqual(['Ngô Trọng Trung', 'Ngô Văn Trọng']);
    press(box, 'ArrowDown');
    expect(activeOption(box)).toContain('Ngô Văn Trọng');
    press(box, 'ArrowUp');
    expect(activeOption(box)).toContain('Ngô Trọng Trung');
    press(box, 'ArrowDown');
    press(box, 'Enter');
    expect(chosen).toEqual(['ngo.van.trong@vhttdl.local']);
    type(box, 'xyz');
    expect(optionTexts()).toEqual([]);
    expect(status()).toBe('Không tìm thấy ai khớp “xyz”. Thử tên, đơn vị, chức vụ hoặc vai trò khác.');
  });

  it('opened with the arrow key, the six role accounts come first under "Vai trò mẫu"; Escape closes and keeps the user', () => {
    // The directory lists the site owner first (GET /_dev/users): the group keeps the README's order.
    const { box, chosen } = renderSwitcher(SAMPLE.slice().reverse());
    press(box, 'ArrowDown');
    const group = screen.getByRole('group', { name: 'Vai trò mẫu' });
    const roles = within(group).getAllByRole('option').map((o) => o.textContent);
    expect(roles).toEqual([
      'Công chức: Nguyễn Văn An – Chuyên viên · Phòng Quản lý di tích, Cục Di sản văn hóa',
      'Người quản lý trực tiếp: Vũ Đức Minh – Trưởng phòng Quản lý di tích · Phòng Quản lý di tích, Cục Di sản văn hóa',
      'Người đứng đầu đơn vị: Đặng Thu Hà – Cục trưởng · Cục Di sản văn hóa',
      'Lãnh đạo Bộ: Lê Minh Quang – Thứ trưởng · Lãnh đạo Bộ',
      'Cán bộ tổ chức: Trần Thị Mai – Chuyên viên chính · Vụ Tổ chức cán bộ',
      'Quản trị trang: Quản trị hệ thống – Quản trị hệ thống · Phòng Quản trị, Văn phòng Bộ'
    ]);
    expect(activeOption(box)).toContain('Nguyễn Văn An');
    for (let i = 0; i < 5; i++) press(box, 'ArrowDown');
    expect(activeOption(box)).toContain('Quản trị hệ thống');
    press(box, 'Escape');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect((box as HTMLInputElement).value).toBe('Nguyễn Văn An');
    expect(chosen).toEqual([]);
    // Typed, then abandoned with Escape: the current person stays.
    type(box, 'giang');
    press(box, 'Escape');
    expect((box as HTMLInputElement).value).toBe('Nguyễn Văn An');
    expect(chosen).toEqual([]);
  });

  it('the login typed whole finds that person only; a name still being typed finds the whole name first', () => {
    const { box, chosen } = renderSwitcher([person('nguyen.van.anh', 'Nguyễn Văn Anh', 'Chuyên viên', 'Phòng 1', 'Cục Văn hóa cơ sở', 'staff', 'Công chức')].concat(SAMPLE));
    const names = (): string[] => optionTexts().map((t) => t.replace(/^[^:]*: /, '').split(' – ')[0]);
    type(box, 'nguyen van an');
    expect(names()).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh']);
    type(box, 'nguyen.van.an@vhttdl.local');
    expect(names()).toEqual(['Nguyễn Văn An']);
    press(box, 'Enter');
    // Already the acting user: nothing changes.
    expect(chosen).toEqual([]);
    type(box, 'nguyen.van.anh@vhttdl.local');
    press(box, 'Enter');
    expect(chosen).toEqual(['nguyen.van.anh@vhttdl.local']);
  });

  it('at 2,000 people the list shows at most 50 and says that typing more narrows it', () => {
    const ministry = ministryOf(2000);
    const { box, chosen } = renderSwitcher(ministry);
    type(box, 'nguyen');
    const expected = ministry.filter((p) => p.displayName.startsWith('Nguyễn')).length;
    expect(expected).toBeGreaterThan(50);
    expect(screen.getAllByRole('option')).toHaveLength(50);
    expect(status()).toBe(`${expected} người khớp, đang hiện 50 người đầu; gõ thêm để thu hẹp.`);
    // Not a phrase of anyone (the middle name is missing): every word, in any order.
    type(box, 'thao nguyen');
    const thao = ministry.filter((p) => p.displayName === 'Nguyễn Văn Thảo').length;
    expect(thao).toBeGreaterThan(1);
    expect(thao).toBeLessThan(50);
    expect(optionTexts()).toHaveLength(thao);
    expect(optionTexts().every((t) => t.startsWith('Nguyễn Văn Thảo – Chuyên viên · Phòng '))).toBe(true);
    expect(status()).toBe(`${thao} người khớp.`);
    press(box, 'Enter');
    expect(chosen).toHaveLength(1);
  });
});

describe('finding people in memory', () => {
  it('folds Vietnamese letters, đ included, and case', () => {
    expect(folded('Đặng Thu Hà – CỤC TRƯỞNG')).toBe('dang thu ha cuc truong');
    expect(folded('Phòng Báo điện tử')).toBe('phong bao dien tu');
  });

  it('answers each keystroke at 2,000 people well within a frame', () => {
    const index = indexPeople(ministryOf(2000));
    const queries = ['n', 'ng', 'ngu', 'nguy', 'nguye', 'nguyen', 'nguyen v', 'nguyen va', 'nguyen van', 'nguyen van t', 'nguyen van th', 'cuc van hoa', 'phong 1'];
    const started = process.hrtime.bigint();
    const rounds = 20;
    for (let r = 0; r < rounds; r++) queries.forEach((q) => findPeople(index, q, 50));
    const perQueryMs = Number(process.hrtime.bigint() - started) / 1e6 / (rounds * queries.length);
    // A keystroke has about 16 ms before the list lags behind the typing; a busy 2-core CI machine
    // gets a 4× margin on that.
    expect(perQueryMs).toBeLessThan(4);
  });
});
