import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { NoticeMessage, noticeMessage } from '../../domain/evaluation/noticeText';
import { normalizeLogin } from '../../domain/org/orgModel';
import { dayOf, parseSettingValue } from '../../domain/admin/settingsHistory';
import type { GraphApi } from '../graph/GraphDirectoryService';
import { odataString } from '../sharepoint/odata';
import { LISTS } from '../sharepoint/schema';
import { INotifier, Notice, NoticeOutcome, UNKNOWN_RECIPIENT } from './contracts';

export { UNKNOWN_RECIPIENT };

/** Where notices go: mail (the default), or the Teams activity feed with mail for those it cannot reach. */
export type NotificationChannel = 'MAIL' | 'TEAMS_THEN_MAIL';

/** DGCC_Settings items (Title → SettingValue) HR sets. */
export const NOTIFICATION_CHANNEL_KEY = 'NotificationChannel';
/**
 * The id of the Teams app the activity feed notices come from (with the manifest SharePoint generates
 * on "Sync to Teams", a web part's component id). Several SPFx apps share SharePoint's Entra app id in
 * `webApplicationInfo`: Graph needs this id to tell which one notifies.
 */
export const NOTIFICATION_TEAMS_APP_KEY = 'NotificationTeamsAppId';

export interface NotificationSettings {
  channel: NotificationChannel;
  teamsAppId?: string;
}

/** Graph's JSON batching takes at most 20 requests. */
export const GRAPH_BATCH_SIZE = 20;
/** A Retry-After longer than this is not waited for: the recipient is reported, the act is not held up. */
const MAX_RETRY_AFTER_S = 30;


interface BatchRequest {
  id: string;
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: { error?: { code?: string; message?: string } } & Record<string, unknown>;
}

interface Recipient {
  login: string;
  /** Graph's id of the user (the activity feed addresses users by id). */
  id: string;
  /** Where mail goes: the directory's mail, or the login. */
  address: string;
  /** Name and position from the directory, for the screens' "told: …" line. */
  name?: string;
}

