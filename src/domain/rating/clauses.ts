/**
 * Clause references, written once. Where law.md (shared/brief/law.md) could not confirm an article
 * number, the reference says so instead of inventing one.
 */

// ND 335/2025: the rules are CONFIRMED (cafef, laodong) but no source gave the article numbers.
export const ND335_GENERAL_CRITERIA = 'NĐ 335/2025, tiêu chí chung 30 điểm (điều khoản chưa xác minh)';
export const ND335_TASK_RESULTS = 'NĐ 335/2025, kết quả thực hiện nhiệm vụ 70 điểm (điều khoản chưa xác minh)';
export const ND335_LEVELS = 'NĐ 335/2025, thang điểm xếp loại 90/70/50 (điều khoản chưa xác minh)';
export const ND335_KHTNV_DEGRADATION = 'NĐ 335/2025, trường hợp không hoàn thành nhiệm vụ, điểm b (điều khoản chưa xác minh)';
export const ND335_KHTNV_DISCIPLINE = 'NĐ 335/2025, trường hợp không hoàn thành nhiệm vụ, điểm c (điều khoản chưa xác minh)';
export const ND335_KHTNV_CORRUPTION = 'NĐ 335/2025, trường hợp không hoàn thành nhiệm vụ, điểm d (điều khoản chưa xác minh)';
// law.md 5.1 "Roll-up to the year": Điều 21 only through a Japanese translation (PARAPHRASE-CONFIRMED).
export const ND335_YEARLY = 'NĐ 335/2025 Điều 21 (theo bản dịch, chưa đối chiếu văn bản gốc)';
export const ND335_QUOTA = 'NĐ 335/2025, tỷ lệ hoàn thành xuất sắc (điều khoản chưa xác minh)';
export const ND335_QUOTA_EXCEPTION = 'NĐ 335/2025, ngoại lệ tỷ lệ, điểm b (văn bản chưa đọc đầy đủ)';
export const ND335_SHORT_SERVICE = 'NĐ 335/2025 (chưa xác minh quy định về thời gian công tác dưới 06 tháng)';

export const ND90_CRITERIA_1_4 = 'NĐ 90/2020 Điều 3 khoản 1, 2, 3, 4';
export const ND90_CRITERIA_5A = 'NĐ 90/2020 Điều 3 khoản 5 điểm a';
export const ND90_SHORT_SERVICE = 'NĐ 90/2020 Điều 2 khoản 3';
export const ND90_TRANSFER = 'NĐ 90/2020 Điều 20 khoản 1';
// ND 48/2023 added khoản 5 and 6 to Điều 2 of ND 90 (law.md 1.5, CONFIRMED); which khoản of ND 48's
// own Điều 1 does so was not read, so the reference names the amended provision.
export const ND48_DISCIPLINE_A = 'NĐ 90/2020 Điều 2 khoản 5 điểm a (bổ sung bởi NĐ 48/2023)';
export const ND48_DISCIPLINE_B = 'NĐ 90/2020 Điều 2 khoản 5 điểm b (bổ sung bởi NĐ 48/2023)';
export const ND48_DISCIPLINE_C = 'NĐ 90/2020 Điều 2 khoản 5 điểm c (bổ sung bởi NĐ 48/2023)';
export const ND48_QUOTA = 'NĐ 90/2020 Điều 2 khoản 6 (bổ sung bởi NĐ 48/2023); Hướng dẫn 21-HD/BTCTW';
export const LEADER_CEILING = 'Luật Cán bộ, công chức Điều 56 khoản 2 (sửa đổi 2019)';

/** ND 90 Điều 8 (HTXSNV), 9 (HTTNV), 10 (HTNV), 11 (KHTNV); khoản 1 non-leaders, khoản 2 leaders (law.md 2.2). */
export function nd90LevelClause(article: 8 | 9 | 10 | 11, isLeader: boolean, point: string): string {
  return `NĐ 90/2020 Điều ${article} khoản ${isLeader ? 2 : 1} điểm ${point}`;
}
// law.md 6: the person may complain under Luật Khiếu nại; whether a rating falls under it, and the article,
// are UNCONFIRMED: the deadline (thời hiệu khiếu nại, 90 ngày) is a setting, complaints.deadlineDays.
export const COMPLAINT_DEADLINE = 'Luật Khiếu nại 2011 Điều 9, thời hiệu khiếu nại 90 ngày (điều khoản chưa xác minh)';
