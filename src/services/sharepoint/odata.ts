/** A string literal inside an OData $filter: single quotes are doubled, as OData requires. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** True when PnPjs rejected because SharePoint answered 404 (e.g. a list that does not exist). */
export function isNotFound(error: unknown): boolean {
  return httpStatusOf(error) === 404;
}

export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}