interface Outcome {
  ok: boolean;
  error?: string;
  status?: number;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterSeconds(response: BatchResponse): number {
  const headers = response.headers || {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'retry-after');
  const seconds = key ? Number(headers[key]) : NaN;
  return isFinite(seconds) && seconds >= 0 ? seconds : 1;
}

function errorOf(response: BatchResponse): string {
  const error = response.body && response.body.error;
  return `${response.status}${error && error.code ? ` ${error.code}` : ''}${error && error.message ? `: ${error.message}` : ''}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Notices through Microsoft Graph, as the signed-in user (delegated Mail.Send, TeamsActivity.Send):
 * recipients are looked up (an unknown one is reported, not thrown), then reached 20 to a `$batch`,
 * by the Teams activity feed when HR's setting says so and by mail otherwise or where the feed
 * failed. Requests Graph throttles inside a batch (429/503; the batch itself answers 200) are sent
 * again once after their Retry-After. Nothing here throws: an act is never lost to a notice.
 */
export class GraphNotifier implements INotifier {
  protected readonly graph: GraphApi;
  private readonly sp: SPFI | undefined;
  private settings: Promise<NotificationSettings> | undefined;
  private readonly recipients: { [login: string]: Promise<Recipient | Outcome> } = {};

  /** Without `sp` (no settings list to read) notices go by mail. */
  public constructor(graph: GraphApi, sp?: SPFI) {
    this.graph = graph;
    this.sp = sp;
  }

  public notify(notice: Notice): Promise<NoticeOutcome> {
    return this.notifyEach([notice]);
  }

  public async notifyEach(notices: readonly Notice[]): Promise<NoticeOutcome> {
    const outcome: NoticeOutcome = { delivered: [], failed: [] };
    try {
      const settings = await this.getSettings();
      const sends: Array<{ recipient: Recipient; message: NoticeMessage }> = [];
      for (const notice of notices) {
        const message = noticeMessage(notice);
        const logins = notice.to.map(normalizeLogin).filter((login, i, all) => !!login && all.indexOf(login) === i);
        const resolved = await this.resolve(logins);
        logins.forEach((login) => {
          const r = resolved[login];
          if ('address' in r) sends.push({ recipient: r, message });
          else outcome.failed.push({ to: login, error: r.error || UNKNOWN_RECIPIENT });
        });
      }
      let byMail = sends;
      if (settings.channel === 'TEAMS_THEN_MAIL' && sends.length) {
        const results = await this.run(sends.map((s, i) => this.activityRequest(String(i), s.recipient, s.message, settings.teamsAppId)));
        byMail = sends.filter((s, i) => {
          const reached = results[String(i)].ok;
          if (reached) outcome.delivered.push({ to: s.recipient.login, channel: 'TEAMS', name: s.recipient.name });
          return !reached;
        });
      }
      if (byMail.length) {
        const results = await this.run(byMail.map((s, i) => this.mailRequest(String(i), s.recipient, s.message)));
        byMail.forEach((s, i) => {
          const result = results[String(i)];
          if (result.ok) outcome.delivered.push({ to: s.recipient.login, channel: 'MAIL', name: s.recipient.name });
          else outcome.failed.push({ to: s.recipient.login, error: result.error || 'not sent', name: s.recipient.name });
        });
      }
    } catch (error) {
      // Not expected (every Graph failure is caught per request); still never thrown at an act.
      const reported = outcome.delivered.map((d) => d.to).concat(outcome.failed.map((f) => f.to));
      notices.forEach((n) =>
        n.to.map(normalizeLogin).forEach((to) => {
          if (reported.indexOf(to) < 0) outcome.failed.push({ to, error: describe(error) });
        })
      );
    }
    return outcome;
  }

  /** HR's channel setting, read once per page; unreadable or absent means mail. */
  public getSettings(): Promise<NotificationSettings> {
    if (!this.settings) this.settings = this.readSettings();
    return this.settings;
  }

  private async readSettings(): Promise<NotificationSettings> {
    if (!this.sp) return { channel: 'MAIL' };
    try {
      // A dated history (HR adds a row per change): per name, the latest row by ID already in force.
      const rows = await this.sp.web.lists
        .getByTitle(LISTS.settings.title)
        .items.select('Id', 'Title', 'SettingValue', 'EffectiveFrom')
        .filter(`Title eq ${odataString(NOTIFICATION_CHANNEL_KEY)} or Title eq ${odataString(NOTIFICATION_TEAMS_APP_KEY)}`)
        .orderBy('Id', true)
        .top(500)<Array<{ Title?: string; SettingValue?: string; EffectiveFrom?: string }>>();
      const today = new Date().toISOString().slice(0, 10);
      const value = (key: string): string => {
        const row = rows.filter((r) => r.Title === key && (!r.EffectiveFrom || dayOf(r.EffectiveFrom) <= today)).pop();
        const parsed = parseSettingValue(row && row.SettingValue);
        return typeof parsed === 'string' ? parsed.trim() : '';
      };
      return {
        channel: value(NOTIFICATION_CHANNEL_KEY).toUpperCase() === 'TEAMS_THEN_MAIL' ? 'TEAMS_THEN_MAIL' : 'MAIL',
        teamsAppId: value(NOTIFICATION_TEAMS_APP_KEY) || undefined
      };
    } catch {
      return { channel: 'MAIL' };
    }
  }

  /** Each login's Graph id and mail address, looked up once per page; unknown logins are reported. */
  private async resolve(logins: readonly string[]): Promise<{ [login: string]: Recipient | Outcome }> {
    const missing = logins.filter((login) => !this.recipients[login]);
    if (missing.length) {
      const lookup = this.run(
        missing.map((login, i) => ({ id: String(i), method: 'GET' as const, url: `/users/${encodeURIComponent(login)}?$select=id,userPrincipalName,mail,displayName,jobTitle` })),
        true
      );
      missing.forEach((login, i) => {
        this.recipients[login] = lookup.then((results) => {
          const result = results[String(i)];
          if (!result.ok) {
            if (result.status !== 404) delete this.recipients[login]; // a passing failure is asked again next time
            return { ok: false, error: result.status === 404 ? UNKNOWN_RECIPIENT : result.error };
          }
          // `mail` is null for an account without a mailbox: the login is its address then.
          const user = (result.body || {}) as { id?: string; mail?: string; displayName?: string; jobTitle?: string };
          const name = user.displayName ? (user.jobTitle ? `${user.displayName} (${user.jobTitle})` : user.displayName) : undefined;
          return { login, id: user.id || login, address: user.mail || login, name };
        });
      });
    }
    const out: { [login: string]: Recipient | Outcome } = {};
    for (const login of logins) out[login] = await this.recipients[login];
    return out;
  }

  private mailRequest(id: string, recipient: Recipient, message: NoticeMessage): BatchRequest {
    return {
      id,
      method: 'POST',
      url: '/me/sendMail',
      headers: { 'Content-Type': 'application/json' },
      body: {
        message: {
          subject: message.subject,
          // Text, never HTML: the body quotes what people typed.
          body: { contentType: 'Text', content: message.text },
          toRecipients: [{ emailAddress: { address: recipient.address } }]
        },
        saveToSentItems: false
      }
    };
  }

  private activityRequest(id: string, recipient: Recipient, message: NoticeMessage, teamsAppId: string | undefined): BatchRequest {
    const body: Record<string, unknown> = {
      // The feed opens the notice's own place (a period, a person, a unit's year), as the mail's link does.
      topic: { source: 'text', value: message.headline, webUrl: message.link || '' },
      // The reserved type needs no "activities" in the Teams manifest SharePoint generates for SPFx.
      activityType: 'systemDefault',
      previewText: { content: message.preview },
      templateParameters: [{ name: 'systemDefaultText', value: message.headline }]
    };
    if (teamsAppId) body.teamsAppId = teamsAppId;
    return {
      id,
      method: 'POST',
      url: `/users/${encodeURIComponent(recipient.id)}/teamwork/sendActivityNotification`,
      headers: { 'Content-Type': 'application/json' },
      body
    };
  }

  /**
   * Runs requests 20 to a `$batch`; those Graph throttled (429, 503) go once more after the longest
   * Retry-After they were given. Returns each request's outcome by id (with the body when `keepBody`).
   */
  private async run(requests: readonly BatchRequest[], keepBody: boolean = false): Promise<{ [id: string]: Outcome & { body?: unknown } }> {
    const results: { [id: string]: Outcome & { body?: unknown } } = {};
    let pending = requests.slice();
    for (let attempt = 0; attempt < 2 && pending.length; attempt++) {
      const throttled: BatchRequest[] = [];
      let waitSeconds = 0;
      for (let start = 0; start < pending.length; start += GRAPH_BATCH_SIZE) {
        const chunk = pending.slice(start, start + GRAPH_BATCH_SIZE);
        let responses: BatchResponse[];
        try {
          const answer = (await this.graph.api('/$batch').post({ requests: chunk })) as { responses?: BatchResponse[] };
          responses = (answer && answer.responses) || [];
        } catch (error) {
          // The client has already retried the envelope (its retry handler): these recipients were not reached.
          chunk.forEach((r) => (results[r.id] = { ok: false, error: describe(error) }));
          continue;
        }
        chunk.forEach((request) => {
          const response = responses.find((r) => String(r.id) === request.id);
          if (!response) {
            results[request.id] = { ok: false, error: 'no answer in the batch' };
          } else if (response.status >= 200 && response.status < 300) {
            results[request.id] = keepBody ? { ok: true, status: response.status, body: response.body } : { ok: true, status: response.status };
          } else {
            results[request.id] = { ok: false, status: response.status, error: errorOf(response) };
            if (response.status === 429 || response.status === 503) {
              throttled.push(request);
              waitSeconds = Math.max(waitSeconds, retryAfterSeconds(response));
            }
          }
        });
      }
      if (attempt === 0 && throttled.length && waitSeconds <= MAX_RETRY_AFTER_S) await wait(waitSeconds * 1000);
      pending = waitSeconds <= MAX_RETRY_AFTER_S ? throttled : [];
    }
    return results;
  }
}
