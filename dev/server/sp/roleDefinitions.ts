import { RoleDefinitionRow } from '../../store/store';
import { SpContext } from './context';
import { SpError, spErrors } from './errors';
import { Perm, ROLE } from './permissions';
import { requireWebPerm } from './shape';

// Custom permission levels: web/roledefinitions POST (PnPjs roleDefinitions.add), MERGE and DELETE on one of them.

const SETTABLE = new Set(['Name', 'Description', 'Order', 'BasePermissions', 'Hidden']);
const INT64 = "Cannot convert a primitive value to the expected type 'Edm.Int64'. See the inner exception for more details.";

/**
 * One half of SP.BasePermissions. Int64 travels as a string in SharePoint's JSON, and SharePoint refuses a
 * JSON number there (400, as pnp/pnpjs#1393 reports); PnPjs's add and update send strings.
 */
function int64(v: unknown): number {
  if (typeof v !== 'string' || !/^\s*\d+\s*$/.test(v)) {
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', INT64);
  }
  const n = Number(v);
  if (n > 0xffffffff) {
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', INT64);
  }
  return n >>> 0;
}

function cleanBody(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object') {
    return {};
  }
  const b = { ...(body as Record<string, unknown>) };
  delete b.__metadata;
  for (const k of Object.keys(b)) {
    if (!SETTABLE.has(k)) {
      throw spErrors.badProperty(k, 'SP.RoleDefinition');
    }
  }
  return b;
}

function duplicate(): SpError {
  return new SpError(400, '-2130575293, Microsoft.SharePoint.SPException', 'A permission level with this name already exists. Type a different name.');
}

function apply(ctx: SpContext, d: RoleDefinitionRow, b: Record<string, unknown>): void {
  if (b.Name !== undefined) {
    const name = String(b.Name ?? '').trim();
    if (!name) {
      throw spErrors.badRequest('The permission level name cannot be empty.');
    }
    const other = ctx.store.roleDefinitionByName(name);
    if (other && other.id !== d.id) {
      throw duplicate();
    }
    d.name = name;
  }
  if (b.Description !== undefined) {
    d.description = String(b.Description ?? '');
  }
  if (b.Order !== undefined) {
    const n = Number(b.Order);
    if (!Number.isInteger(n)) {
      throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        "Cannot convert a primitive value to the expected type 'Edm.Int32'. See the inner exception for more details.");
    }
    d.sort = n;
  }
  if (b.Hidden !== undefined) {
    d.hidden = b.Hidden === true;
  }
  if (b.BasePermissions !== undefined) {
    const bp = (b.BasePermissions ?? {}) as { High?: unknown; Low?: unknown };
    d.high = int64(bp.High);
    d.low = int64(bp.Low);
  }
}

/** POST web/roledefinitions: { BasePermissions: { High, Low } (strings), Description, Name, Order }. */
export function createRoleDefinition(ctx: SpContext, body: unknown): RoleDefinitionRow {
  requireWebPerm(ctx, Perm.ManagePermissions);
  const b = cleanBody(body);
  if (String(b.Name ?? '').trim() === '') {
    throw spErrors.badRequest('The permission level name cannot be empty.');
  }
  const d: RoleDefinitionRow = { id: ctx.store.nextRoleDefinitionId(), name: '', description: '', sort: 0, roleType: 0, low: 0, high: 0, hidden: false };
  apply(ctx, d, b);
  ctx.store.insertRoleDefinition(d);
  return d;
}

function requireEditable(d: RoleDefinitionRow): void {
  if (d.id === ROLE.fullControl || d.id === ROLE.limitedAccess) {
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `The permission level '${d.name}' cannot be changed or deleted.`);
  }
}

/** MERGE on web/roledefinitions(id) (PnPjs roleDefinition.update): Name, Description, Order, BasePermissions. */
export function updateRoleDefinition(ctx: SpContext, d: RoleDefinitionRow, body: unknown): void {
  requireWebPerm(ctx, Perm.ManagePermissions);
  requireEditable(d);
  const next = { ...d };
  apply(ctx, next, cleanBody(body));
  ctx.store.updateRoleDefinition(next);
}

/** DELETE on web/roledefinitions(id): the level goes, and every assignment that used it. */
export function deleteRoleDefinition(ctx: SpContext, d: RoleDefinitionRow): void {
  requireWebPerm(ctx, Perm.ManagePermissions);
  requireEditable(d);
  ctx.store.deleteRoleDefinition(d.id);
}
