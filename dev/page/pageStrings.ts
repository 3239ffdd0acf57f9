/** The local page's own words (not the product's: those come from the product's loc files). */
export type PageLanguage = 'vi' | 'en';

export interface PageWords {
  title: string;
  loading: string;
  actingUser: string;
  language: string;
  webParts: string;
  outbox: string;
  outboxEmpty: string;
  outboxKind: string;
  outboxTo: string;
  outboxSubject: string;
  outboxSentAt: string;
  serverUnreachable: (reason: string) => string;
}

export const chrome: Record<PageLanguage, PageWords> = {
  vi: {
    title: 'Mạng nội bộ thử nghiệm: Đánh giá, xếp loại chất lượng công chức',
    loading: 'Đang tải…',
    actingUser: 'Người dùng đang thao tác',
    language: 'Ngôn ngữ',
    webParts: 'Các web part',
    outbox: 'Thư và thông báo đã gửi',
    outboxEmpty: 'Chưa có thư hay thông báo Teams nào được gửi.',
    outboxKind: 'Loại',
    outboxTo: 'Người nhận',
    outboxSubject: 'Nội dung',
    outboxSentAt: 'Thời điểm',
    serverUnreachable: (reason) => `Không kết nối được máy chủ nội bộ (${reason}). Chạy lại “npm start” rồi tải lại trang.`
  },
  en: {
    title: 'Local intranet: civil servant evaluation and classification',
    loading: 'Loading…',
    actingUser: 'Acting user',
    language: 'Language',
    webParts: 'Web parts',
    outbox: 'Mail and notifications sent',
    outboxEmpty: 'No mail or Teams notification has been sent yet.',
    outboxKind: 'Kind',
    outboxTo: 'To',
    outboxSubject: 'Content',
    outboxSentAt: 'Sent',
    serverUnreachable: (reason) => `The local server cannot be reached (${reason}). Run “npm start” again, then reload the page.`
  }
};
