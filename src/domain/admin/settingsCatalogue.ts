import type { RatingSettings } from '../rating/settings';

/**
 * What the settings screen says about each setting HR may change: its group, what the law says of it
 * (UNCONFIRMED: law.md could not verify the text; NEEDS_DECISION: left to the ministry), where the
 * question comes from, and its label and help in Vietnamese and English. The row names and paths are
 * settingsHistory.ts's SETTING_PATHS (what the engine needs without these texts).
 */
export type SettingsGroup = 'ND335' | 'ND90' | 'QUOTA' | 'MEETING' | 'COMPLAINTS' | 'ORG' | 'MAU01' | 'NOTIFICATIONS' | 'DOCUMENTS';
/** UNCONFIRMED: the law's text not verified; NEEDS_DECISION: the law leaves it to the agency. */
export type SettingStatus = 'UNCONFIRMED' | 'NEEDS_DECISION';
/** LINE: one line of text (a name, a place, a ký hiệu); SIGNER: an authority prefix and a title. */
export type SettingKind = 'CHOICE' | 'RATE' | 'OPTIONAL_RATE' | 'WHOLE' | 'OPTIONAL_WHOLE' | 'TEXT' | 'GUID' | 'WEIGHTS' | 'MAU01' | 'LINE' | 'SIGNER';

export interface Localized {
  vi: string;
  en: string;
}

export interface SettingDefinition {
  /** the row's Title */
  name: string;
  section: keyof RatingSettings;
  key: string;
  group: SettingsGroup;
  status: SettingStatus;
  /** where the question comes from (law.md / official-documents.md) */
  source: string;
  kind: SettingKind;
  label: Localized;
  help: Localized;
  choices?: Array<{ value: string } & Localized>;
}

const choice = (value: string, vi: string, en: string): { value: string } & Localized => ({ value, vi, en });

