import { placeLink, type Place } from '../place';
import { periodTitleInSentence } from './periodTitle';

/**
 * The words of each notice the product sends (mail, Teams activity feed), in Vietnamese, the
 * ministry's language, with one English line after it. Pure: the notifier only carries the result.
 *
 * Everything is plain text: what a person typed (a return reason, a complaint, an answer) goes out as
 * typed and is never read as HTML by any client.
 */
export type NoticeKind =
  | 'PERIOD_SUBMITTED' // to the direct manager: a period waits for scoring
  | 'PERIOD_RETURNED' // to the civil servant: correct and submit again (with the reason)
  | 'PERIOD_REVIEWED' // to the civil servant: the period was scored
  | 'SELF_EVALUATION_SUBMITTED' // to the minutes keepers of the unit: the year's file is ready for the meeting
  | 'MINUTES_RECORDED' // to the competent evaluator: the unit waits for the decision
  | 'DECIDED' // to the civil servant: their rating is decided
  | 'PUBLISHED' // to the civil servant: the results are published
  | 'COMPLAINT_FILED' // to the competent evaluator
  | 'COMPLAINT_ANSWERED' // to the civil servant
  | 'REMINDER' // from HR to someone late for a deadline (its day has come)
  | 'REMINDER_DUE' // from HR to someone who has not submitted yet, the deadline coming
  | 'REMINDER_COPY'; // from HR to a direct manager: one copy listing their people reminded

/** A person named in a notice: by name and position (and unit), never by e-mail address. */
export interface NoticePerson {
  name: string;
  /** Chức vụ, from the directory. */
  position?: string;
  unitName?: string;
  /** Their own deadline (ISO) when it is not everyone's (an extension). */
  deadline?: string;
}

export interface NoticeContent {
  kind: NoticeKind;
  /** The person (or unit) the notice is about; for a manager's copy, the manager. */
  subjectName: string;
  /** The person's position (chức vụ), named after their name: a name alone may be shared by several. */
  subjectPosition?: string;
  /** The period in words, e.g. "Tháng 11/2026" or "Năm 2026". */
  periodLabel: string;
  /** Free text the actor typed. */
  detail?: string;
  /** The page the product's web parts are on; without it the notice has no link. */
  pageUrl?: string;
  /** What the link opens on that page: the exact item (noticePlaces), not the page's front. */
  place: Place;
  /** The deadline (ISO), for a reminder. */
  deadline?: string;
  /** A manager's copy of reminders: the people reminded, each by name and position. */
  people?: readonly NoticePerson[];
}

export interface NoticeMessage {
  /** Mail subject: one line. */
  subject: string;
  /** One line for the Teams activity feed (its "reason" line). */
  headline: string;
  /** Mail body, plain text: Vietnamese, then English. */
  text: string;
  /** Teams preview text (the feed shows the start of it). */
  preview: string;
  /** The address of the notice's place, when the page is known. */
  link?: string;
}

const PRODUCT = 'Đánh giá công chức';
/** Teams cuts the preview short; Graph refuses a long one. */
const PREVIEW_MAX = 150;
/** A typed detail is quoted in full up to this length: the page holds the rest. */
const DETAIL_MAX = 2000;

