import type { DocumentKind, RenderedDocument } from '../../domain/documents/inputs';

/** What a document is about: the year, and the period, unit or person its kind needs. */
export interface DocumentArgs {
  year: number;
  /** phieu-ky: the month (1–12) or quarter (1–4), as the person's unit reports */
  period?: number;
  /** bien-ban, quyet-dinh: required; danh-sach: absent for the ministry's list */
  unitCode?: string;
  /** phieu-ky, phieu-nam: absent for the acting user's own */
  personLogin?: string;
}

/**
 * The official documents, gathered with the acting user's rights and rendered in the browser or in
 * Node. Throws DocumentNotAllowedError when the user may not have it, DocumentArgumentError when the
 * unit, person or period does not exist.
 */
export interface IDocumentService {
  generate(kind: DocumentKind, args: DocumentArgs): Promise<RenderedDocument>;
}
