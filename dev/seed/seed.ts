import { createHash } from 'crypto';
import { IntranetStore, UserRow } from '../store/store';
import { defaultRoleDefinitions, ROLE } from '../server/sp/permissions';
import { DEV_ACCOUNTS, DevRole, DOMAIN, MINISTER } from './accounts';
import { ACCOUNTANT_TITLES, INSPECTOR_TITLES, LEADERSHIP_DEPARTMENT, STAFF_TITLES, UNITS, UnitDef } from './ministry';
import { asciiSlug, FAMILY_NAMES, FEMALE_GIVEN, FEMALE_MIDDLE, MALE_GIVEN, MALE_MIDDLE, pick, prng } from './names';

export interface SeedOptions {
  /** total headcount (leaders included); the structure itself needs about 90 people */
  staff: number;
  /** years of evaluation data the product's own seeders should create (recorded, see README) */
  years: number;
  seed?: number;
}

export interface SeedSummary {
  users: number;
  units: number;
  years: number;
}

export const SITE_GROUPS = { owners: 3, visitors: 4, members: 5 } as const;
export const EVERYONE_ID = 6;
export const EVERYONE_LOGIN = 'c:0-.f|rolemanager|spo-grid-all-users/8f3c2a1e-4b5d-4e6f-9a7b-0c1d2e3f4a5b';
const GROUP_PREFIX = 'Đánh giá công chức';

