import type { SPFI } from '@pnp/sp';
import { personalScopes, reportScopes, readScopesForYear } from '../../domain/org/readScopes';
import type { ProvisioningReport } from '../contracts';
import type { OrgDirectoryService } from '../graph/OrgDirectoryService';
import { ensureAccess } from './access';
import { ensureSchema } from './provisioning';

/**
 * What the administration view's one button does: bring the lists to the current schema, secure them
 * (HR's group, the configuration lists, the lists of acts) and apply the year's read scopes (a folder
 * and a group per unit, once HR has filled the units list). Idempotent: a second run changes nothing,
 * a run after a failure finishes the job.
 */
export async function ensureSiteSetup(sp: SPFI, orgDirectory: OrgDirectoryService, year: number): Promise<ProvisioningReport> {
  const report = await ensureSchema(sp);
  const { org, snapshot } = await orgDirectory.getOrg();
  // Before HR fills the units list there is no unit to scope, but the lists are secured all the same.
  const access = await ensureAccess(sp, readScopesForYear(org, year), org.hrLogins, personalScopes(org), reportScopes(org, year));
  // The organisation's first snapshot (issue 13): later ones are HR's button or a due refresh.
  if (!snapshot || !snapshot.takenAt) await orgDirectory.refreshSnapshot();
  return {
    ...report,
    access: {
      year,
      foldersCreated: access.foldersCreated,
      foldersSecured: access.foldersSecured,
      groupsCreated: access.groupsCreated.length,
      membersAdded: access.membersAdded
    }
  };
}
