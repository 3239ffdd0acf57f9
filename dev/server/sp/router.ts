import { handleCall } from './actions';
import { SpContext, SpServices } from './context';
import { spErrors } from './errors';
import { handleDelete, handleGet, handleMerge, handlePost } from './handlers';
import { navigate } from './navigate';
import { Payload } from './odata';

export type { SpServices } from './context';

/** Routes one SharePoint REST call (path after `/_api/`, already URL-decoded). */
export function routeSp(ctx: SpContext, apiPath: string, services: SpServices): Payload {
  const node = navigate(ctx, apiPath);
  const method = ctx.method.toUpperCase();
  if (node.k === 'call') {
    if (method === 'GET' && node.name !== 'hasunique') {
      throw spErrors.methodNotAllowed();
    }
    return handleCall(ctx, node, services);
  }
  switch (method) {
    case 'GET':
      return handleGet(ctx, node);
    case 'POST':
      return handlePost(ctx, node);
    case 'MERGE':
    case 'PATCH':
    case 'PUT':
      return handleMerge(ctx, node);
    case 'DELETE':
      return handleDelete(ctx, node);
    default:
      throw spErrors.methodNotAllowed();
  }
}

