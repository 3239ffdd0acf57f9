/**
 * One fixed account per role. They exist whatever the scale (--staff), in the same places, so the
 * README, the page's switcher, the browser tests and scripts can rely on them.
 * Chain: staff → manager (trưởng phòng) → unitHead (cục trưởng) → leader (thứ trưởng) → Bộ trưởng.
 */
export type DevRole = 'staff' | 'manager' | 'deputyHead' | 'unitHead' | 'leader' | 'hr' | 'siteOwner';

export interface WellKnownAccount {
  role: DevRole;
  upn: string;
  displayName: string;
  jobTitle: string;
  department: string;
  /** what the account is for, in Vietnamese (shown by the switcher) */
  roleLabel: string;
}

export const DOMAIN = 'vhttdl.local';

export const WELL_KNOWN_ACCOUNTS: readonly WellKnownAccount[] = [
  { role: 'staff', upn: `nguyen.van.an@${DOMAIN}`, displayName: 'Nguyễn Văn An', jobTitle: 'Chuyên viên', department: 'Cục Di sản văn hóa', roleLabel: 'Công chức' },
  { role: 'manager', upn: `vu.duc.minh@${DOMAIN}`, displayName: 'Vũ Đức Minh', jobTitle: 'Trưởng phòng Quản lý di tích', department: 'Cục Di sản văn hóa', roleLabel: 'Người quản lý trực tiếp' },
  { role: 'unitHead', upn: `dang.thu.ha@${DOMAIN}`, displayName: 'Đặng Thu Hà', jobTitle: 'Cục trưởng', department: 'Cục Di sản văn hóa', roleLabel: 'Người đứng đầu đơn vị' },
  { role: 'leader', upn: `le.minh.quang@${DOMAIN}`, displayName: 'Lê Minh Quang', jobTitle: 'Thứ trưởng', department: 'Lãnh đạo Bộ', roleLabel: 'Lãnh đạo Bộ (người có thẩm quyền)' },
  { role: 'hr', upn: `tran.thi.mai@${DOMAIN}`, displayName: 'Trần Thị Mai', jobTitle: 'Chuyên viên chính', department: 'Vụ Tổ chức cán bộ', roleLabel: 'Cán bộ tổ chức (Vụ Tổ chức cán bộ)' },
  { role: 'siteOwner', upn: `quantri@${DOMAIN}`, displayName: 'Quản trị hệ thống', jobTitle: 'Quản trị hệ thống', department: 'Văn phòng Bộ', roleLabel: 'Quản trị trang (chủ sở hữu site)' }
];

/** The fixed accounts by role, e.g. DEV_ACCOUNTS.manager.upn */
export const DEV_ACCOUNTS: Readonly<Record<'staff' | 'manager' | 'unitHead' | 'leader' | 'hr' | 'siteOwner', WellKnownAccount>> = {
  staff: WELL_KNOWN_ACCOUNTS[0],
  manager: WELL_KNOWN_ACCOUNTS[1],
  unitHead: WELL_KNOWN_ACCOUNTS[2],
  leader: WELL_KNOWN_ACCOUNTS[3],
  hr: WELL_KNOWN_ACCOUNTS[4],
  siteOwner: WELL_KNOWN_ACCOUNTS[5]
};

/** The Bộ trưởng, also fixed (the top of every manager chain). */
export const MINISTER = { upn: `pham.quoc.hung@${DOMAIN}`, displayName: 'Phạm Quốc Hưng', jobTitle: 'Bộ trưởng' };
