import type { RatingLevel } from '../../../src/domain/rating';

/** Vietnamese wording of the sample history: what a ministry's staff would actually write. */

export type Rand = () => number;

export function pickOne<T>(rand: Rand, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** What each agency works on, for the descriptions of its products. */
const TOPICS: { [agencyCode: string]: readonly string[] } = {
  VPB: ['lịch công tác tuần của Lãnh đạo Bộ', 'công tác văn thư, lưu trữ', 'cải cách hành chính năm 2026', 'chuyển đổi số của Bộ', 'phục vụ hội nghị giao ban'],
  TTB: ['hoạt động kinh doanh karaoke, vũ trường', 'quảng cáo ngoài trời', 'kinh doanh lữ hành quốc tế', 'tổ chức giải thể thao phong trào', 'bảo vệ quyền tác giả trên môi trường số'],
  TCCB: ['quy hoạch cán bộ lãnh đạo giai đoạn 2026–2031', 'tuyển dụng công chức năm 2026', 'nâng ngạch công chức', 'đánh giá, xếp loại chất lượng công chức', 'vị trí việc làm của các đơn vị'],
  KHTC: ['dự toán ngân sách năm 2027', 'quyết toán kinh phí sự nghiệp văn hóa', 'đầu tư công trung hạn', 'giao dự toán cho các đơn vị', 'kiểm tra công tác tài chính'],
  PC: ['dự thảo Luật Di sản văn hóa (sửa đổi)', 'rà soát văn bản quy phạm pháp luật', 'phổ biến, giáo dục pháp luật', 'kiểm tra văn bản', 'hợp nhất văn bản'],
  DT: ['đào tạo tài năng nghệ thuật', 'bồi dưỡng công chức', 'chương trình đào tạo các trường văn hóa nghệ thuật', 'tuyển sinh năm 2026'],
  KHCNMT: ['nhiệm vụ khoa học công nghệ cấp Bộ', 'tiêu chuẩn quốc gia về du lịch', 'bảo vệ môi trường trong hoạt động du lịch', 'đề tài khoa học năm 2026'],
  TDKT: ['khen thưởng thành tích năm 2025', 'phong trào thi đua yêu nước', 'xét tặng danh hiệu Nghệ sĩ nhân dân, Nghệ sĩ ưu tú', 'cờ thi đua của Bộ'],
  DSVH: ['xếp hạng di tích quốc gia đặc biệt', 'tu bổ, phục hồi di tích', 'bảo vật quốc gia đợt 14', 'di sản văn hóa phi vật thể', 'hồ sơ Di sản thế giới', 'quy hoạch bảo quản khu di tích'],
  NTBD: ['Liên hoan sân khấu toàn quốc', 'cấp phép biểu diễn nghệ thuật', 'chương trình nghệ thuật chào mừng Quốc khánh', 'quản lý thi người đẹp, người mẫu'],
  DA: ['phổ biến phim trên không gian mạng', 'Liên hoan phim Việt Nam lần thứ XXIV', 'cấp giấy phép phân loại phim', 'Tuần phim Việt Nam ở nước ngoài'],
  BQTG: ['đăng ký quyền tác giả', 'quyền liên quan đối với bản ghi âm', 'tổ chức đại diện tập thể quyền tác giả', 'xử lý vi phạm bản quyền trên môi trường số'],
  VHCS: ['xây dựng gia đình Việt Nam', 'phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"', 'hệ thống thư viện công cộng', 'thiết chế văn hóa cơ sở', 'Ngày Gia đình Việt Nam 28/6'],
  HTQT: ['Những ngày văn hóa Việt Nam ở nước ngoài', 'hợp tác văn hóa với Hàn Quốc', 'đoàn ra, đoàn vào năm 2026', 'hợp tác với UNESCO'],
  MTNATL: ['triển lãm mỹ thuật toàn quốc', 'cuộc thi ảnh nghệ thuật', 'tượng đài, tranh hoành tráng', 'triển lãm ảnh đối ngoại'],
  TDTT: ['SEA Games 34', 'đội tuyển quốc gia tập huấn', 'Đại hội Thể dục thể thao toàn quốc', 'phong trào thể thao quần chúng', 'chống doping trong thể thao'],
  DLQG: ['xúc tiến du lịch thị trường Đông Bắc Á', 'Năm Du lịch quốc gia 2026', 'hạng sao cơ sở lưu trú', 'hướng dẫn viên du lịch', 'thống kê khách quốc tế'],
  BC: ['quy hoạch báo chí', 'cấp phép hoạt động báo in', 'thông tin trên báo điện tử', 'giải Báo chí quốc gia'],
  XBIPH: ['cấp phép xuất bản', 'hoạt động in', 'phát hành xuất bản phẩm', 'Ngày Sách và Văn hóa đọc Việt Nam']
};

const GENERIC_TOPICS = ['công tác của đơn vị', 'kế hoạch công tác năm 2026', 'phòng, chống tham nhũng, lãng phí'];

export function topicFor(rand: Rand, agencyCode: string): string {
  return pickOne(rand, TOPICS[agencyCode] ?? GENERIC_TOPICS);
}

const DESCRIPTIONS: { [productCode: string]: readonly string[] } = {
  VBHC: ['Công văn hướng dẫn về {t}', 'Thông báo kết luận cuộc họp về {t}', 'Tờ trình Lãnh đạo Bộ về {t}', 'Công văn trả lời địa phương về {t}'],
  BCDK: ['Báo cáo tháng về {t}', 'Báo cáo quý về {t}', 'Báo cáo kết quả thực hiện nhiệm vụ tháng, {t}'],
  BCCD: ['Báo cáo chuyên đề về {t}', 'Báo cáo tổng kết {t}', 'Báo cáo đánh giá tình hình {t}'],
  DTQPPL: ['Dự thảo thông tư về {t}', 'Dự thảo nghị định sửa đổi liên quan đến {t}'],
  DEAN: ['Đề án về {t}', 'Chương trình hành động về {t}'],
  TDDT: ['Thẩm định hồ sơ về {t}', 'Hồ sơ trình Hội đồng Di sản văn hóa quốc gia: {t}'],
  CPVH: ['Hồ sơ cấp phép: {t}', 'Thẩm định nội dung, cấp phép: {t}'],
  KHSK: ['Kế hoạch tổ chức {t}', 'Kế hoạch phối hợp tổ chức sự kiện: {t}'],
  KLTT: ['Kết luận thanh tra về {t}', 'Kết luận kiểm tra chuyên ngành về {t}'],
  GQDT: ['Giải quyết đơn phản ánh về {t}', 'Trả lời kiến nghị cử tri về {t}'],
  HNHT: ['Hội nghị tập huấn về {t}', 'Hội thảo khoa học về {t}'],
  TINBAI: ['Tin bài trên Cổng thông tin điện tử về {t}', 'Bài tuyên truyền về {t}']
};

export function describeProduct(rand: Rand, productCode: string, agencyCode: string): string {
  const text = pickOne(rand, DESCRIPTIONS[productCode] ?? ['Sản phẩm về {t}']).replace('{t}', topicFor(rand, agencyCode));
  return text;
}

const SUBMISSION_COMMENTS = [
  'Hoàn thành các nhiệm vụ được giao trong tháng.',
  'Đã hoàn thành các sản phẩm theo kế hoạch, minh chứng kèm theo.',
  'Hoàn thành nhiệm vụ; một số sản phẩm phải chờ ý kiến của đơn vị phối hợp.',
  'Tập trung hoàn thành các nhiệm vụ trọng tâm của phòng trong tháng.',
  'Đề nghị người quản lý trực tiếp xem xét, đánh giá.'
];

export function submissionComment(rand: Rand): string {
  return pickOne(rand, SUBMISSION_COMMENTS);
}

const REVIEW_COMMENTS: Record<RatingLevel, readonly string[]> = {
  HTXSNV: ['Hoàn thành xuất sắc các nhiệm vụ được giao, chất lượng sản phẩm tốt, đúng tiến độ.', 'Chủ động, sáng tạo; sản phẩm bảo đảm chất lượng cao.'],
  HTTNV: ['Hoàn thành tốt nhiệm vụ; cần chủ động hơn trong phối hợp.', 'Sản phẩm cơ bản bảo đảm chất lượng, tiến độ.', 'Hoàn thành tốt các nhiệm vụ được giao trong tháng.'],
  HTNV: ['Hoàn thành nhiệm vụ nhưng còn chậm tiến độ ở một số sản phẩm; cần khắc phục.', 'Một số sản phẩm còn lỗi về nội dung, phải chỉnh sửa nhiều lần.'],
  KHTNV: ['Nhiều sản phẩm không hoàn thành, chậm tiến độ; đề nghị nghiêm túc rút kinh nghiệm.']
};

export function reviewComment(rand: Rand, level: RatingLevel | undefined): string {
  return pickOne(rand, REVIEW_COMMENTS[level ?? 'HTNV']);
}

export const RETURN_REASONS = [
  'Đề nghị bổ sung minh chứng cho các sản phẩm đã kê khai và rà soát lại số lượng hoàn thành đúng hạn trước khi nộp lại.',
  'Số lượng sản phẩm kê khai chưa khớp với sổ theo dõi văn bản của phòng; đề nghị kiểm tra, điều chỉnh và nộp lại.'
];

/** Mẫu số 02, section I (kết quả tự đánh giá), one paragraph per item; leaders add items 7–9. */
export function selfEvaluationSectionI(rand: Rand, agencyCode: string, isLeader: boolean, tasksTotal: number, tasksExceeded: number): string {
  const lines = [
    '1. Chính trị tư tưởng: Chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; có lập trường chính trị vững vàng.',
    `2. Đạo đức, lối sống: ${pickOne(rand, ['Sống giản dị, trung thực, đoàn kết với đồng nghiệp.', 'Không có biểu hiện suy thoái; lối sống lành mạnh, khiêm tốn.', 'Giữ gìn phẩm chất đạo đức, đoàn kết nội bộ.'])}`,
    `3. Tác phong, lề lối làm việc: ${pickOne(rand, ['Làm việc có trách nhiệm, khoa học, phối hợp tốt với đồng nghiệp.', 'Chủ động, năng động; thực hiện tốt văn hóa công vụ.', 'Tuân thủ quy chế làm việc, phối hợp kịp thời với các đơn vị.'])}`,
    '4. Ý thức tổ chức kỷ luật: Chấp hành sự phân công của tổ chức, nội quy, quy chế của cơ quan; kê khai tài sản, thu nhập đúng quy định.',
    `5. Kết quả thực hiện chức trách, nhiệm vụ được giao: Trong năm thực hiện ${tasksTotal} nhiệm vụ, trong đó ${tasksExceeded} nhiệm vụ hoàn thành vượt mức; nổi bật là công tác về ${topicFor(rand, agencyCode)}.`,
    '6. Thái độ phục vụ nhân dân, doanh nghiệp: Hướng dẫn, trả lời tổ chức, công dân kịp thời, đúng quy định.'
  ];
  if (isLeader) {
    lines.push(
      `7. Kết quả hoạt động của đơn vị được giao lãnh đạo: Đơn vị hoàn thành các chỉ tiêu, nhiệm vụ năm, trong đó có ${topicFor(rand, agencyCode)}.`,
      '8. Năng lực lãnh đạo, quản lý: Chỉ đạo, điều hành sát sao; phân công nhiệm vụ rõ người, rõ việc.',
      '9. Năng lực tập hợp, đoàn kết: Xây dựng tập thể đoàn kết, phát huy dân chủ trong đơn vị.'
    );
  }
  return lines.join('\n');
}

const STRENGTHS = ['Nhiệt tình, trách nhiệm, hoàn thành nhiệm vụ đúng tiến độ.', 'Có kinh nghiệm chuyên môn, tham mưu kịp thời.', 'Chủ động nghiên cứu, đề xuất giải pháp mới.'];
const WEAKNESSES = ['Đôi lúc còn chậm trong phối hợp với các đơn vị.', 'Cần nâng cao kỹ năng ngoại ngữ và ứng dụng công nghệ thông tin.', 'Một số báo cáo còn chậm so với yêu cầu.'];

export const LEVEL_NAMES: Record<string, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
  NOT_CLASSIFIED: 'Không xếp loại (vẫn kiểm điểm)',
  NEEDS_DECISION: 'Cần người có thẩm quyền quyết định'
};

