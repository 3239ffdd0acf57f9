import { noticePlaces } from '../../src/domain/evaluation/noticePlaces';
import { NoticeContent, NoticeKind, noticeMessage, vietnameseDate } from '../../src/domain/evaluation/noticeText';
import { placeFromSearch } from '../../src/domain/place';

const PAGE = 'https://vhttdl.sharepoint.com/sites/danhgia/SitePages/DanhGia.aspx';
/** November's own form of a civil servant: where a notice about their month links. */
const NOVEMBER = noticePlaces.myPeriod({ id: 11, kind: 'MONTH', year: 2026 });
const LINK = `${PAGE}?dgcc-view=my&dgcc-period-id=11`;
/** The fields every notice has: where its link goes. */
const AT = { pageUrl: PAGE, place: NOVEMBER };
const NOWHERE: Pick<NoticeContent, 'place'> = { place: {} };
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
  'REMINDER',
  'REMINDER_DUE',
  'REMINDER_COPY'
];

describe('the words of each notice (Vietnamese first, the ministry’s language)', () => {
  it.each(ALL_KINDS)('%s names the person and the period in the subject, and gives the link in the body', (kind) => {
    const message = noticeMessage({ kind, subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026', ...AT });
    expect(message.subject).toContain('Nguyễn Văn An');
    // Inside a sentence the period is written in lower case ("phiếu tháng 11/2026"), as the ministry writes it.
    expect(message.subject).toContain('tháng 11/2026');
    expect(message.subject).not.toContain('Tháng 11/2026');
    expect(message.subject.startsWith('[Đánh giá công chức] ')).toBe(true);
    expect(message.text).toContain('Nguyễn Văn An');
    expect(message.text).toContain('tháng 11/2026');
    expect(message.text).toContain(`Mở trang đánh giá: ${LINK}`);
    expect(message.link).toBe(LINK);
    expect(message.headline).toContain('Nguyễn Văn An');
    expect(message.preview.length).toBeLessThanOrEqual(150);
  });

  it('says what happened in Vietnamese, then one English line', () => {
    const submitted = noticeMessage({ kind: 'PERIOD_SUBMITTED', subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026', ...NOWHERE });
    expect(submitted.subject).toBe('[Đánh giá công chức] Nguyễn Văn An đã nộp phiếu tháng 11/2026, chờ chấm điểm');
    const lines = submitted.text.split('\n');
    expect(lines[0]).toContain('chờ người quản lý trực tiếp chấm điểm');
    expect(lines[lines.length - 1]).toBe("Nguyễn Văn An submitted Tháng 11/2026; it waits for the direct manager's scoring.");
    expect(noticeMessage({ kind: 'PUBLISHED', subjectName: 'Lê Thị Bình', periodLabel: 'Năm 2026', ...NOWHERE }).subject).toContain('đã được công khai');
    expect(noticeMessage({ kind: 'MINUTES_RECORDED', subjectName: 'Phòng Quản lý di tích', periodLabel: 'Năm 2026', ...NOWHERE }).text).toContain('chờ người có thẩm quyền quyết định xếp loại');
  });

  it('is NFC: Vietnamese letters are composed, as the ministry’s documents and mail clients expect', () => {
    for (const kind of ALL_KINDS) {
      const message = noticeMessage({ kind, subjectName: 'Đặng Thu Hà', subjectPosition: 'Cục trưởng', periodLabel: 'Quý 4/2026', detail: 'Đồng ý', ...AT });
      expect(message.subject).toBe(message.subject.normalize('NFC'));
      expect(message.text).toBe(message.text.normalize('NFC'));
    }
  });

  it('quotes what the manager typed as plain text, verbatim, under its label', () => {
    const reason = 'Thiếu minh chứng cho <b>sản phẩm 3</b> & "văn bản 12/BC"\r\nBổ sung trước 10/12.';
    const message = noticeMessage({ kind: 'PERIOD_RETURNED', subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026', detail: reason, ...NOWHERE });
    expect(message.text).toContain('Lý do trả lại:\nThiếu minh chứng cho <b>sản phẩm 3</b> & "văn bản 12/BC"\nBổ sung trước 10/12.');
    expect(message.text).not.toContain('&amp;');
    expect(message.preview.startsWith('Lý do trả lại: Thiếu minh chứng')).toBe(true);
  });

  it('keeps the subject on one line whatever the name holds, and cuts a long preview', () => {
    const message = noticeMessage({ kind: 'COMPLAINT_FILED', subjectName: 'Nguyễn\nVăn   An', periodLabel: 'Năm 2026', detail: 'x'.repeat(400), ...NOWHERE });
    expect(message.subject).toBe('[Đánh giá công chức] Nguyễn Văn An khiếu nại kết quả năm 2026');
    expect(message.preview).toHaveLength(150);
    expect(message.preview.endsWith('…')).toBe(true);
  });

  it('a reminder names the deadline as a day in Hà Nội', () => {
    // 17:00 UTC on 4 December is already 5 December in Hà Nội (UTC+7)
    const message = noticeMessage({ kind: 'REMINDER', subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026', deadline: '2026-12-04T17:00:00Z', ...AT });
    expect(message.subject).toBe('[Đánh giá công chức] Nhắc hạn: Nguyễn Văn An chưa nộp phần tự đánh giá tháng 11/2026');
    expect(message.text).toContain('hạn chót là ngày 05/12/2026');
    expect(vietnameseDate('2026-12-15T00:00:00Z')).toBe('15/12/2026');
  });

  it('a reminder before the deadline says it is coming; a late one, that it has come', () => {
    const due = noticeMessage({ kind: 'REMINDER_DUE', subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026', deadline: '2026-12-05T00:00:00Z', ...AT });
    expect(due.subject).toBe('[Đánh giá công chức] Sắp đến hạn: Nguyễn Văn An chưa nộp phần tự đánh giá tháng 11/2026 (hạn 05/12/2026)');
    expect(due.text).toContain('nộp trên trang đánh giá trước thời hạn');
    expect(due.text).toContain('the deadline is 05/12/2026');
    const late = noticeMessage({ kind: 'REMINDER', subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026', deadline: '2026-12-05T00:00:00Z', ...AT });
    expect(late.text).toContain('the deadline was 05/12/2026');
  });
});

describe('people are named by name and position, never by address', () => {
  it('names the person the notice is about with their position', () => {
    const message = noticeMessage({ kind: 'PERIOD_SUBMITTED', subjectName: 'Nguyễn Văn An', subjectPosition: 'Chuyên viên', periodLabel: 'Tháng 11/2026', ...NOWHERE });
    expect(message.subject).toBe('[Đánh giá công chức] Nguyễn Văn An (Chuyên viên) đã nộp phiếu tháng 11/2026, chờ chấm điểm');
    expect(message.text.startsWith('Nguyễn Văn An (Chuyên viên) đã nộp')).toBe(true);
  });

  it('a manager’s copy lists each person reminded as "Họ tên – Chức vụ, đơn vị", with a deadline of their own when it differs', () => {
    const message = noticeMessage({
      kind: 'REMINDER_COPY',
      subjectName: 'Vũ Đức Minh',
      subjectPosition: 'Trưởng phòng Quản lý di tích',
      periodLabel: 'Tháng 11/2026',
      deadline: '2026-12-05T00:00:00Z',
      pageUrl: PAGE,
      place: noticePlaces.periodProgress(11),
      people: [
        { name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: 'Cục Di sản văn hóa › Phòng Quản lý di tích', deadline: '2026-12-05T00:00:00Z' },
        { name: 'Lê Thị Bình', position: 'Chuyên viên chính', unitName: 'Cục Di sản văn hóa › Phòng Quản lý di tích', deadline: '2026-12-10T00:00:00Z' },
        { name: 'Phạm Hữu Cường' }
      ]
    });
    expect(message.subject).toBe('[Đánh giá công chức] Bản sao nhắc hạn tháng 11/2026: 3 người do Vũ Đức Minh quản lý trực tiếp chưa nộp');
    const lines = message.text.split('\n');
    expect(lines.slice(1, 4)).toEqual([
      '- Nguyễn Văn An – Chuyên viên, Cục Di sản văn hóa › Phòng Quản lý di tích',
      '- Lê Thị Bình – Chuyên viên chính, Cục Di sản văn hóa › Phòng Quản lý di tích (hạn 10/12/2026)',
      '- Phạm Hữu Cường'
    ]);
    expect(message.link).toBe(`${PAGE}?dgcc-view=dashboard&dgcc-period-id=11`);
  });
});

describe('the link opens the notice’s own place, not the front page', () => {
  it('builds the address from the page and the place, and the web parts read the same place back', () => {
    const place = noticePlaces.periodReview(11, 'nguyen.van.an@vhttdl.local');
    const message = noticeMessage({ kind: 'PERIOD_SUBMITTED', subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026', pageUrl: `${PAGE}?env=WebView`, place });
    const link = message.link as string;
    expect(link.startsWith(`${PAGE}?env=WebView&`)).toBe(true);
    expect(placeFromSearch(link.slice(link.indexOf('?')))).toEqual({ view: 'review', screen: 'period', periodId: 11, person: 'nguyen.van.an@vhttdl.local' });
    expect(message.text).toContain(`Mở trang đánh giá: ${link}`);
    expect(message.text).toContain(`Open the evaluation page: ${link}`);
  });

  it('has no link at all when the page is not known', () => {
    const message = noticeMessage({ kind: 'PERIOD_REVIEWED', subjectName: 'Nguyễn Văn An', periodLabel: 'Tháng 11/2026', place: NOVEMBER });
    expect(message.link).toBeUndefined();
    expect(message.text).not.toContain('Mở trang đánh giá');
  });

  it('a civil servant’s month opens their month; their year, their year; a unit’s year, its sheet', () => {
    expect(noticePlaces.myPeriod({ id: 11, kind: 'MONTH', year: 2026 })).toEqual({ view: 'my', periodId: 11 });
    expect(noticePlaces.myPeriod({ id: 13, kind: 'YEAR', year: 2026 })).toEqual({ view: 'my', screen: 'year', year: 2026 });
    expect(noticePlaces.unitYear(2026, 'CDSVH', 'nguyen.van.an@vhttdl.local')).toEqual({ view: 'review', screen: 'unitYear', year: 2026, unit: 'CDSVH', person: 'nguyen.van.an@vhttdl.local' });
    expect(noticePlaces.unitYear(2026, 'CDSVH')).toEqual({ view: 'review', screen: 'unitYear', year: 2026, unit: 'CDSVH' });
  });
});
