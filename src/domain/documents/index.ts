import { buildBienBan } from './bienBan';
import { buildDanhSach } from './danhSach';
import { slug } from './format';
import type { DocumentRequest } from './inputs';
import type { DocumentModel, WorkbookModel } from './model';
import { buildPhieuKy } from './phieuKy';
import { buildPhieuNam } from './phieuNam';
import { buildQuyetDinh } from './quyetDinh';

/** The official documents: one builder per kind, each pure (inputs in, a format-neutral model out). */

export type BuiltDocument = { format: 'docx'; model: DocumentModel } | { format: 'xlsx'; model: WorkbookModel };

export function buildDocument(request: DocumentRequest): BuiltDocument {
  switch (request.kind) {
    case 'phieu-ky':
      return { format: 'docx', model: buildPhieuKy(request.input) };
    case 'phieu-nam':
      return { format: 'docx', model: buildPhieuNam(request.input) };
    case 'bien-ban':
      return { format: 'docx', model: buildBienBan(request.input) };
    case 'quyet-dinh':
      return { format: 'docx', model: buildQuyetDinh(request.input) };
    default:
      return { format: 'xlsx', model: buildDanhSach(request.input) };
  }
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A file name without diacritics, e.g. "phieu-danh-gia-2026-11-nguyen-van-an.docx". */
export function documentFileName(request: DocumentRequest): string {
  switch (request.kind) {
    case 'phieu-ky': {
      const p = request.input.period;
      const period = p.kind === 'MONTH' ? pad2(p.index) : `q${p.index}`;
      return `phieu-danh-gia-${p.year}-${period}-${slug(request.input.person.name)}.docx`;
    }
    case 'phieu-nam':
      return `phieu-danh-gia-nam-${request.input.year}-${slug(request.input.person.name)}.docx`;
    case 'bien-ban':
      return `bien-ban-hop-danh-gia-${request.input.year}-${slug(request.input.unitName)}.docx`;
    case 'quyet-dinh':
      return `${request.input.form === 'QUYET_DINH' ? 'quyet-dinh' : 'thong-bao'}-ket-qua-${request.input.year}-${slug(request.input.unitName)}.docx`;
    default:
      return `danh-sach-ket-qua-${request.input.year}-${slug(request.input.scope.name)}.xlsx`;
  }
}
