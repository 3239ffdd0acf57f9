import { quotaScopeText } from '../../src/components/reviewAndDecide/quotaText';
import { quotaOf } from '../../src/domain/evaluation/decisionSheet';
import type { QuotaScope } from '../../src/domain/rating/quota';
import type { RatingOutcome } from '../../src/domain/rating/ratingCodes';
import { DEFAULT_SETTINGS, type QuotaSettings } from '../../src/domain/rating/settings';
import { ND90_48_RULE_SET } from '../../src/domain/rating/ruleSets';
import { en, vi } from '../support/strings';

// The HTXSNV quota in words (issue 14): NĐ 90/2020 Điều 2 khoản 6 as amended by NĐ 48/2023 (the engine's
// ND48_QUOTA) and NĐ 335/2025's quota: at most 20 % of the base, rounded down (law.md 3.7). The base, the rate and
// what an exception may do are HR's settings (the text's "HTTNV" reading by default, law.md 3.7 b UNCONFIRMED).

const GROUP = 'Chuyên viên';
const REASON = { reason: 'Phòng được Bộ khen thưởng thành tích xuất sắc, nổi trội.' };

function scope(ratings: RatingOutcome[], settings: QuotaSettings, excepted = 0): QuotaScope {
  let left = excepted;
  const counted = ratings.map((rating) => {
    const exception = rating === 'HTXSNV' && left > 0 ? (left--, REASON) : undefined;
    return { group: GROUP, rating, exception };
  });
  return quotaOf(counted, 'Đặng Thu Hà', settings, ND90_48_RULE_SET).perScope[0];
}

const ORAbove: QuotaSettings = { ...DEFAULT_SETTINGS.quota, base: 'HTTNV_OR_ABOVE', rate: 0.2 };

describe('the quota line of the decision sheet', () => {
  it('says what the 3 counts, and how 20 % of 3 rounds down to 0', () => {
    const text = quotaScopeText(vi, scope(['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV'], ORAbove), ORAbove, 'vi-VN');
    expect(text).toBe(
      'Nhóm “Chuyên viên”: tính trên 3 người được đề xuất hoặc quyết định mức Hoàn thành tốt nhiệm vụ trở lên; ' +
        'tối đa 20 % của 3 = 0,6, làm tròn xuống: 0 người Hoàn thành xuất sắc nhiệm vụ. ' +
        'Đang có 1 người Hoàn thành xuất sắc nhiệm vụ: vượt tỷ lệ 1 người. ' +
        'Mỗi ngoại lệ được ghi nhận kèm lý do cho phép thêm một người (thiết lập của Bộ không đặt trần).'
    );
  });

  it('counts only those rated HTTNV under the literal reading, and needs no rounding when 20 % is whole', () => {
    const settings: QuotaSettings = { ...DEFAULT_SETTINGS.quota, base: 'HTTNV', rate: 0.2 };
    const text = quotaScopeText(vi, scope(['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV'], settings), settings, 'vi-VN');
    expect(text).toBe(
      'Nhóm “Chuyên viên”: tính trên 5 người được đề xuất hoặc quyết định mức Hoàn thành tốt nhiệm vụ; tối đa 20 % của 5 = 1 người Hoàn thành xuất sắc nhiệm vụ. ' +
        'Đang có 1 người Hoàn thành xuất sắc nhiệm vụ: trong tỷ lệ.'
    );
  });

  it('a recorded exception: still over the plain quota, with the exception, and its cap from HR’s ceiling', () => {
    // Ceiling 40 %: 40 % of 4 = 1,6 → 1 with exceptions, while the plain limit is 20 % of 4 = 0,8 → 0.
    const settings: QuotaSettings = { ...ORAbove, exceptionMaxRate: 0.4 };
    const one = scope(['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV'], settings, 1);
    expect(one.violated).toBe(false);
    expect(quotaScopeText(vi, one, settings, 'vi-VN')).toBe(
      'Nhóm “Chuyên viên”: tính trên 4 người được đề xuất hoặc quyết định mức Hoàn thành tốt nhiệm vụ trở lên; ' +
        'tối đa 20 % của 4 = 0,8, làm tròn xuống: 0 người Hoàn thành xuất sắc nhiệm vụ. ' +
        'Đang có 1 người Hoàn thành xuất sắc nhiệm vụ: vượt tỷ lệ 1 người, có ngoại lệ được ghi nhận (tối đa 1 người khi có ngoại lệ). ' +
        'Mỗi ngoại lệ được ghi nhận kèm lý do cho phép thêm một người, nhưng không quá 40 % của 4 = 1,6, làm tròn xuống: 1 người (thiết lập của Bộ).'
    );
    // Two exceptions cannot pass the ceiling: still over, and said so.
    const two = scope(['HTXSNV', 'HTXSNV', 'HTTNV', 'HTTNV'], settings, 2);
    expect(two.violated).toBe(true);
    expect(quotaScopeText(vi, two, settings, 'vi-VN')).toContain('Đang có 2 người Hoàn thành xuất sắc nhiệm vụ: vượt 1 người kể cả ngoại lệ đã ghi nhận (tối đa 1 người khi có ngoại lệ).');
  });

  it('where HR allows no exception, says to lower someone', () => {
    const settings: QuotaSettings = { ...ORAbove, exceptionMode: 'NOT_ALLOWED' };
    const text = quotaScopeText(vi, scope(['HTXSNV', 'HTTNV', 'HTTNV'], settings, 1), settings, 'vi-VN');
    expect(text).toContain('vượt tỷ lệ 1 người.');
    expect(text).toContain('Thiết lập của Bộ không cho phép ngoại lệ vượt tỷ lệ: cần hạ bớt.');
  });

  it('reads in English with the English decimal point', () => {
    const text = quotaScopeText(en, scope(['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV'], ORAbove), ORAbove, 'en-US');
    expect(text).toContain('at most 20 % of 3 = 0.6, rounded down: 0');
  });
});
