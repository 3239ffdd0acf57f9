import type { SPFI } from '@pnp/sp';
import { readScopesForYear } from '../../domain/org/readScopes';
import type { ProvisioningReport } from '../contracts';
import type { OrgDirectoryService } from '../graph/OrgDirectoryService';
import { ensureAccess, ensureHrGroup } from './access';
import { ensureSchema } from './provisioning';

/**
 * What the administration view's one button does: bring the lists to the current schema, then, once
 * HR has filled the units list, apply the year's read scopes (a folder and a group per unit). Both are
 * idempotent: a second run changes nothing, a run after a failure finishes the job.
 */
export async function ensureSiteSetup(sp: SPFI, orgDirectory: OrgDirectoryService, year: number): Promise<ProvisioningReport> {
  const report = await ensureSchema(sp);
  const { org } = await orgDirectory.getOrg();
  await ensureHrGroup(sp, org.hrLogins);
  if (Object.keys(org.units).length === 0) return report;
  const access = await ensureAccess(sp, readScopesForYear(org, year), org.hrLogins);
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