/** Mẫu số 02, section II (tự nhận xét, xếp loại chất lượng). */
export function selfEvaluationSectionII(rand: Rand, proposed: RatingLevel, note?: string): string {
  return [`Ưu điểm: ${pickOne(rand, STRENGTHS)}`, `Hạn chế: ${pickOne(rand, WEAKNESSES)}`, `Tự nhận mức xếp loại: ${LEVEL_NAMES[proposed]}.`]
    .concat(note ? [note] : [])
    .join('\n');
}

const MEETING_COMMENTS: Record<RatingLevel, readonly string[]> = {
  HTXSNV: ['Tập thể thống nhất đánh giá đồng chí hoàn thành xuất sắc nhiệm vụ, nhiều nhiệm vụ vượt mức.', 'Đồng chí có nhiều sáng kiến, sản phẩm chất lượng cao.'],
  HTTNV: ['Tập thể đánh giá đồng chí hoàn thành tốt nhiệm vụ được giao.', 'Đồng chí nhiệt tình, trách nhiệm; đề nghị phát huy.'],
  HTNV: ['Đồng chí hoàn thành nhiệm vụ; một số việc còn chậm tiến độ.', 'Đề nghị đồng chí khắc phục hạn chế về tiến độ, chất lượng sản phẩm.'],
  KHTNV: ['Đồng chí bị xử lý kỷ luật trong năm; tập thể đề nghị xếp loại không hoàn thành nhiệm vụ.']
};

export function meetingComment(rand: Rand, level: RatingLevel): string {
  return pickOne(rand, MEETING_COMMENTS[level]);
}

export const MEETING_PLACES = ['Phòng họp tầng 3, trụ sở Bộ, 51 Ngô Quyền, Hà Nội', 'Phòng họp của đơn vị', 'Phòng họp số 2, trụ sở Bộ, 20 Ngô Quyền, Hà Nội'];
