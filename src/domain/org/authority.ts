import { agencyOf, isHeadOf, normalizeLogin, OrgModel, OrgUnit, unitChain } from './orgModel';

/**
 * The steps of an evaluation, each an act recorded by the person whose act it is
 * (NĐ 90/2020 Điều 16 and 18; NĐ 335/2025 keeps the same order for the year).
 */
export type ActStep =
  | 'SELF_ASSESSMENT' // tự đánh giá: the civil servant
  | 'PERIOD_REVIEW' // the direct manager scores a month or quarter
  | 'MEETING_MINUTES' // biên bản họp: the unit's head or secretary
  | 'DECISION' // quyết định xếp loại: the competent evaluator
  | 'PUBLICATION' // thông báo, công khai: the competent evaluator
  | 'COMPLAINT' // khiếu nại: the civil servant about their own result
  | 'COMPLAINT_ANSWER'; // giải quyết khiếu nại: the competent evaluator

export interface Authority {
  allowed: boolean;
  /** Why (not), in Vietnamese, for the screen and the report of ignored acts. */
  reason: string;
}

const allow = (reason: string): Authority => ({ allowed: true, reason });
const deny = (reason: string): Authority => ({ allowed: false, reason });

/**
 * Người có thẩm quyền đánh giá (NĐ 90/2020 Điều 16): the head of the agency-level unit evaluates its
 * deputies and civil servants; the head of a unit is evaluated by the head of the unit directly above
 * (for a Vụ or Cục: the Bộ trưởng), or by whom the units list says the evaluation is delegated to.
 */
export function competentEvaluatorOf(org: OrgModel, subject: string): string | undefined {
  const subjectLogin = normalizeLogin(subject);
  const agency = agencyOf(org, subjectLogin);
  if (!agency) return undefined;
  if (!isHeadOf(agency, subjectLogin)) return agency.headLogin;
  if (agency.evaluatorLogin) return agency.evaluatorLogin;
  const above = unitChain(org, agency.code).slice(1).find((u) => !!u.headLogin);
  return above ? above.headLogin : undefined;
}

/** May `actorLogin` record `step` about `subjectLogin`? */
export function mayAct(org: OrgModel, actor: string, step: ActStep, subject: string): Authority {
  return decideAct(org, normalizeLogin(actor), step, normalizeLogin(subject));
}

function decideAct(org: OrgModel, actorLogin: string, step: ActStep, subjectLogin: string): Authority {
  const subject = org.people[subjectLogin];
  if (!subject) return deny(`Không tìm thấy ${subjectLogin} trong danh bạ của Bộ.`);
  if (!org.people[actorLogin]) return deny(`Không tìm thấy ${actorLogin} trong danh bạ của Bộ.`);
  switch (step) {
    case 'SELF_ASSESSMENT':
    case 'COMPLAINT':
      return actorLogin === subjectLogin
        ? allow('Công chức tự thực hiện.')
        : deny('Chỉ chính công chức được tự đánh giá hoặc khiếu nại kết quả của mình.');
    case 'PERIOD_REVIEW':
      if (actorLogin === subjectLogin) return deny('Không ai tự chấm điểm kỳ của chính mình ở bước của người quản lý.');
      return subject.managerLogin === actorLogin
        ? allow('Người quản lý trực tiếp chấm điểm kỳ.')
        : deny('Chỉ người quản lý trực tiếp của công chức (theo danh bạ) được chấm điểm kỳ.');
    case 'MEETING_MINUTES':
      return mayKeepMinutes(org, actorLogin, subject.unitCode);
    case 'DECISION':
    case 'PUBLICATION':
    case 'COMPLAINT_ANSWER': {
      const competent = competentEvaluatorOf(org, subjectLogin);
      if (!competent) return deny('Chưa xác định được người có thẩm quyền đánh giá: danh sách đơn vị thiếu người đứng đầu.');
      return competent === actorLogin
        ? allow('Người có thẩm quyền đánh giá quyết định (NĐ 90/2020 Điều 16).')
        : deny('Chỉ người có thẩm quyền đánh giá (người đứng đầu cơ quan, đơn vị quản lý công chức) được quyết định, công khai và giải quyết khiếu nại.');
    }
  }
}

/**
 * The minutes of a unit's meeting are recorded by the head, a deputy or the secretary of that unit or
 * of the agency-level unit it belongs to (NĐ 90/2020 Điều 18: the meeting is chaired by the unit head).
 */
export function mayKeepMinutes(org: OrgModel, actor: string, unitCode: string): Authority {
  const actorLogin = normalizeLogin(actor);
  const chain = unitChain(org, unitCode);
  const agencyIndex = chain.findIndex((u) => u.level === 'AGENCY');
  const keepers = agencyIndex >= 0 ? chain.slice(0, agencyIndex + 1) : chain.slice(0, 1);
  const keeps = keepers.some((u) => u.headLogin === actorLogin || u.secretaryLogin === actorLogin || u.deputyLogins.indexOf(actorLogin) >= 0);
  return keeps
    ? allow('Người chủ trì hoặc thư ký cuộc họp của đơn vị ghi biên bản (NĐ 90/2020 Điều 18).')
    : deny('Chỉ người đứng đầu, cấp phó hoặc thư ký của đơn vị nơi công chức công tác được ghi biên bản họp.');
}

/**
 * Who may read a person's evaluation: themself; the colleagues of their unit, before whom they present
 * it at the unit meeting and to whom the result is published (NĐ 90/2020 Điều 18, 21); their managers
 * up the chain and the leaders of their units; HR.
 */
export function mayRead(org: OrgModel, reader: string, subject: string): boolean {
  return isEntitledToRead(org, normalizeLogin(reader), normalizeLogin(subject));
}

function isEntitledToRead(org: OrgModel, readerLogin: string, subjectLogin: string): boolean {
  if (readerLogin === subjectLogin) return true;
  if (org.hrLogins.indexOf(readerLogin) >= 0) return true;
  const subject = org.people[subjectLogin];
  if (!subject) return false;
  const reader = org.people[readerLogin];
  if (reader && reader.unitCode === subject.unitCode) return true;
  const leadsAUnitAbove = (u: OrgUnit): boolean =>
    u.headLogin === readerLogin || u.deputyLogins.indexOf(readerLogin) >= 0 || u.secretaryLogin === readerLogin || u.evaluatorLogin === readerLogin;
  if (unitChain(org, subject.unitCode).some(leadsAUnitAbove)) return true;
  const seen: { [login: string]: boolean } = {};
  for (let manager = subject.managerLogin; manager && !seen[manager]; manager = org.people[manager] ? org.people[manager].managerLogin : undefined) {
    if (manager === readerLogin) return true;
    seen[manager] = true;
  }
  return false;
}
