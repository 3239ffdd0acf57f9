/**
 * SharePoint's REST errors: an HTTP status plus `code` ("<hresult>, <.NET exception type>") and a
 * message, rendered as `{"odata.error":…}` (JSON light) or `{"error":…}` (verbose) by odata.ts.
 */
export class SpError extends Error {
  public constructor(public readonly status: number, public readonly code: string, message: string) {
    super(message);
  }
}

const SP_EXCEPTION = '-2130575338, Microsoft.SharePoint.SPException';
const ACCESS_DENIED = '-2147024891, System.UnauthorizedAccessException';
const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const ARGUMENT = '-2147024809, System.ArgumentException';

export const spErrors = {
  listNotFound: (title: string, webUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${webUrl}'.`),
  listIdNotFound: (): SpError =>
    new SpError(404, '-1, System.ArgumentException', 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'),
  itemNotFound: (): SpError =>
    new SpError(404, SP_EXCEPTION, 'Item does not exist. It may have been deleted by another user.'),
  fieldNotFound: (name: string): SpError =>
    new SpError(404, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`),
  folderNotFound: (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  userNotFound: (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'),
  groupNotFound: (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  principalNotFound: (login: string): SpError =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`),
  roleDefinitionNotFound: (): SpError =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find the role definition.'),
  accessDenied: (): SpError => new SpError(403, ACCESS_DENIED, 'Access denied. You do not have permission to perform this action or access this resource.'),
  anonymous: (detail: string): SpError => new SpError(401, ACCESS_DENIED, detail),
  digest: (): SpError => new SpError(403, '-2130575251, Microsoft.SharePoint.SPException',
    "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."),
  versionConflict: (sent?: string, current?: string): SpError => new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
    sent !== undefined && current !== undefined
      ? `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`
      : 'The request ETag value does not match the object\'s ETag value.'),
  throttled: (): SpError => new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.'),
  badProperty: (prop: string, type: string): SpError => new SpError(400, INVALID_QUERY,
    `The property '${prop}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`),
  invalidQuery: (message: string): SpError => new SpError(400, INVALID_QUERY, message),
  badField: (name: string): SpError => new SpError(400, ARGUMENT,
    `Column '${name}' does not exist. It may have been deleted by another user.`),
  selectNeedsExpand: (field: string, nav: string): SpError => new SpError(400, SP_EXCEPTION,
    `The query to field '${field}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${nav}.`),
  duplicateList: (): SpError => new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'),
  duplicateField: (title: string): SpError => new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
    `A duplicate field name "${title}" was found.`),
  notSupported: (what: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
    `Cannot find resource for the request ${what}.`),
  methodNotAllowed: (): SpError => new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    'The HTTP method is not allowed for this resource.'),
  badRequest: (message: string): SpError => new SpError(400, ARGUMENT, message)
};
