/**
 * A sample Bộ Văn hóa, Thể thao và Du lịch: real unit names (Vụ, Văn phòng, Thanh tra, Cục), sample
 * phòng inside the Cục, Văn phòng Bộ and Thanh tra Bộ. Not an authoritative org chart: enough for the
 * product to be tried with a realistic shape (Vụ have no phòng; Cục have a few).
 */
export interface UnitDef {
  id: string;
  name: string;
  kind: 'vu' | 'vanphong' | 'thanhtra' | 'cuc';
  headTitle: string;
  deputyTitle: string;
  /** relative size when spreading the staff */
  weight: number;
  phong: string[];
}

export const MINISTRY_NAME = 'Bộ Văn hóa, Thể thao và Du lịch';
export const LEADERSHIP_DEPARTMENT = 'Lãnh đạo Bộ';

const vu = (id: string, name: string, weight: number): UnitDef =>
  ({ id, name, kind: 'vu', headTitle: 'Vụ trưởng', deputyTitle: 'Phó Vụ trưởng', weight, phong: [] });
const cuc = (id: string, name: string, weight: number, phong: string[]): UnitDef =>
  ({ id, name, kind: 'cuc', headTitle: 'Cục trưởng', deputyTitle: 'Phó Cục trưởng', weight, phong: ['Văn phòng Cục', ...phong] });

export const UNITS: UnitDef[] = [
  { id: 'VPB', name: 'Văn phòng Bộ', kind: 'vanphong', headTitle: 'Chánh Văn phòng', deputyTitle: 'Phó Chánh Văn phòng', weight: 3,
    phong: ['Phòng Hành chính', 'Phòng Tổng hợp', 'Phòng Quản trị'] },
  { id: 'TTB', name: 'Thanh tra Bộ', kind: 'thanhtra', headTitle: 'Chánh Thanh tra', deputyTitle: 'Phó Chánh Thanh tra', weight: 2,
    phong: ['Phòng Thanh tra văn hóa', 'Phòng Thanh tra thể thao và du lịch', 'Phòng Tiếp công dân và xử lý đơn thư'] },
  vu('TCCB', 'Vụ Tổ chức cán bộ', 2),
  vu('KHTC', 'Vụ Kế hoạch, Tài chính', 2),
  vu('PC', 'Vụ Pháp chế', 1),
  vu('DT', 'Vụ Đào tạo', 1),
  vu('KHCNMT', 'Vụ Khoa học, Công nghệ và Môi trường', 1),
  vu('TDKT', 'Vụ Thi đua, Khen thưởng', 1),
  cuc('DSVH', 'Cục Di sản văn hóa', 3, ['Phòng Quản lý di tích', 'Phòng Di sản văn hóa phi vật thể', 'Phòng Bảo tàng']),
  cuc('NTBD', 'Cục Nghệ thuật biểu diễn', 2, ['Phòng Nghệ thuật', 'Phòng Quản lý biểu diễn']),
  cuc('DA', 'Cục Điện ảnh', 2, ['Phòng Quản lý sản xuất phim', 'Phòng Phổ biến phim']),
  cuc('BQTG', 'Cục Bản quyền tác giả', 2, ['Phòng Quản lý quyền tác giả', 'Phòng Quản lý quyền liên quan']),
  cuc('VHCS', 'Cục Văn hóa cơ sở, Gia đình và Thư viện', 3, ['Phòng Văn hóa cơ sở', 'Phòng Gia đình', 'Phòng Thư viện']),
  cuc('HTQT', 'Cục Hợp tác quốc tế', 2, ['Phòng Hợp tác song phương', 'Phòng Hợp tác đa phương']),
  cuc('MTNATL', 'Cục Mỹ thuật, Nhiếp ảnh và Triển lãm', 2, ['Phòng Mỹ thuật', 'Phòng Nhiếp ảnh', 'Phòng Triển lãm']),
  cuc('TDTT', 'Cục Thể dục thể thao Việt Nam', 3, ['Phòng Thể thao thành tích cao', 'Phòng Thể thao quần chúng']),
  cuc('DLQG', 'Cục Du lịch Quốc gia Việt Nam', 3, ['Phòng Lữ hành', 'Phòng Lưu trú du lịch', 'Phòng Xúc tiến du lịch']),
  cuc('BC', 'Cục Báo chí', 2, ['Phòng Báo in', 'Phòng Báo điện tử']),
  cuc('XBIPH', 'Cục Xuất bản, In và Phát hành', 2, ['Phòng Quản lý xuất bản', 'Phòng Quản lý in và phát hành'])
];

export const STAFF_TITLES = ['Chuyên viên', 'Chuyên viên', 'Chuyên viên', 'Chuyên viên chính', 'Chuyên viên chính', 'Chuyên viên cao cấp', 'Cán sự'];
export const INSPECTOR_TITLES = ['Thanh tra viên', 'Thanh tra viên', 'Thanh tra viên chính'];
export const ACCOUNTANT_TITLES = ['Kế toán viên', 'Chuyên viên', 'Chuyên viên chính'];
