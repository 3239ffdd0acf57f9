import { NoticeKind, noticeMessage, vietnameseDate } from '../../src/domain/evaluation/noticeText';

const LINK = 'https://vhttdl.sharepoint.com/sites/danhgia/SitePages/DanhGia.aspx';
const ALL_KINDS: NoticeKind[] = [
  'PERIOD_SUBMITTED',
  'PERIOD_RETURNED',
  'PERIOD_REVIEWED',
  'SELF_EVALUATION_SUBMITTED',
  'MINUTES_RECORDED',
  'DECIDED',
  'PUBLISHED',
  'COMPLAINT_FILED',
  'COMPLAINT_ANSWERED',
  'REMINDER'
];

describe('the words of each notice (Vietnamese first, the ministry’s language)', () => {
  it.each(ALL_KINDS)('%s names the person and the period in the subject, and gives the link in the body', (kind) => {
    const message = noticeMessage({ kind, subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026', link: LINK });
    expect(message.subject).toContain('Nguyễn Văn An');
    expect(message.subject).toContain('Tháng 11/2026');
    expect(message.subject.startsWith('[Đánh giá công chức] ')).toBe(true);
    expect(message.text).toContain('Nguyễn Văn An');
    expect(message.text).toContain('Tháng 11/2026');
    expect(message.text).toContain(`Mở trang đánh giá: ${LINK}`);
    expect(message.headline).toContain('Nguyễn Văn An');
    expect(message.preview.length).toBeLessThanOrEqual(150);
  });

  it('says what happened in Vietnamese, then one English line', () => {
    const submitted = noticeMessage({ kind: 'PERIOD_SUBMITTED', subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026' });
    expect(submitted.subject).toBe('[Đánh giá công chức] Nguyễn Văn An đã nộp phiếu Tháng 11/2026, chờ chấm điểm');
    const lines = submitted.text.split('\n');
    expect(lines[0]).toContain('chờ người quản lý trực tiếp chấm điểm');
    expect(lines[lines.length - 1]).toBe("Nguyễn Văn An submitted Tháng 11/2026; it waits for the direct manager's scoring.");
    expect(noticeMessage({ kind: 'PUBLISHED', subjectName: 'Lê Thị Bình', periodLabel: 'Năm 2026' }).subject).toContain('đã được công khai');
    expect(noticeMessage({ kind: 'MINUTES_RECORDED', subjectName: 'Phòng Quản lý di tích', periodLabel: 'Năm 2026' }).text).toContain('chờ người có thẩm quyền quyết định xếp loại');
  });

  it('is NFC: Vietnamese letters are composed, as the ministry’s documents and mail clients expect', () => {
    for (const kind of ALL_KINDS) {
      const message = noticeMessage({ kind, subjectName: 'Đặng Thu Hà', periodLabel: 'Quý 4/2026', detail: 'Đồng ý', link: LINK });
      expect(message.subject).toBe(message.subject.normalize('NFC'));
      expect(message.text).toBe(message.text.normalize('NFC'));
    }
  });

  it('quotes what the manager typed as plain text, verbatim, under its label', () => {
    const reason = 'Thiếu minh chứng cho <b>sản phẩm 3</b> & "văn bản 12/BC"\r\nBổ sung trước 10/12.';
    const message = noticeMessage({ kind: 'PERIOD_RETURNED', subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026', detail: reason });
    expect(message.text).toContain('Lý do trả lại:\nThiếu minh chứng cho <b>sản phẩm 3</b> & "văn bản 12/BC"\nBổ sung trước 10/12.');
    expect(message.text).not.toContain('&amp;');
    expect(message.preview.startsWith('Lý do trả lại: Thiếu minh chứng')).toBe(true);
  });

  it('keeps the subject on one line whatever the name holds, and cuts a long preview', () => {
    const message = noticeMessage({ kind: 'COMPLAINT_FILED', subjectName: 'Nguyễn\nVăn   An', periodLabel: 'Năm 2026', detail: 'x'.repeat(400) });
    expect(message.subject).toBe('[Đánh giá công chức] Nguyễn Văn An khiếu nại kết quả Năm 2026');
    expect(message.preview).toHaveLength(150);
    expect(message.preview.endsWith('…')).toBe(true);
  });

  it('a reminder names the deadline as a day in Hà Nội', () => {
    // 17:00 UTC on 4 December is already 5 December in Hà Nội (UTC+7)
    const message = noticeMessage({ kind: 'REMINDER', subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026', deadline: '2026-12-04T17:00:00Z', link: LINK });
    expect(message.subject).toBe('[Đánh giá công chức] Nhắc hạn: Nguyễn Văn An chưa nộp phần tự đánh giá Tháng 11/2026');
    expect(message.text).toContain('hạn chót là ngày 05/12/2026');
    expect(vietnameseDate('2026-12-15T00:00:00Z')).toBe('15/12/2026');
  });
});
