import { keepLastWords, nationalHeader, signerCaptions } from '../../../src/domain/documents/blocks';
import { MARGINS_MM, PAGE, SIZES } from '../../../src/domain/documents/layout';
import { identity } from './fixtures';

describe('the pieces of every document (NĐ 30/2020 Phụ lục I)', () => {
  it('writes the signer’s authority before the head’s title, then the signer’s own (3.4, ô 7a: TM., KT., Q., TL., TUQ.)', () => {
    expect(signerCaptions({ authority: 'KT.', authorityOf: 'Bộ trưởng', position: 'Thứ trưởng', name: 'Lê Minh Quang' })).toEqual(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']);
    expect(signerCaptions({ authority: 'TM.', authorityOf: 'Hội đồng đánh giá', position: 'Chủ tịch', name: 'Đặng Thu Hà' })).toEqual(['TM. HỘI ĐỒNG ĐÁNH GIÁ', 'CHỦ TỊCH']);
    expect(signerCaptions({ authority: 'TL.', authorityOf: 'Bộ trưởng', position: 'Vụ trưởng Vụ Tổ chức cán bộ', name: 'Trần Thị Mai' })).toEqual(['TL. BỘ TRƯỞNG', 'VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ']);
    expect(signerCaptions({ authority: '', position: 'Cục trưởng', name: 'Đặng Thu Hà' })).toEqual(['CỤC TRƯỞNG']);
  });

  it('keeps the header within the text width and A4 with the margins chosen inside the ranges', () => {
    const header = nationalHeader(identity(), { typeCode: 'QĐ', withDate: true });
    const width = header.columnWidthsMm.reduce((a, b) => a + b, 0);
    expect(width).toBeCloseTo(PAGE.widthMm - MARGINS_MM.left - MARGINS_MM.right, 5);
    expect(header.borders).toBe(false);
    expect(PAGE).toMatchObject({ widthMm: 210, heightMm: 297 });
    expect(SIZES.body).toBeGreaterThanOrEqual(13);
    expect(SIZES.body).toBeLessThanOrEqual(14);
  });

  it('binds a line’s last words so a long name wraps before them', () => {
    expect(keepLastWords('BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 3)).toBe('BỘ VĂN HÓA, THỂ THAO VÀ\u00a0DU\u00a0LỊCH');
    expect(keepLastWords('VỤ PHÁP CHẾ', 3)).toBe('VỤ PHÁP CHẾ');
  });
});