/** A stable GUID per UPN, so Graph ids do not change between seeds. */
export function graphIdFor(upn: string): string {
  const h = createHash('sha1').update(upn.toLowerCase()).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface Person {
  fullName: string;
  upn?: string;
  jobTitle: string;
  department: string;
  office: string;
  unitId: string | null;
  managerUpn: string | null;
  role: DevRole;
  isSiteAdmin?: boolean;
}

class DirectoryBuilder {
  private readonly rand: () => number;
  private readonly usedUpns: Set<string> = new Set();
  private sort: number = 0;
  public count: number = 0;

  public constructor(private readonly store: IntranetStore, seed: number, reserved: string[]) {
    this.rand = prng(seed);
    reserved.forEach((u) => this.usedUpns.add(u.toLowerCase()));
  }

  public randomName(): string {
    const female = this.rand() < 0.5;
    const family = pick(this.rand, FAMILY_NAMES);
    const middle = pick(this.rand, female ? FEMALE_MIDDLE : MALE_MIDDLE);
    const given = pick(this.rand, female ? FEMALE_GIVEN : MALE_GIVEN);
    return `${family} ${middle} ${given}`.normalize('NFC');
  }

  public pickTitle(titles: readonly string[]): string {
    return pick(this.rand, titles);
  }

  private upnFor(fullName: string): string {
    const base = asciiSlug(fullName);
    let upn = `${base}@${DOMAIN}`;
    for (let n = 2; this.usedUpns.has(upn); n++) {
      upn = `${base}${n}@${DOMAIN}`;
    }
    this.usedUpns.add(upn);
    return upn;
  }

  public add(p: Person): UserRow {
    const fullName = p.fullName.normalize('NFC');
    const upn = p.upn ?? this.upnFor(fullName);
    const parts = fullName.split(' ');
    const u: UserRow = {
      id: this.store.nextPrincipalId(), upn, graphId: graphIdFor(upn), title: fullName, givenName: parts[parts.length - 1],
      surname: parts.slice(0, -1).join(' '), email: upn, jobTitle: p.jobTitle, department: p.department, office: p.office,
      unitId: p.unitId, managerUpn: p.managerUpn, role: p.role, isSiteAdmin: p.isSiteAdmin === true, principalType: 1, sort: this.sort++
    };
    this.store.insertUser(u);
    this.count++;
    return u;
  }
}

/** "Phòng Bảo tàng" → "Trưởng phòng Bảo tàng"; a Cục's office is headed by its "Chánh Văn phòng Cục". */
function headOfPhong(phong: string): string {
  return phong.startsWith('Văn phòng') ? `Chánh ${phong}` : `Trưởng ${phong.replace(/^Phòng /, 'phòng ')}`;
}

interface Team {
  unit: UnitDef;
  office: string;
  managerUpn: string;
  weight: number;
  size: number;
}

/** Seeds the sample ministry: site groups, permission levels, the directory and its manager chains. */
export function seedMinistry(store: IntranetStore, opts: SeedOptions): SeedSummary {
  return store.tx(() => {
    for (const d of defaultRoleDefinitions()) {
      store.insertRoleDefinition(d);
    }
    store.insertGroup({ id: SITE_GROUPS.owners, title: `${GROUP_PREFIX} Owners`, description: 'Chủ sở hữu trang (toàn quyền)', ownerId: SITE_GROUPS.owners });
    store.insertGroup({ id: SITE_GROUPS.visitors, title: `${GROUP_PREFIX} Visitors`, description: 'Người xem (quyền đọc)', ownerId: SITE_GROUPS.owners });
    store.insertGroup({ id: SITE_GROUPS.members, title: `${GROUP_PREFIX} Members`, description: 'Thành viên (quyền chỉnh sửa)', ownerId: SITE_GROUPS.owners });
    store.addRoleAssignment('W', SITE_GROUPS.owners, ROLE.fullControl);
    store.addRoleAssignment('W', SITE_GROUPS.members, ROLE.edit);
    store.addRoleAssignment('W', SITE_GROUPS.visitors, ROLE.read);
    store.insertUser({
      id: EVERYONE_ID, upn: EVERYONE_LOGIN, graphId: '00000000-0000-0000-0000-0000000e0e0e', title: 'Everyone except external users',
      givenName: '', surname: '', email: '', jobTitle: '', department: '', office: '', unitId: null, managerUpn: null, role: 'everyone',
      isSiteAdmin: false, principalType: 4, sort: 1_000_000
    });
    store.setMeta('everyone_id', String(EVERYONE_ID));
    store.setMeta('next_principal', '7');

    const b = new DirectoryBuilder(store, opts.seed ?? 2026, [...Object.values(DEV_ACCOUNTS).map((a) => a.upn), MINISTER.upn]);
    const owner = DEV_ACCOUNTS.siteOwner;
    b.add({ fullName: owner.displayName, upn: owner.upn, jobTitle: owner.jobTitle, department: owner.department, office: 'Phòng Quản trị',
      unitId: 'VPB', managerUpn: null, role: 'siteOwner', isSiteAdmin: true });
    b.add({ fullName: MINISTER.displayName, upn: MINISTER.upn, jobTitle: MINISTER.jobTitle, department: LEADERSHIP_DEPARTMENT,
      office: LEADERSHIP_DEPARTMENT, unitId: null, managerUpn: null, role: 'leader' });
    const deputies: string[] = [];
    const leader = DEV_ACCOUNTS.leader;
    deputies.push(b.add({ fullName: leader.displayName, upn: leader.upn, jobTitle: leader.jobTitle, department: LEADERSHIP_DEPARTMENT,
      office: LEADERSHIP_DEPARTMENT, unitId: null, managerUpn: MINISTER.upn, role: 'leader' }).upn);
    for (let i = 0; i < 3; i++) {
      deputies.push(b.add({ fullName: b.randomName(), jobTitle: 'Thứ trưởng', department: LEADERSHIP_DEPARTMENT, office: LEADERSHIP_DEPARTMENT,
        unitId: null, managerUpn: MINISTER.upn, role: 'leader' }).upn);
    }

    const teams: Team[] = [];
    UNITS.forEach((unit, index) => {
      // the Bộ trưởng is in charge of organisation (Vụ TCCB); the Thứ trưởng share the other units
      const overseer = unit.id === 'TCCB' ? MINISTER.upn : unit.id === 'DSVH' ? leader.upn : deputies[index % deputies.length];
      const isDsvh = unit.id === 'DSVH';
      const head = b.add({
        fullName: isDsvh ? DEV_ACCOUNTS.unitHead.displayName : b.randomName(), upn: isDsvh ? DEV_ACCOUNTS.unitHead.upn : undefined,
        jobTitle: unit.headTitle, department: unit.name, office: unit.name, unitId: unit.id, managerUpn: overseer, role: 'unitHead'
      });
      if (unit.phong.length === 0) {
        // a Vụ has no phòng: its Phó Vụ trưởng are the direct managers
        const n = unit.weight >= 2 ? 2 : 1;
        for (let i = 0; i < n; i++) {
          const dep = b.add({ fullName: b.randomName(), jobTitle: unit.deputyTitle, department: unit.name, office: unit.name, unitId: unit.id,
            managerUpn: head.upn, role: 'manager' });
          teams.push({ unit, office: unit.name, managerUpn: dep.upn, weight: unit.weight / n, size: 0 });
        }
      } else {
        b.add({ fullName: b.randomName(), jobTitle: unit.deputyTitle, department: unit.name, office: unit.name, unitId: unit.id,
          managerUpn: head.upn, role: 'deputyHead' });
        for (const phong of unit.phong) {
          const wellKnown = isDsvh && phong === 'Phòng Quản lý di tích';
          const ph = b.add({
            fullName: wellKnown ? DEV_ACCOUNTS.manager.displayName : b.randomName(), upn: wellKnown ? DEV_ACCOUNTS.manager.upn : undefined,
            jobTitle: wellKnown ? DEV_ACCOUNTS.manager.jobTitle : headOfPhong(phong),
            department: unit.name, office: phong, unitId: unit.id, managerUpn: head.upn, role: 'manager'
          });
          teams.push({ unit, office: phong, managerUpn: ph.upn, weight: unit.weight / unit.phong.length, size: 0 });
        }
      }
    });

    // spread the remaining headcount over the teams (largest remainder), at least one where it matters
    const remaining = Math.max(opts.staff - b.count, 0);
    const totalWeight = teams.reduce((s, t) => s + t.weight, 0);
    let given = 0;
    const shares = teams.map((t) => (remaining * t.weight) / totalWeight);
    teams.forEach((t, i) => {
      t.size = Math.floor(shares[i]);
      given += t.size;
    });
    const order = teams.map((t, i) => ({ i, frac: shares[i] - Math.floor(shares[i]) })).sort((x, y) => y.frac - x.frac);
    for (let k = 0; given < remaining && k < order.length; k++, given++) {
      teams[order[k].i].size++;
    }
    const staffTeam = teams.find((t) => t.unit.id === 'DSVH' && t.office === 'Phòng Quản lý di tích');
    const hrTeam = teams.find((t) => t.unit.id === 'TCCB');
    for (const t of [staffTeam, hrTeam]) {
      if (t && t.size < 1) {
        t.size = 1;
      }
    }
    for (const t of teams) {
      const isHr = t.unit.id === 'TCCB';
      for (let k = 0; k < t.size; k++) {
        const fixed = k === 0 && t === staffTeam ? DEV_ACCOUNTS.staff : k === 0 && t === hrTeam ? DEV_ACCOUNTS.hr : undefined;
        const titles = t.unit.kind === 'thanhtra' ? INSPECTOR_TITLES : t.unit.id === 'KHTC' ? ACCOUNTANT_TITLES : STAFF_TITLES;
        b.add({
          fullName: fixed ? fixed.displayName : b.randomName(), upn: fixed?.upn, jobTitle: fixed ? fixed.jobTitle : b.pickTitle(titles),
          department: t.unit.name, office: t.office, unitId: t.unit.id, managerUpn: t.managerUpn, role: isHr ? 'hr' : 'staff'
        });
      }
    }

    for (const u of store.directoryUsers()) {
      store.addGroupMember(SITE_GROUPS.visitors, u.id);
    }
    const ownerRow = store.userByUpn(owner.upn);
    if (ownerRow) {
      store.addGroupMember(SITE_GROUPS.owners, ownerRow.id);
    }
    store.setMeta('seeded', new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'));
    store.setMeta('staff', String(b.count));
    store.setMeta('years', String(opts.years));
    return { users: b.count, units: UNITS.length, years: opts.years };
  });
}
