import { buildDocument, documentFileName } from '../../../domain/documents';
import type { DocumentRequest, RenderedDocument } from '../../../domain/documents/inputs';
import { renderDocx } from './docx';
import { renderXlsx } from './xlsx';

export type { DocumentRequest, RenderedDocument } from '../../../domain/documents/inputs';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Builds and renders one official document, in the browser or in node (the CLI). Callers load this
 * module with import() so that only a download pulls docx (and, for a workbook, exceljs) in.
 */
export async function renderDocument(doc: DocumentRequest): Promise<RenderedDocument> {
  const built = buildDocument(doc);
  const fileName = documentFileName(doc);
  if (built.format === 'xlsx') {
    return { fileName, mimeType: XLSX_MIME, bytes: await renderXlsx(built.model) };
  }
  return { fileName, mimeType: DOCX_MIME, bytes: await renderDocx(built.model) };
}
