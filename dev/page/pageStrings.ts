/** The local page's own words (not the product's: those come from the product's loc files). */
export type PageLanguage = 'vi' | 'en';

export interface PageWords {
  title: string;
  loading: string;
  actingUser: string;
  language: string;
  webParts: string;
  /** where the web parts are shown: a SharePoint page, or a Teams tab in one of Teams' three themes */
  host: string;
  hosts: { sharePoint: string; default: string; dark: string; contrast: string };
  outbox: string;
  outboxEmpty: string;
  outboxKind: string;
  outboxTo: string;
  outboxSubject: string;
  outboxSentAt: string;
  serverUnreachable: (reason: string) => string;
  /** the user switcher: how to use it (read by screen readers with the field) */
  switcherHint: string;
  /** the list of people the switcher offers */
  switcherList: string;
  /** the group of the README's six accounts, one per role, offered first */
  sampleRoles: string;
  everyone: string;
  /** the list before anything is typed: part of the ministry, and how to find the rest */
  browsing: (shown: number, total: number) => string;
  /** more people match than the list shows */
  narrowing: (shown: number, total: number) => string;
  found: (total: number) => string;
  nothingFound: (query: string) => string;
  /** a role's name in this language (the server gives the Vietnamese one) */
  roleName: (role: string | undefined, vietnamese: string | undefined) => string;
}

const ENGLISH_ROLES: Record<string, string> = {
  staff: 'Civil servant',
  manager: 'Direct manager',
  deputyHead: 'Deputy head of unit',
  unitHead: 'Head of unit',
  leader: 'Ministry leader',
  hr: 'HR (Vụ Tổ chức cán bộ)',
  siteOwner: 'Site owner'
};

export const chrome: Record<PageLanguage, PageWords> = {
  vi: {
    title: 'Mạng nội bộ thử nghiệm: Đánh giá, xếp loại chất lượng công chức',
    loading: 'Đang tải…',
    actingUser: 'Người dùng đang thao tác',
    language: 'Ngôn ngữ',
    webParts: 'Các web part',
    host: 'Hiển thị trong',
    hosts: { sharePoint: 'Trang SharePoint', default: 'Thẻ Teams, giao diện mặc định', dark: 'Thẻ Teams, giao diện tối', contrast: 'Thẻ Teams, tương phản cao' },
    outbox: 'Thư và thông báo đã gửi',
    outboxEmpty: 'Chưa có thư hay thông báo Teams nào được gửi.',
    outboxKind: 'Loại',
    outboxTo: 'Người nhận',
    outboxSubject: 'Nội dung',
    outboxSentAt: 'Thời điểm',
    serverUnreachable: (reason) => `Không kết nối được máy chủ nội bộ (${reason}). Chạy lại “npm start” rồi tải lại trang.`,
    switcherHint: 'Gõ tên, đơn vị, chức vụ hoặc vai trò (có dấu hay không dấu đều được); phím mũi tên để duyệt danh sách, Enter để chọn, Esc để đóng.',
    switcherList: 'Danh sách người dùng',
    sampleRoles: 'Vai trò mẫu',
    everyone: 'Mọi người',
    browsing: (shown, total) => `Đang hiện ${shown} trong ${total} người; gõ tên, đơn vị, chức vụ hoặc vai trò để tìm.`,
    narrowing: (shown, total) => `${total} người khớp, đang hiện ${shown} người đầu; gõ thêm để thu hẹp.`,
    found: (total) => `${total} người khớp.`,
    nothingFound: (query) => `Không tìm thấy ai khớp “${query}”. Thử tên, đơn vị, chức vụ hoặc vai trò khác.`,
    roleName: (role, vietnamese) => vietnamese || role || ''
  },
  en: {
    title: 'Local intranet: civil servant evaluation and classification',
    loading: 'Loading…',
    actingUser: 'Acting user',
    language: 'Language',
    webParts: 'Web parts',
    host: 'Shown in',
    hosts: { sharePoint: 'A SharePoint page', default: 'A Teams tab, default theme', dark: 'A Teams tab, dark theme', contrast: 'A Teams tab, high contrast' },
    outbox: 'Mail and notifications sent',
    outboxEmpty: 'No mail or Teams notification has been sent yet.',
    outboxKind: 'Kind',
    outboxTo: 'To',
    outboxSubject: 'Content',
    outboxSentAt: 'Sent',
    serverUnreachable: (reason) => `The local server cannot be reached (${reason}). Run “npm start” again, then reload the page.`,
    switcherHint: 'Type a name, unit, position or role (with or without accents); the arrow keys move through the list, Enter chooses, Escape closes it.',
    switcherList: 'People',
    sampleRoles: 'Sample roles',
    everyone: 'Everyone',
    browsing: (shown, total) => `Showing ${shown} of ${total} people; type a name, unit, position or role to find someone.`,
    narrowing: (shown, total) => `${total} people match, showing the first ${shown}; type more to narrow the list.`,
    found: (total) => (total === 1 ? '1 person matches.' : `${total} people match.`),
    nothingFound: (query) => `Nobody matches “${query}”. Try another name, unit, position or role.`,
    roleName: (role, vietnamese) => (role && ENGLISH_ROLES[role]) || vietnamese || role || ''
  }
};
