import type { SPFI } from '@pnp/sp';
import type { DocumentKind, DocumentRequest, RenderedDocument } from '../../domain/documents/inputs';
import { readSettingRows } from '../admin/SettingsReader';
import type { AppServices } from '../contracts';
import type { OrgDirectoryService } from '../graph/OrgDirectoryService';
import { renderDocument } from './render';
import type { DocumentArgs, IDocumentService } from './contracts';
import { DocumentNotAllowedError } from './errors';
import { DocumentSource } from './source';

/** SharePoint's or Graph's own refusal (401, 403) of a read the document needs. */
function refusedBySite(error: unknown): boolean {
  const e = error as { status?: unknown; statusCode?: unknown } | undefined;
  const status = e && typeof e === 'object' ? (typeof e.status === 'number' ? e.status : e.statusCode) : undefined;
  return status === 401 || status === 403;
}

/** Gathers a document's input with the acting user's rights (DocumentSource); the site's refusal is a refusal of the document. */
export async function gatherDocument(source: DocumentSource, kind: DocumentKind, args: DocumentArgs): Promise<DocumentRequest> {
  try {
    return await gatherWith(source, kind, args);
  } catch (error) {
    if (refusedBySite(error)) throw new DocumentNotAllowedError('NOTHING_READABLE', `Trang đánh giá từ chối cho đồng chí đọc dữ liệu của văn bản này (${(error as Error).message}).`);
    throw error;
  }
}

async function gatherWith(source: DocumentSource, kind: DocumentKind, args: DocumentArgs): Promise<DocumentRequest> {
  switch (kind) {
    case 'phieu-ky':
      return { kind, input: await source.phieuKy(args) };
    case 'phieu-nam':
      return { kind, input: await source.phieuNam(args) };
    case 'bien-ban':
      return { kind, input: await source.bienBan(args) };
    case 'quyet-dinh':
      return { kind, input: await source.quyetDinh(args) };
    case 'danh-sach':
      return { kind, input: await source.danhSach(args) };
  }
}

/** Gather, then render (.docx, or .xlsx for the list): the same code in the browser and in the CLI. */
export async function generateDocument(source: DocumentSource, kind: DocumentKind, args: DocumentArgs): Promise<RenderedDocument> {
  return renderDocument(await gatherDocument(source, kind, args));
}

/**
 * The documents service of a page (or a script), built from the composition root's clients when the
 * first document is asked for: this module, the builders and the renderers are the 'dgcc-documents' chunk.
 */
export function createDocumentService(sp: SPFI, orgDirectory: OrgDirectoryService, services: Pick<AppServices, 'directory' | 'evaluation' | 'journey'>): IDocumentService {
  const source = new DocumentSource({ services, org: () => orgDirectory.getOrg().then((loaded) => loaded.org), settingRows: () => readSettingRows(sp) });
  return { generate: (kind, args) => generateDocument(source, kind, args) };
}