/** Every setting HR may change, in the order the screen shows them. */
export const SETTING_DEFINITIONS: readonly SettingDefinition[] = [
  {
    name: 'nd335.periodKind', section: 'nd335', key: 'periodKind', group: 'ND335', status: 'UNCONFIRMED', source: 'law.md 5.1 "hằng tháng hoặc quý"', kind: 'CHOICE',
    label: { vi: 'Kỳ theo dõi, đánh giá', en: 'Evaluation period' },
    help: { vi: 'Tháng hay quý cho toàn Bộ; đơn vị có thể có kỳ riêng trong danh sách đơn vị.', en: 'Month or quarter for the ministry; a unit may have its own in the units list.' },
    choices: [choice('MONTH', 'Hằng tháng', 'Monthly'), choice('QUARTER', 'Hằng quý', 'Quarterly')]
  },
  {
    name: 'nd335.yearlyRollUp', section: 'nd335', key: 'yearlyRollUp', group: 'ND335', status: 'UNCONFIRMED', source: 'law.md 5.1 "Roll-up to the year"', kind: 'CHOICE',
    label: { vi: 'Cách tổng hợp điểm năm', en: 'Roll-up to the year' },
    help: { vi: 'Điểm năm là trung bình các kỳ có làm việc, hoặc bình quân theo thời gian làm việc thực tế.', en: 'The year’s score: average of the periods worked, or weighted by time worked.' },
    choices: [choice('AVERAGE_OF_PERIODS_WORKED', 'Trung bình cộng các kỳ có làm việc', 'Average of periods worked'), choice('WEIGHTED_BY_TIME_WORKED', 'Bình quân theo thời gian làm việc thực tế', 'Weighted by time worked')]
  },
  {
    name: 'nd335.taskScoreFormula', section: 'nd335', key: 'taskScoreFormula', group: 'ND335', status: 'UNCONFIRMED', source: 'law.md 5.1 (công thức cho công chức không giữ chức vụ)', kind: 'CHOICE',
    label: { vi: 'Công thức điểm kết quả nhiệm vụ', en: 'Task results formula' },
    help: { vi: '(a+b+c)/3 × 70, hoặc bình quân có trọng số của số lượng, chất lượng, tiến độ.', en: '(a+b+c)/3 × 70, or a weighted mean of quantity, quality and timeliness.' },
    choices: [choice('AVERAGE_OF_RATIOS_TIMES_70', '(a+b+c)/3 × 70', '(a+b+c)/3 × 70'), choice('WEIGHTED_RATIOS_TIMES_70', 'Bình quân có trọng số × 70', 'Weighted mean × 70')]
  },
  {
    name: 'nd335.taskRatioWeights', section: 'nd335', key: 'taskRatioWeights', group: 'ND335', status: 'UNCONFIRMED', source: 'law.md 5.1', kind: 'WEIGHTS',
    label: { vi: 'Trọng số số lượng, chất lượng, tiến độ', en: 'Weights of quantity, quality, timeliness' },
    help: { vi: 'Chỉ dùng với công thức bình quân có trọng số; ba trọng số cộng lại bằng 1.', en: 'Used by the weighted formula only; the three weights sum to 1.' }
  },
  {
    name: 'nd335.leaderTaskScoreFormula', section: 'nd335', key: 'leaderTaskScoreFormula', group: 'ND335', status: 'UNCONFIRMED', source: 'law.md 5.1 (lãnh đạo, quản lý)', kind: 'CHOICE',
    label: { vi: 'Công thức điểm của lãnh đạo, quản lý', en: 'Leaders’ formula' },
    help: { vi: '(a+b+c+d+đ+e)/6 × 70, hoặc chỉ sản phẩm của cá nhân.', en: '(a+b+c+d+đ+e)/6 × 70, or the person’s own products only.' },
    choices: [choice('AVERAGE_OF_SIX_COMPONENTS_TIMES_70', '(a+b+c+d+đ+e)/6 × 70', '(a+b+c+d+đ+e)/6 × 70'), choice('OWN_PRODUCTS_ONLY', 'Chỉ sản phẩm của cá nhân', 'Own products only')]
  },
  {
    name: 'nd335.shortService', section: 'nd335', key: 'shortService', group: 'ND335', status: 'NEEDS_DECISION', source: 'law.md 3.1 (NĐ 335 không có văn bản về dưới 6 tháng)', kind: 'CHOICE',
    label: { vi: 'Làm việc dưới 6 tháng trong năm', en: 'Fewer than 6 months worked' },
    help: { vi: 'Để cấp có thẩm quyền quyết định, không xếp loại, hoặc xếp loại theo thời gian làm việc.', en: 'Left to the competent person, not classified, or rated on the time worked.' },
    choices: [choice('NEEDS_DECISION', 'Cấp có thẩm quyền quyết định', 'The competent person decides'), choice('NOT_CLASSIFIED', 'Không xếp loại', 'Not classified'), choice('RATE_ON_TIME_WORKED', 'Xếp loại theo thời gian làm việc', 'Rated on time worked')]
  },
  {
    name: 'nd335.scoreDecimals', section: 'nd335', key: 'scoreDecimals', group: 'ND335', status: 'UNCONFIRMED', source: 'official-documents.md 2 "Rounding: no legal rule found"', kind: 'OPTIONAL_WHOLE',
    label: { vi: 'Làm tròn điểm (số chữ số thập phân)', en: 'Score rounding (decimal places)' },
    help: { vi: 'Điểm kỳ và điểm năm được làm tròn đến số chữ số này trước khi xếp mức (0 đến 2); để trống là không làm tròn.', en: 'Period and year scores are rounded to this many places before the level is read (0 to 2); blank: not rounded.' }
  },
  {
    name: 'nd90.maternityAndAbsence', section: 'nd90', key: 'maternityAndAbsence', group: 'ND90', status: 'NEEDS_DECISION', source: 'law.md 3.3', kind: 'CHOICE',
    label: { vi: 'Nghỉ thai sản và giới hạn 3–6 tháng nghỉ', en: 'Maternity leave and the 3-to-6-month cap' },
    help: { vi: 'Văn bản không nói giới hạn mức khi nghỉ 3–6 tháng có áp dụng cho nghỉ thai sản không.', en: 'The text does not say whether the cap for 3 to 6 months away reaches maternity leave.' },
    choices: [choice('NEEDS_DECISION', 'Cấp có thẩm quyền quyết định', 'The competent person decides'), choice('MATERNITY_NOT_CAPPED', 'Thai sản không bị giới hạn', 'Maternity not capped'), choice('MATERNITY_COUNTS_AS_ABSENCE', 'Thai sản tính như nghỉ', 'Maternity counts as absence')]
  },
  {
    name: 'nd90.leaderWithoutSubordinateUnits', section: 'nd90', key: 'leaderWithoutSubordinateUnits', group: 'ND90', status: 'NEEDS_DECISION', source: 'law.md 2.3 (tiêu chí d)', kind: 'CHOICE',
    label: { vi: 'Lãnh đạo không có đơn vị trực thuộc', en: 'Leader without subordinate units' },
    help: { vi: 'Tiêu chí về các đơn vị trực thuộc khi không có đơn vị nào.', en: 'The subordinate-units criterion when there is none.' },
    choices: [choice('NEEDS_DECISION', 'Cấp có thẩm quyền quyết định', 'The competent person decides'), choice('CRITERION_MET', 'Coi như đạt tiêu chí', 'Criterion met')]
  },
  {
    name: 'nd90.splitDiscipline', section: 'nd90', key: 'splitDiscipline', group: 'ND90', status: 'NEEDS_DECISION', source: 'law.md 3.4 c', kind: 'CHOICE',
    label: { vi: 'Kỷ luật Đảng và hành chính ở hai năm khác nhau', en: 'Party and administrative discipline in different years' },
    help: { vi: 'Một hành vi bị kỷ luật ở hai năm: chỉ tính một năm, năm nào chưa rõ.', en: 'One act disciplined in two years counts in one; which one is not stated.' },
    choices: [choice('NEEDS_DECISION', 'Cấp có thẩm quyền quyết định', 'The competent person decides'), choice('COUNT_IN_THIS_YEAR', 'Tính vào năm này', 'Count in this year'), choice('NOT_COUNTED_THIS_YEAR', 'Không tính vào năm này', 'Not counted this year')]
  },
  {
    name: 'nd90.exceededDefinition', section: 'nd90', key: 'exceededDefinition', group: 'ND90', status: 'NEEDS_DECISION', source: 'law.md 2.3 (Quy chế của Bộ, QĐ 1889)', kind: 'TEXT',
    label: { vi: 'Định nghĩa "vượt mức"', en: 'Definition of "exceeded"' },
    help: { vi: 'Theo Quy chế của Bộ; được trích trong lý do xếp loại.', en: 'From the ministry’s rules; quoted in the rating’s reasons.' }
  },
  {
    name: 'nd90.highEfficiencyDefinition', section: 'nd90', key: 'highEfficiencyDefinition', group: 'ND90', status: 'NEEDS_DECISION', source: 'law.md 2.3 (Quy chế của Bộ, QĐ 1889)', kind: 'TEXT',
    label: { vi: 'Định nghĩa "hiệu quả cao"', en: 'Definition of "high efficiency"' },
    help: { vi: 'Theo Quy chế của Bộ; được trích trong lý do xếp loại.', en: 'From the ministry’s rules; quoted in the rating’s reasons.' }
  },
  {
    name: 'quota.rate', section: 'quota', key: 'rate', group: 'QUOTA', status: 'UNCONFIRMED', source: 'law.md 3.7 (NĐ 335: 20%; NĐ 48 khoản 6 Điều 2)', kind: 'RATE',
    label: { vi: 'Tỷ lệ tối đa "Hoàn thành xuất sắc nhiệm vụ"', en: 'Highest share rated "Hoàn thành xuất sắc"' },
    help: { vi: 'Phần trăm của cơ sở tính dưới đây, trong từng cơ quan và từng nhóm nhiệm vụ tương đồng.', en: 'A percentage of the base below, in each agency and each group with similar tasks.' }
  },
  {
    name: 'quota.base', section: 'quota', key: 'base', group: 'QUOTA', status: 'UNCONFIRMED', source: 'law.md 3.7 (cách hiểu "Hoàn thành tốt")', kind: 'CHOICE',
    label: { vi: 'Cơ sở tính tỷ lệ', en: 'Base of the share' },
    help: { vi: 'Văn bản viết "số được xếp loại Hoàn thành tốt nhiệm vụ"; cách hiểu "từ Hoàn thành tốt trở lên" là thiết lập.', en: 'The text counts those rated HTTNV; "HTTNV or above" is the open reading.' },
    choices: [choice('HTTNV', 'Số xếp loại Hoàn thành tốt nhiệm vụ', 'Those rated HTTNV'), choice('HTTNV_OR_ABOVE', 'Số xếp loại từ Hoàn thành tốt trở lên', 'Those rated HTTNV or above')]
  },
  {
    name: 'quota.exceptionMode', section: 'quota', key: 'exceptionMode', group: 'QUOTA', status: 'UNCONFIRMED', source: 'law.md 3.7 điểm b (văn bản bị cắt)', kind: 'CHOICE',
    label: { vi: 'Ngoại lệ cho tập thể có thành tích xuất sắc, nổi trội', en: 'Exception for outstanding collectives' },
    help: { vi: 'Vượt tỷ lệ khi cấp có thẩm quyền ghi quyết định có lý do cho từng người, hoặc không có ngoại lệ.', en: 'Exceed the share with a reasoned decision recorded per person, or no exception.' },
    choices: [choice('PER_RECORDED_DECISION', 'Được vượt khi có quyết định ghi rõ lý do cho từng người', 'With a reasoned decision per person'), choice('NOT_ALLOWED', 'Không có ngoại lệ', 'No exception')]
  },
  {
    name: 'quota.exceptionMaxRate', section: 'quota', key: 'exceptionMaxRate', group: 'QUOTA', status: 'UNCONFIRMED', source: 'law.md 3.7 điểm b ("vượt bao nhiêu" chưa xác minh)', kind: 'OPTIONAL_RATE',
    label: { vi: 'Tỷ lệ tối đa khi có ngoại lệ', en: 'Highest share with exceptions' },
    help: { vi: 'Trần của tỷ lệ khi có ngoại lệ, không thấp hơn tỷ lệ chung; để trống là mỗi quyết định có lý do nâng thêm một người.', en: 'The ceiling with exceptions, not below the share; blank: each reasoned decision adds one person.' }
  },
  {
    name: 'meeting.quorum', section: 'meeting', key: 'quorum', group: 'MEETING', status: 'UNCONFIRMED', source: 'law.md 1.3 bước 2 và 4 (biên bản ghi số có mặt, không nêu túc số)', kind: 'CHOICE',
    label: { vi: 'Số người có mặt tối thiểu của cuộc họp', en: 'Meeting quorum' },
    help: { vi: 'Biên bản ghi số có mặt trên tổng số; biên bản không đủ số này thì không được thông qua.', en: 'The minutes record those present; minutes below this cannot be approved.' },
    choices: [choice('NONE', 'Không quy định (ghi đúng số có mặt)', 'None (record attendance as it was)'), choice('MORE_THAN_HALF', 'Quá nửa tổng số', 'More than half'), choice('TWO_THIRDS', 'Từ hai phần ba tổng số', 'At least two thirds')]
  },
  {
    name: 'complaints.deadlineDays', section: 'complaints', key: 'deadlineDays', group: 'COMPLAINTS', status: 'UNCONFIRMED', source: 'law.md 6 (Luật Khiếu nại 2011 Điều 9: thời hiệu 90 ngày; áp dụng cho kết quả xếp loại chưa xác minh)', kind: 'WHOLE',
    label: { vi: 'Thời hạn khiếu nại kết quả xếp loại (ngày)', en: 'Time to complain about a rating (days)' },
    help: {
      vi: 'Số ngày kể từ ngày công khai kết quả mà công chức còn được khiếu nại (1 đến 365); mặc định 90 ngày theo thời hiệu của Luật Khiếu nại 2011 Điều 9 (chưa xác minh việc áp dụng cho kết quả xếp loại).',
      en: 'Days from the publication of the result during which a civil servant may complain (1 to 365); 90 by default, the time limit of the Law on Complaints 2011 Article 9 (whether it covers a rating is not verified).'
    }
  },
  {
    name: 'mau01.groups', section: 'mau01', key: 'groups', group: 'MAU01', status: 'NEEDS_DECISION', source: 'official-documents.md 1.1 (Mẫu số 01 Phụ lục II NĐ 335/2025; Bộ chi tiết thêm)', kind: 'MAU01',
    label: { vi: 'Tiêu chí chung Mẫu 01 và điểm thành phần', en: 'Mẫu 01 general criteria and their sub-weights' },
    help: {
      vi: 'Ba nhóm cộng lại 30 điểm (NĐ 335/2025); tiêu chí trong nhóm cộng lại bằng điểm nhóm; Bộ có thể chia tiêu chí thành tiêu chí thành phần.',
      en: 'The groups make 30 points (ND 335/2025); a group’s criteria make its points; the ministry may split a criterion into parts.'
    }
  },
  {
    name: 'NotificationChannel', section: 'notifications', key: 'channel', group: 'NOTIFICATIONS', status: 'NEEDS_DECISION', source: 'không có quy định (lựa chọn của Bộ)', kind: 'CHOICE',
    label: { vi: 'Kênh gửi thông báo', en: 'Notification channel' },
    help: { vi: 'Thư điện tử, hoặc Teams trước rồi thư điện tử khi Teams không gửi được.', en: 'Mail, or Teams first and mail when Teams fails.' },
    choices: [choice('MAIL', 'Thư điện tử', 'Mail'), choice('TEAMS_THEN_MAIL', 'Teams, không được thì thư điện tử', 'Teams, then mail')]
  },
  {
    name: 'NotificationTeamsAppId', section: 'notifications', key: 'teamsAppId', group: 'NOTIFICATIONS', status: 'NEEDS_DECISION', source: 'không có quy định (cấu hình Teams)', kind: 'GUID',
    label: { vi: 'Mã ứng dụng Teams', en: 'Teams app id' },
    help: { vi: 'Mã của ứng dụng Teams gửi thông báo (GUID); cần khi chọn kênh Teams.', en: 'The id of the Teams app that sends notices (a GUID); needed for the Teams channel.' }
  },
  {
    name: 'notifications.remindDaysBefore', section: 'notifications', key: 'remindDaysBefore', group: 'NOTIFICATIONS', status: 'NEEDS_DECISION', source: 'không có quy định (lựa chọn của Bộ)', kind: 'WHOLE',
    label: { vi: 'Nhắc trước hạn (ngày)', en: 'Remind before the deadline (days)' },
    help: { vi: 'Số ngày trước hạn mà lời nhắc được gửi theo mặc định (0 đến 60).', en: 'Days before a deadline a reminder goes by default (0 to 60).' }
  },
  {
    name: 'notifications.remindDaysAfter', section: 'notifications', key: 'remindDaysAfter', group: 'NOTIFICATIONS', status: 'NEEDS_DECISION', source: 'không có quy định (lựa chọn của Bộ)', kind: 'WHOLE',
    label: { vi: 'Nhắc sau hạn (ngày)', en: 'Remind after the deadline (days)' },
    help: { vi: 'Số ngày sau hạn mà lời nhắc người chậm được gửi theo mặc định (0 đến 60).', en: 'Days after a missed deadline a reminder goes by default (0 to 60).' }
   },
  {
    name: 'documents.parentAgency', section: 'documents', key: 'parentAgency', group: 'DOCUMENTS', status: 'NEEDS_DECISION', source: 'official-documents.md 3.2 (tên cơ quan chủ quản)', kind: 'LINE',
    label: { vi: 'Tên cơ quan chủ quản trên văn bản', en: 'Parent agency on documents' },
    help: { vi: 'Dòng đầu bên trái của phiếu, biên bản, quyết định, danh sách (chữ in hoa).', en: 'The first line on the left of every document (in capitals).' }
  },
  {
    name: 'documents.place', section: 'documents', key: 'place', group: 'DOCUMENTS', status: 'NEEDS_DECISION', source: 'official-documents.md 3.2 (địa danh: nơi cơ quan đóng trụ sở)', kind: 'LINE',
    label: { vi: 'Địa danh', en: 'Place on the date line' },
    help: { vi: 'Địa danh ở dòng ngày tháng, ví dụ "Hà Nội, ngày … tháng … năm …".', en: 'The place on the date line, e.g. "Hà Nội, ngày … tháng … năm …".' }
  },
  {
    name: 'documents.symbolBienBan', section: 'documents', key: 'symbolBienBan', group: 'DOCUMENTS', status: 'NEEDS_DECISION', source: 'official-documents.md 3.5 (ký hiệu do người đứng đầu quy định; số do Văn thư cấp)', kind: 'LINE',
    label: { vi: 'Ký hiệu biên bản họp', en: 'Symbol of the meeting minutes' },
    help: { vi: '{unit} là mã đơn vị ban hành. Số văn bản do Văn thư cấp khi đăng ký, được để trống.', en: '{unit} is the issuing unit’s code. The number is issued by the registry and left blank.' }
  },
  {
    name: 'documents.symbolQuyetDinh', section: 'documents', key: 'symbolQuyetDinh', group: 'DOCUMENTS', status: 'NEEDS_DECISION', source: 'official-documents.md 3.5 (ký hiệu do người đứng đầu quy định; số do Văn thư cấp)', kind: 'LINE',
    label: { vi: 'Ký hiệu quyết định', en: 'Symbol of decisions' },
    help: { vi: '{unit} là mã đơn vị ban hành. Số văn bản do Văn thư cấp khi đăng ký, được để trống.', en: '{unit} is the issuing unit’s code. The number is issued by the registry and left blank.' }
  },
  {
    name: 'documents.symbolThongBao', section: 'documents', key: 'symbolThongBao', group: 'DOCUMENTS', status: 'NEEDS_DECISION', source: 'official-documents.md 3.5 (ký hiệu do người đứng đầu quy định; số do Văn thư cấp)', kind: 'LINE',
    label: { vi: 'Ký hiệu thông báo', en: 'Symbol of notices' },
    help: { vi: '{unit} là mã đơn vị ban hành. Số văn bản do Văn thư cấp khi đăng ký, được để trống.', en: '{unit} is the issuing unit’s code. The number is issued by the registry and left blank.' }
  },
  {
    name: 'documents.signerDivision', section: 'documents', key: 'signerDivision', group: 'DOCUMENTS', status: 'NEEDS_DECISION', source: 'official-documents.md 3.4 (quyền hạn, chức vụ người ký)', kind: 'SIGNER',
    label: { vi: 'Người ký văn bản của phòng', en: 'Signer of a phòng’s documents' },
    help: { vi: 'Thẩm quyền ký (TM., Q., KT., TL., TUQ.) và chức danh in hoa; chức danh để trống là chức vụ của người ký.', en: 'The authority (TM., Q., KT., TL., TUQ.) and the title in capitals; a blank title is the signer’s own position.' }
  },
  {
    name: 'documents.signerAgency', section: 'documents', key: 'signerAgency', group: 'DOCUMENTS', status: 'NEEDS_DECISION', source: 'official-documents.md 3.4 (quyền hạn, chức vụ người ký)', kind: 'SIGNER',
    label: { vi: 'Người ký văn bản của Vụ, Cục', en: 'Signer of a Vụ’s or Cục’s documents' },
    help: { vi: 'Thẩm quyền ký (TM., Q., KT., TL., TUQ.) và chức danh in hoa; chức danh để trống là chức vụ của người ký.', en: 'The authority (TM., Q., KT., TL., TUQ.) and the title in capitals; a blank title is the signer’s own position.' }
  },
  {
    name: 'documents.signerMinistry', section: 'documents', key: 'signerMinistry', group: 'DOCUMENTS', status: 'NEEDS_DECISION', source: 'official-documents.md 3.4 ("KT. BỘ TRƯỞNG / THỨ TRƯỞNG")', kind: 'SIGNER',
    label: { vi: 'Người ký văn bản của Bộ', en: 'Signer of the ministry’s documents' },
    help: { vi: 'Ví dụ KT. BỘ TRƯỞNG: dòng dưới là chức vụ của người ký (THỨ TRƯỞNG).', en: 'E.g. KT. BỘ TRƯỞNG: the line below is the signer’s own position (THỨ TRƯỞNG).' }
  },
  {
    name: 'documents.mau01CompetentColumn', section: 'documents', key: 'mau01CompetentColumn', group: 'DOCUMENTS', status: 'UNCONFIRMED', source: 'official-documents.md 7 (Mẫu 01 có cột điểm của cấp có thẩm quyền hay không)', kind: 'CHOICE',
    label: { vi: 'Mẫu 01: cột điểm của cấp có thẩm quyền', en: 'Mẫu 01: the competent level’s score column' },
    help: { vi: 'Chưa xác minh được văn bản gốc của Phụ lục II NĐ 335/2025; mặc định in cột này.', en: 'The signed text of ND 335/2025 Phụ lục II is not verified; printed by default.' },
    choices: [choice('SHOWN', 'In cột điểm của cấp có thẩm quyền', 'Print the column'), choice('HIDDEN', 'Không in cột này', 'Do not print it')]
  },
  {
    name: 'org.snapshotRefreshHours', section: 'org', key: 'snapshotRefreshHours', group: 'ORG', status: 'NEEDS_DECISION', source: 'issue 13 (bản lưu cơ cấu tổ chức; không có quy định)', kind: 'WHOLE',
    label: { vi: 'Làm mới bản lưu cơ cấu tổ chức sau (giờ)', en: 'Refresh the organisation snapshot after (hours)' },
    help: {
      vi: 'Khi bản lưu cũ hơn số giờ này, Vụ Tổ chức cán bộ hoặc quản trị trang mở một màn hình thì bản lưu được làm mới (1 đến 168); mặc định 24 giờ.',
      en: 'When the snapshot is older than this, HR or a site owner opening a view refreshes it (1 to 168); 24 hours by default.'
    }
  },
  {
    name: 'org.snapshotMaxAgeDays', section: 'org', key: 'snapshotMaxAgeDays', group: 'ORG', status: 'NEEDS_DECISION', source: 'issue 13 (bản lưu cơ cấu tổ chức; không có quy định)', kind: 'WHOLE',
    label: { vi: 'Bản lưu cơ cấu tổ chức quá cũ sau (ngày)', en: 'Organisation snapshot too old after (days)' },
    help: {
      vi: 'Bản lưu cũ hơn số ngày này không được dùng: các màn hình đọc danh bạ trực tiếp (chậm hơn) cho đến khi được làm mới (1 đến 90); mặc định 7 ngày.',
      en: 'A snapshot older than this is not used: views read the directory itself (slower) until it is refreshed (1 to 90); 7 days by default.'
    }
  }
];

export function definitionOf(name: string): SettingDefinition | undefined {
  return SETTING_DEFINITIONS.find((d) => d.name === name);
}


/** The screen's groups, in order (Chấm điểm NĐ 335; Xếp loại NĐ 90/48; Tỷ lệ HTXS; Họp đơn vị; Khiếu nại; Mẫu 01; Thông báo; Văn bản; Bản lưu cơ cấu tổ chức). */
export const SETTINGS_GROUPS: readonly SettingsGroup[] = ['ND335', 'ND90', 'QUOTA', 'MEETING', 'COMPLAINTS', 'MAU01', 'NOTIFICATIONS', 'DOCUMENTS', 'ORG'];
