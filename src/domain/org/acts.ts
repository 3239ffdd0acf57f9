import { ActStep, mayAct, mayKeepMinutes } from './authority';
import { normalizeLogin } from './orgModel';
import type { OrgModel } from './orgModel';
import { isInOwnFolder } from './readScopes';
import { orgAt } from './unitHistory';

/**
 * An act as stored: `authorLogin` is the item's Author, which SharePoint sets itself and no client
 * can forge. Whatever the item's own fields claim, this is who did it.
 */
export interface RecordedAct<TPayload = unknown> {
  id: number;
  step: ActStep;
  /** The person the act is about; empty for an act about a whole unit (the meeting's minutes). */
  subjectLogin: string;
  /** The unit an act about a whole unit is about. */
  unitCode?: string;
  authorLogin: string;
  /**
   * The item's Editor. Someone who may edit every item (a site owner) can change an act and leave its
   * Author in place: an act last edited by someone other than its author does not count.
   */
  editorLogin?: string;
  /** ISO time SharePoint recorded (Created). */
  createdAt: string;
  /** The act's idempotency key (ActKey), when read: it binds to the author only (domain/workflow/actKeys). */
  key?: string;
  /** The folder the item lies in (its name), set by SharePoint from where it was added. */
  folder?: string;
  payload: TPayload;
}

export interface IgnoredAct<TPayload = unknown> {
  act: RecordedAct<TPayload>;
  reason: string;
}

export interface ScreenedActs<TPayload = unknown> {
  /** The acts that count, oldest first. */
  effective: RecordedAct<TPayload>[];
  /** Acts by someone without the right to that step: they change nothing and are shown on the dashboard. */
  ignored: IgnoredAct<TPayload>[];
}

/**
 * Splits acts into those whose author had the right to the step, and those ignored (with why). Of
 * several items one author wrote under one key (a retry or a second tab), only the first is the act.
 */
export function screenActs<TPayload>(org: OrgModel, acts: readonly RecordedAct<TPayload>[]): ScreenedActs<TPayload> {
  const result: ScreenedActs<TPayload> = { effective: [], ignored: [] };
  const keysSeen: { [authorAndKey: string]: true } = {};
  acts
    .slice()
    .sort((a, b) => (a.createdAt === b.createdAt ? a.id - b.id : a.createdAt < b.createdAt ? -1 : 1))
    .forEach((act) => {
      if (act.key) {
        const authorAndKey = `${act.step}|${normalizeLogin(act.authorLogin)}|${act.key}`;
        if (keysSeen[authorAndKey]) {
          result.ignored.push({ act, reason: `Bản ghi lặp lại của cùng một người với cùng khóa ${act.key}: chỉ bản ghi đầu tiên được tính.` });
          return;
        }
        keysSeen[authorAndKey] = true;
      }
      // Authority as it stood on the act's date (the units list is a dated history): a later change of
      // heads neither takes a past act away nor lends one a right its author did not have then.
      const atDate = orgAt(org, act.createdAt);
      const editedByAnother = !!act.editorLogin && normalizeLogin(act.editorLogin) !== normalizeLogin(act.authorLogin);
      const authority = editedByAnother
        ? { allowed: false, reason: `Mục này đã bị ${act.editorLogin} sửa sau khi ${act.authorLogin} ghi, nên không được tính.` }
        : act.subjectLogin && !isInOwnFolder(act.folder, act.subjectLogin)
          ? { allowed: false, reason: `Mục về ${act.subjectLogin} nằm trong thư mục riêng của người khác (${act.folder}): không được tính.` }
          : act.step === 'MEETING_MINUTES' && !act.subjectLogin && act.unitCode
          ? mayKeepMinutes(atDate, act.authorLogin, act.unitCode)
          : mayAct(atDate, act.authorLogin, act.step, act.subjectLogin);
      if (authority.allowed) result.effective.push(act);
      else result.ignored.push({ act, reason: authority.reason });
    });
  return result;
}

/** The latest effective act of a step: a later act supersedes an earlier one (a re-decision keeps history). */
export function latestAct<TPayload>(screened: ScreenedActs<TPayload>, step: ActStep, subjectLogin: string): RecordedAct<TPayload> | undefined {
  const matching = screened.effective.filter((a) => a.step === step && a.subjectLogin === subjectLogin);
  return matching[matching.length - 1];
}