/** Hà Nội time (UTC+7, no daylight saving): deadlines are Vietnamese calendar days. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "05/12/2026": the deadline's calendar day in Hà Nội. */
export function vietnameseDate(iso: string): string {
  const time = Date.parse(iso);
  if (isNaN(time)) return iso;
  const d = new Date(time + VIETNAM_OFFSET_MS);
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** A name or a label inside a one-line subject: no line breaks, no runs of spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** "Nguyễn Văn An (Chuyên viên)": a person as a sentence names them. */
function nameWithPosition(name: string, position: string | undefined): string {
  const title = position ? oneLine(position) : '';
  return title ? `${name} (${title})` : name;
}

/** "Nguyễn Văn An – Chuyên viên, Phòng Quản lý di tích": a person as a list names them. */
export function personLine(person: NoticePerson): string {
  const where = [person.position, person.unitName].map((part) => oneLine(part || '')).filter((part) => !!part);
  return where.length ? `${oneLine(person.name)} – ${where.join(', ')}` : oneLine(person.name);
}

interface Wording {
  /** The subject line's words (Vietnamese). */
  headline: string;
  /** The Vietnamese body's sentence. */
  sentence: string;
  /** The label the typed detail is quoted under. */
  detailLabel: string;
  /** The English line. */
  english: string;
}

function wordingOf(kind: NoticeKind, name: string, title: string, deadline: string | undefined, count: number): Wording {
  // Inside a Vietnamese sentence the period is written "tháng 11/2026", "năm 2026" (periodTitleInSentence);
  // the English line keeps the title as given.
  const period = periodTitleInSentence(title);
  switch (kind) {
    case 'PERIOD_SUBMITTED':
      return {
        headline: `${name} đã nộp phiếu ${period}, chờ chấm điểm`,
        sentence: `${name} đã nộp kết quả theo dõi, đánh giá ${period}. Phiếu đang chờ người quản lý trực tiếp chấm điểm.`,
        detailLabel: 'Ghi chú',
        english: `${name} submitted ${title}; it waits for the direct manager's scoring.`
      };
    case 'PERIOD_RETURNED':
      return {
        headline: `Phiếu ${period} của ${name} được trả lại để hoàn thiện`,
        sentence: `Người quản lý trực tiếp đã trả lại phiếu ${period} của ${name}. Đề nghị sửa theo lý do dưới đây rồi nộp lại.`,
        detailLabel: 'Lý do trả lại',
        english: `${name}'s ${title} was returned by the direct manager: correct it and submit it again.`
      };
    case 'PERIOD_REVIEWED':
      return {
        headline: `Phiếu ${period} của ${name} đã được chấm điểm`,
        sentence: `Người quản lý trực tiếp đã chấm điểm phiếu ${period} của ${name}. Điểm và nhận xét có trên trang đánh giá.`,
        detailLabel: 'Nhận xét',
        english: `${name}'s ${title} was scored by the direct manager.`
      };
    case 'SELF_EVALUATION_SUBMITTED':
      return {
        headline: `${name} đã nộp bản tự đánh giá ${period}`,
        sentence: `${name} đã nộp bản tự đánh giá, xếp loại chất lượng ${period}. Hồ sơ sẵn sàng cho cuộc họp nhận xét, đánh giá của đơn vị.`,
        detailLabel: 'Ghi chú',
        english: `${name} submitted the self-evaluation for ${title}; it is ready for the unit meeting.`
      };
    case 'MINUTES_RECORDED':
      return {
        headline: `Biên bản họp ${period} của ${name} đã được ghi, chờ quyết định xếp loại`,
        sentence: `Biên bản cuộc họp nhận xét, đánh giá ${period} của ${name} đã được ghi. Đơn vị đang chờ người có thẩm quyền quyết định xếp loại.`,
        detailLabel: 'Ghi chú',
        english: `The minutes of ${name}'s meeting for ${title} are recorded; the ratings wait for the competent leader's decision.`
      };
    case 'DECIDED':
      return {
        headline: `Đã quyết định xếp loại ${period} của ${name}`,
        sentence: `Người có thẩm quyền đã quyết định xếp loại chất lượng ${period} của ${name}.`,
        detailLabel: 'Kết quả',
        english: `The rating of ${name} for ${title} has been decided.`
      };
    case 'PUBLISHED':
      return {
        headline: `Kết quả xếp loại ${period} của ${name} đã được công khai`,
        sentence: `Kết quả đánh giá, xếp loại chất lượng ${period} của ${name} đã được thông báo và công khai. Nếu không đồng ý, có thể gửi khiếu nại trên trang đánh giá.`,
        detailLabel: 'Kết quả',
        english: `The rating of ${name} for ${title} has been published.`
      };
    case 'COMPLAINT_FILED':
      return {
        headline: `${name} khiếu nại kết quả ${period}`,
        sentence: `${name} đã gửi khiếu nại về kết quả đánh giá, xếp loại ${period}. Khiếu nại đang chờ người có thẩm quyền giải quyết.`,
        detailLabel: 'Nội dung khiếu nại',
        english: `${name} filed a complaint about the result for ${title}.`
      };
    case 'COMPLAINT_ANSWERED':
      return {
        headline: `Khiếu nại của ${name} về kết quả ${period} đã được trả lời`,
        sentence: `Người có thẩm quyền đã giải quyết khiếu nại của ${name} về kết quả đánh giá, xếp loại ${period}.`,
        detailLabel: 'Trả lời',
        english: `${name}'s complaint about the result for ${title} has been answered.`
      };
    case 'REMINDER':
      return {
        headline: `Nhắc hạn: ${name} chưa nộp phần tự đánh giá ${period}`,
        sentence: deadline
          ? `${name} chưa nộp phần tự đánh giá ${period}; hạn chót là ngày ${deadline}. Đề nghị hoàn thành và nộp trên trang đánh giá.`
          : `${name} chưa nộp phần tự đánh giá ${period}. Đề nghị hoàn thành và nộp trên trang đánh giá.`,
        detailLabel: 'Ghi chú của Vụ Tổ chức cán bộ',
        english: deadline
          ? `Reminder: ${name} has not submitted ${title} yet; the deadline was ${deadline}.`
          : `Reminder: ${name} has not submitted ${title} yet.`
      };
    case 'REMINDER_DUE':
      return {
        headline: deadline ? `Sắp đến hạn: ${name} chưa nộp phần tự đánh giá ${period} (hạn ${deadline})` : `Sắp đến hạn: ${name} chưa nộp phần tự đánh giá ${period}`,
        sentence: deadline
          ? `${name} chưa nộp phần tự đánh giá ${period}; hạn chót là ngày ${deadline}. Đề nghị hoàn thành và nộp trên trang đánh giá trước thời hạn.`
          : `${name} chưa nộp phần tự đánh giá ${period}. Đề nghị hoàn thành và nộp trên trang đánh giá trước thời hạn.`,
        detailLabel: 'Ghi chú của Vụ Tổ chức cán bộ',
        english: deadline
          ? `Reminder: ${name} has not submitted ${title} yet; the deadline is ${deadline}.`
          : `Reminder: ${name} has not submitted ${title} yet; the deadline is coming.`
      };
    case 'REMINDER_COPY':
      return {
        headline: `Bản sao nhắc hạn ${period}: ${count} người do ${name} quản lý trực tiếp chưa nộp`,
        sentence: `Vụ Tổ chức cán bộ đã nhắc ${count} người do ${name} quản lý trực tiếp hoàn thành và nộp phần tự đánh giá ${period}. Bản sao này gửi người quản lý trực tiếp để đôn đốc:`,
        detailLabel: 'Ghi chú của Vụ Tổ chức cán bộ',
        english: `Copy of a reminder: ${count} people ${name} manages directly have not submitted ${title} yet.`
      };
  }
}

/** The subject, body and feed lines of a notice. */
export function noticeMessage(content: NoticeContent): NoticeMessage {
  const people = content.people || [];
  // A manager's copy is addressed to the manager: their name alone; anyone else is named with their position.
  const name = content.kind === 'REMINDER_COPY' ? oneLine(content.subjectName) : nameWithPosition(oneLine(content.subjectName), content.subjectPosition);
  const period = oneLine(content.periodLabel);
  const deadline = content.deadline ? vietnameseDate(content.deadline) : undefined;
  const wording = wordingOf(content.kind, name, period, deadline, people.length);
  const detail = content.detail ? clip(content.detail.replace(/\r\n?/g, '\n').trim(), DETAIL_MAX) : '';
  const link = content.pageUrl ? placeLink(content.pageUrl, content.place) : undefined;
  const lines: string[] = [wording.sentence];
  people.forEach((person) => {
    const own = person.deadline ? vietnameseDate(person.deadline) : undefined;
    lines.push(`- ${personLine(person)}${own && own !== deadline ? ` (hạn ${own})` : ''}`);
  });
  if (detail) lines.push('', `${wording.detailLabel}:`, detail);
  if (link) lines.push('', `Mở trang đánh giá: ${link}`);
  lines.push('', '—', wording.english);
  if (link) lines.push(`Open the evaluation page: ${link}`);
  return {
    subject: `[${PRODUCT}] ${wording.headline}`,
    headline: wording.headline,
    text: lines.join('\n'),
    preview: clip(oneLine(detail ? `${wording.detailLabel}: ${detail}` : wording.sentence), PREVIEW_MAX),
    link
  };
}
