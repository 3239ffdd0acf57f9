/**
 * Why a document is refused. NOT_ENTITLED: the acting user is not among those who receive it (the
 * person, their managers and competent levels; the unit's keepers and evaluator; HR; a published
 * unit's members for its results). NOTHING_READABLE: the services returned nothing the user may read
 * (SharePoint's own walls, or nothing recorded yet).
 */
export type DocumentRefusal = 'NOT_ENTITLED' | 'NOTHING_READABLE';

/** The acting user may not have this document (the message says why, in Vietnamese). */
export class DocumentNotAllowedError extends Error {
  public readonly name: string = 'DocumentNotAllowedError';
  public readonly refusal: DocumentRefusal;

  public constructor(refusal: DocumentRefusal, message: string) {
    super(message);
    Object.setPrototypeOf(this, DocumentNotAllowedError.prototype);
    this.refusal = refusal;
  }
}

/** The document was asked for something that does not exist (a unit, a person, a period); the argument is named. */
export class DocumentArgumentError extends Error {
  public readonly name: string = 'DocumentArgumentError';
  public readonly argument: 'unit' | 'person' | 'period' | 'year';

  public constructor(argument: 'unit' | 'person' | 'period' | 'year', message: string) {
    super(message);
    Object.setPrototypeOf(this, DocumentArgumentError.prototype);
    this.argument = argument;
  }
}
