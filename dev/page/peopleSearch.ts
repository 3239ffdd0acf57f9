/**
 * Finding a person of the sample ministry by what a tester remembers: a name, a unit, a position or a
 * role, typed with or without Vietnamese accents ("ngo trong", "bao dien tu", "cuc truong"), or a login.
 * Everything is in memory: the page already holds the whole directory (2,000 people at most).
 */

/** An account of the sample ministry, as the local server lists them for the switcher (GET /_dev/users). */
export interface DevAccount {
  userPrincipalName: string;
  displayName: string;
  role?: string;
  /** The role in Vietnamese, e.g. "Người quản lý trực tiếp". */
  roleLabel?: string;
  jobTitle?: string;
  /** The Vụ or Cục. */
  department?: string;
  /** The phòng (the Vụ or Cục itself for its leaders). */
  office?: string;
  /** One of the six fixed accounts (one per role) that the README lists. */
  wellKnown?: boolean;
}

/**
 * Lower case, without accents, đ as d, every run of other characters one space: the form both the
 * people and the query are compared in. Vietnamese letters decompose (NFD) into a base letter and
 * combining marks, except đ, which has no decomposition.
 */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Where someone works, as the switcher says it: "Phòng Báo điện tử, Cục Báo chí", or just the Cục. */
export function unitOf(account: DevAccount): string {
  const { office, department } = account;
  if (office && department && office !== department) return `${office}, ${department}`;
  return department || office || '';
}

/** What one option says: "Ngô Trọng Trung – Chuyên viên · Phòng Báo điện tử, Cục Báo chí". */
export function describePerson(account: DevAccount): string {
  const unit = unitOf(account);
  const position = account.jobTitle ? ` – ${account.jobTitle}` : '';
  return `${account.displayName}${position}${unit ? ` · ${unit}` : ''}`;
}

export interface PeopleIndex {
  accounts: DevAccount[];
  /** per account, " " + the folded words of its name, position, unit, role and login */
  haystacks: string[];
}

/** Folds every person once, so that each keystroke only compares strings. */
export function indexPeople(accounts: DevAccount[], roleName: (account: DevAccount) => string = () => ''): PeopleIndex {
  return {
    accounts,
    haystacks: accounts.map(
      (a) => ` ${folded([a.displayName, a.jobTitle, unitOf(a), a.roleLabel, roleName(a), a.userPrincipalName].filter(Boolean).join(' | '))} `
    )
  };
}

export interface PeopleFound {
  /** the first `limit` people found, best first */
  people: DevAccount[];
  /** how many people match in all */
  total: number;
}

/**
 * The people found for a query, best first. When the query, as one phrase, begins a word of some
 * people ("báo điện tử", "cục trưởng", "ngo tr"), only they are found: the login typed whole first,
 * then the whole phrase, then the phrase whose last word is still being typed. Otherwise the people
 * with a word beginning with each word of the query, in any order ("trung bao dien tu"). Each group
 * keeps the directory's order.
 */
export function findPeople(index: PeopleIndex, query: string, limit: number): PeopleFound {
  const words = folded(query).split(' ').filter(Boolean);
  if (!words.length) return { people: index.accounts.slice(0, limit), total: index.accounts.length };
  const login = query.trim().toLowerCase();
  const phrase = ` ${words.join(' ')} `;
  const phraseStart = ` ${words.join(' ')}`;
  const ranked: DevAccount[][] = [[], [], []];
  const inAnyOrder: DevAccount[] = [];
  index.haystacks.forEach((haystack, i) => {
    const account = index.accounts[i];
    if (haystack.indexOf(phraseStart) >= 0) {
      ranked[account.userPrincipalName.toLowerCase() === login ? 0 : haystack.indexOf(phrase) >= 0 ? 1 : 2].push(account);
    } else if (words.every((w) => haystack.indexOf(` ${w}`) >= 0)) {
      inAnyOrder.push(account);
    }
  });
  const asPhrase = ranked[0].concat(ranked[1], ranked[2]);
  const all = asPhrase.length ? asPhrase : inAnyOrder;
  return { people: all.slice(0, limit), total: all.length };
}
