import { GroupRow, ItemRow, ListRow, RoleDefinitionRow, UserRow } from '../../store/store';
import { listRootPath, loginName, SITE_PATH, SITE_TITLE, SpContext } from './context';
import { Entity } from './odata';
import { BasePermissions } from './permissions';

export const WEB_ID = '7a3c1e52-9d4b-4f0e-8a61-2b5c7d9e0f13';
export const SITE_ID = '5e0f2a7c-3b1d-4c8e-9f6a-1d2e3f4a5b6c';

export function webEntity(ctx: SpContext): Entity {
  const props: Record<string, unknown> = {
    AllowRssFeeds: true, AlternateCssUrl: '', AppInstanceId: '00000000-0000-0000-0000-000000000000', ClassicWelcomePage: null,
    Configuration: 0, Created: ctx.store.getMeta('seeded') ?? '2026-01-01T00:00:00Z', CurrentChangeToken: { StringValue: '1;2;' + WEB_ID },
    CustomMasterUrl: `${SITE_PATH}/_catalogs/masterpage/seattle.master`, Description: 'Trang đánh giá, xếp loại chất lượng công chức (mạng nội bộ mô phỏng)',
    DesignPackageId: '00000000-0000-0000-0000-000000000000', DocumentLibraryCalloutOfficeWebAppPreviewersDisabled: false,
    EnableMinimalDownload: false, FooterEmphasis: 0, FooterEnabled: false, FooterLayout: 0, HeaderEmphasis: 0, HeaderLayout: 0,
    HideTitleInHeader: false, HorizontalQuickLaunch: false, Id: WEB_ID, IsEduClass: false, IsHomepageModernized: false,
    IsMultilingual: true, IsRevertHomepageLinkHidden: false, Language: 1066, LastItemModifiedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    LastItemUserModifiedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), LogoAlignment: 0, MasterUrl: `${SITE_PATH}/_catalogs/masterpage/seattle.master`,
    MegaMenuEnabled: false, NavAudienceTargetingEnabled: false, NoCrawl: false, ObjectCacheEnabled: false, OverwriteTranslationsOnChange: false,
    ResourcePath: { DecodedUrl: ctx.webAbs }, QuickLaunchEnabled: true, RecycleBinEnabled: true, SearchScope: 0,
    ServerRelativeUrl: SITE_PATH, SiteLogoUrl: null, SyndicationEnabled: false, TenantAdminMembersCanShare: 0, Title: SITE_TITLE,
    TreeViewEnabled: false, UIVersion: 15, UIVersionConfigurationEnabled: false, Url: ctx.webAbs, WebTemplate: 'SITEPAGEPUBLISHING',
    WelcomePage: 'SitePages/Home.aspx'
  };
  return new Entity('SP.Web', `${ctx.webAbs}/_api/Web`, 'Web', props);
}

export function userEntity(ctx: SpContext, u: UserRow): Entity {
  const props: Record<string, unknown> = {
    Id: u.id, IsHiddenInUI: false, LoginName: loginName(u), Title: u.title, PrincipalType: u.principalType, Email: u.principalType === 1 ? u.email : '',
    Expiration: '', IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false, IsSiteAdmin: u.isSiteAdmin,
    UserId: u.principalType === 1 ? { NameId: u.graphId.replace(/-/g, '').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' } : null,
    UserPrincipalName: u.principalType === 1 ? u.upn : null
  };
  return new Entity('SP.User', `${ctx.webAbs}/_api/Web/GetUserById(${u.id})`, `Web/GetUserById(${u.id})`, props);
}

export function groupEntity(ctx: SpContext, g: GroupRow): Entity {
  const owner = ctx.store.groupById(g.ownerId) ?? undefined;
  const props: Record<string, unknown> = {
    Id: g.id, IsHiddenInUI: false, LoginName: g.title, Title: g.title, PrincipalType: 8, AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false, AutoAcceptRequestToJoinLeave: false, Description: g.description, OnlyAllowMembersViewMembership: false,
    OwnerTitle: owner ? owner.title : g.title, RequestToJoinLeaveEmailSetting: ''
  };
  return new Entity('SP.Group', `${ctx.webAbs}/_api/Web/SiteGroups/GetById(${g.id})`, `Web/SiteGroups/GetById(${g.id})`, props);
}

export function basePermissionsValue(mask: BasePermissions): Record<string, string> {
  // Int64 values travel as strings in SharePoint's JSON
  return { High: String(mask.high), Low: String(mask.low) };
}

export function roleDefinitionEntity(ctx: SpContext, d: RoleDefinitionRow): Entity {
  const props: Record<string, unknown> = {
    BasePermissions: basePermissionsValue({ low: d.low, high: d.high }), Description: d.description, Hidden: d.hidden, Id: d.id,
    Name: d.name, Order: d.sort, RoleTypeKind: d.roleType
  };
  return new Entity('SP.RoleDefinition', `${ctx.webAbs}/_api/Web/RoleDefinitions(${d.id})`, `Web/RoleDefinitions(${d.id})`, props);
}

export function folderEntity(ctx: SpContext, list: ListRow, folder: ItemRow | null): Entity {
  const path = folder ? `${folder.folder}/${folder.leaf}` : listRootPath(list);
  const count = Number(ctx.store.get('SELECT count(*) AS n FROM items WHERE list_id = ? AND folder = ?', list.id, path)?.n ?? 0);
  const props: Record<string, unknown> = {
    Exists: true, ExistsAllowThrowForPolicyFailures: true, ExistsWithException: true, IsWOPIEnabled: false, ItemCount: count,
    Name: folder ? folder.leaf : list.urlName, ProgID: null, ServerRelativePath: { DecodedUrl: path }, ServerRelativeUrl: path,
    TimeCreated: folder ? folder.created : list.created, TimeLastModified: folder ? folder.modified : list.modified,
    UniqueId: folder ? folder.uid : list.id, WelcomePage: ''
  };
  const link = `Web/GetFolderByServerRelativePath(decodedurl='${path.replace(/'/g, "''")}')`;
  return new Entity('SP.Folder', `${ctx.webAbs}/_api/${link}`, link, props);
}
