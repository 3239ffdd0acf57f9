import { BatchRequestContent, BatchResponseContent, Client, PageCollection, PageIterator } from '@microsoft/microsoft-graph-client';
import { DEV_ACCOUNTS, graphAs, startTestIntranet } from './support';
import { Intranet } from '../../dev/server';

let intranet: Intranet;

beforeAll(async () => {
  intranet = await startTestIntranet({ staff: 300 });
});

afterAll(async () => {
  await intranet.close();
});

interface GraphUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  department?: string;
  jobTitle?: string;
  mail?: string;
}

async function graphError(p: Promise<unknown>): Promise<{ statusCode: number; code: string }> {
  try {
    await p;
  } catch (e) {
    return e as { statusCode: number; code: string };
  }
  throw new Error('Expected the Graph call to fail');
}

describe('Microsoft Graph', () => {
  it('answers /me and /users/{id | userPrincipalName}', async () => {
    const client = graphAs(intranet, DEV_ACCOUNTS.staff.upn);
    const me = (await client.api('/me').get()) as GraphUser;
    expect(me).toEqual(expect.objectContaining({ displayName: 'Nguyễn Văn An', userPrincipalName: DEV_ACCOUNTS.staff.upn, jobTitle: 'Chuyên viên' }));
    expect(me.displayName).toBe(me.displayName.normalize('NFC'));
    const byUpn = (await client.api(`/users/${DEV_ACCOUNTS.manager.upn}`).select('id,displayName,department').get()) as GraphUser;
    expect(byUpn).toEqual({ '@odata.context': expect.any(String), id: expect.any(String), displayName: 'Vũ Đức Minh', department: 'Cục Di sản văn hóa' });
    const byId = (await client.api(`/users/${byUpn.id}`).get()) as GraphUser;
    expect(byId.userPrincipalName).toBe(DEV_ACCOUNTS.manager.upn);
    const missing = await graphError(client.api('/users/khong.co@vhttdl.local').get());
    expect(missing.statusCode).toBe(404);
    expect(missing.code).toBe('Request_ResourceNotFound');
  });

  it('refuses a call without an acting user', async () => {
    const anonymous = Client.init({ baseUrl: intranet.graphBaseUrl, defaultVersion: 'v1.0', authProvider: (done) => done(null, 'no-user') });
    const e = await graphError(anonymous.api('/me').get());
    expect(e.statusCode).toBe(401);
    expect(e.code).toBe('InvalidAuthenticationToken');
  });

  it('filters users by department, selects, and pages with @odata.nextLink (PageIterator)', async () => {
    const client = graphAs(intranet, DEV_ACCOUNTS.hr.upn);
    const first = (await client.api('/users').filter("department eq 'Cục Di sản văn hóa'").select('displayName,department,jobTitle').top(5).get()) as PageCollection;
    expect(first.value).toHaveLength(5);
    expect(first['@odata.nextLink']).toBeDefined();
    const all: GraphUser[] = [];
    const it2 = new PageIterator(client, first, (u) => {
      all.push(u as GraphUser);
      return true;
    });
    await it2.iterate();
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((u) => u.department === 'Cục Di sản văn hóa')).toBe(true);
    expect(all.map((u) => u.displayName)).toEqual(expect.arrayContaining(['Đặng Thu Hà', 'Vũ Đức Minh', 'Nguyễn Văn An']));
    expect(Object.keys(all[0]).sort()).toEqual(['department', 'displayName', 'jobTitle']);
    expect((await graphError(client.api('/users').top(1000).get())).statusCode).toBe(400);
  });

  it('resolves managers up to the Bộ trưởng, and direct reports', async () => {
    const client = graphAs(intranet, DEV_ACCOUNTS.staff.upn);
    const chain: string[] = [];
    let upn = DEV_ACCOUNTS.staff.upn;
    for (;;) {
      try {
        const m = (await client.api(`/users/${upn}/manager`).get()) as GraphUser;
        chain.push(m.jobTitle ?? '');
        upn = m.userPrincipalName;
      } catch (e) {
        expect((e as { statusCode: number }).statusCode).toBe(404);
        break;
      }
    }
    expect(chain).toEqual(['Trưởng phòng Quản lý di tích', 'Cục trưởng', 'Thứ trưởng', 'Bộ trưởng']);
    const reports = (await graphAs(intranet, DEV_ACCOUNTS.manager.upn).api('/me/directReports').get()) as PageCollection;
    expect((reports.value as GraphUser[]).map((u) => u.userPrincipalName)).toContain(DEV_ACCOUNTS.staff.upn);
    expect((reports.value[0] as Record<string, unknown>)['@odata.type']).toBe('#microsoft.graph.user');
    const headReports = (await client.api(`/users/${DEV_ACCOUNTS.unitHead.upn}/directReports`).get()) as PageCollection;
    expect((headReports.value as GraphUser[]).map((u) => u.userPrincipalName)).toContain(DEV_ACCOUNTS.manager.upn);
  });

  it('expands managers on users (at most 100 to a page, as Graph does) and up the chain with $levels', async () => {
    const client = graphAs(intranet, DEV_ACCOUNTS.hr.upn);
    const people: Array<GraphUser & { manager?: GraphUser }> = [];
    let page = (await client.api('/users').select('userPrincipalName,displayName').expand('manager($select=userPrincipalName)').top(999).get()) as PageCollection;
    expect(page.value).toHaveLength(100);
    for (;;) {
      people.push(...(page.value as Array<GraphUser & { manager?: GraphUser }>));
      if (!page['@odata.nextLink']) {
        break;
      }
      page = (await client.api(page['@odata.nextLink']).get()) as PageCollection;
    }
    expect(people).toHaveLength(300);
    const an = people.find((p) => p.userPrincipalName === DEV_ACCOUNTS.staff.upn);
    expect(an?.manager).toEqual({ '@odata.type': '#microsoft.graph.user', userPrincipalName: DEV_ACCOUNTS.manager.upn });
    expect(people.find((p) => p.displayName === 'Phạm Quốc Hưng')?.manager).toBeUndefined();
    const chain = (await client.api(`/users/${DEV_ACCOUNTS.staff.upn}`).select('id,displayName').expand('manager($levels=max;$select=id,displayName,jobTitle)').get()) as GraphUser & { manager: GraphUser & { manager: GraphUser & { manager: GraphUser & { manager: GraphUser } } } };
    expect(chain.manager.manager.manager.manager.jobTitle).toBe('Bộ trưởng');
  });

  it('runs JSON batches of up to 20 requests and refuses more', async () => {
    const client = graphAs(intranet, DEV_ACCOUNTS.staff.upn);
    const batch = new BatchRequestContent([
      { id: '1', request: new Request(`${intranet.graphBaseUrl}/v1.0/me`, { method: 'GET' }) },
      { id: '2', request: new Request(`${intranet.graphBaseUrl}/v1.0/me/manager`, { method: 'GET' }) },
      { id: '3', request: new Request(`${intranet.graphBaseUrl}/v1.0/users/khong.co@vhttdl.local`, { method: 'GET' }) }
    ]);
    const content = await batch.getContent();
    const response = new BatchResponseContent(await client.api('/$batch').post(content));
    expect(response.getResponseById('1').status).toBe(200);
    expect(((await response.getResponseById('2').json()) as GraphUser).displayName).toBe('Vũ Đức Minh');
    expect(response.getResponseById('3').status).toBe(404);
    const tooMany = { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' })) };
    const e = await graphError(client.api('/$batch').post(tooMany));
    expect(e.statusCode).toBe(400);
  });

  it('orders and counts users, and notifies several recipients at once', async () => {
    const client = graphAs(intranet, DEV_ACCOUNTS.hr.upn);
    const heads = (await client.api('/users').filter("jobTitle eq 'Cục trưởng'").orderby('displayName').count(true).select('displayName').get()) as PageCollection & { '@odata.count': number };
    expect(heads['@odata.count']).toBe(heads.value.length);
    const names = (heads.value as GraphUser[]).map((u) => u.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    await fetch(`${intranet.url}/_dev/outbox`, { method: 'DELETE' });
    const ids = await Promise.all([DEV_ACCOUNTS.staff.upn, DEV_ACCOUNTS.manager.upn].map(async (upn) => ((await client.api(`/users/${upn}`).select('id').get()) as GraphUser).id));
    await client.api('/teamwork/sendActivityNotificationToRecipients').post({
      topic: { source: 'text', value: 'Kỳ đánh giá tháng 12', webUrl: `${intranet.url}/` }, activityType: 'periodOpened',
      previewText: { content: 'Kỳ đánh giá đã mở' }, recipients: ids.map((userId) => ({ '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId }))
    });
    const outbox = (await (await fetch(`${intranet.url}/_dev/outbox`)).json()) as Array<{ kind: string; recipients: string[] }>;
    expect(outbox).toEqual([expect.objectContaining({ kind: 'teams', recipients: [DEV_ACCOUNTS.staff.upn, DEV_ACCOUNTS.manager.upn] })]);
    const org = (await client.api('/organization').get()) as PageCollection;
    expect((org.value[0] as { displayName: string }).displayName).toBe('Bộ Văn hóa, Thể thao và Du lịch');
  });

  it('sends mail and Teams activity notifications into the outbox', async () => {
    await fetch(`${intranet.url}/_dev/outbox`, { method: 'DELETE' });
    const client = graphAs(intranet, DEV_ACCOUNTS.manager.upn);
    await client.api('/me/sendMail').post({
      message: {
        subject: 'Nhắc nộp phiếu tự đánh giá', body: { contentType: 'Text', content: 'Hạn chót 05/12/2026.' },
        toRecipients: [{ emailAddress: { address: DEV_ACCOUNTS.staff.upn } }]
      },
      saveToSentItems: false
    });
    const staffId = ((await client.api(`/users/${DEV_ACCOUNTS.staff.upn}`).select('id').get()) as GraphUser).id;
    await client.api(`/users/${staffId}/teamwork/sendActivityNotification`).post({
      topic: { source: 'text', value: 'Đánh giá tháng 11', webUrl: `${intranet.url}/` },
      activityType: 'reviewRequested', previewText: { content: 'Phiếu tháng 11 đã được chấm' }
    });
    const denied = await graphError(client.api(`/users/${staffId}/sendMail`).post({ message: { subject: 'x', toRecipients: [{ emailAddress: { address: 'a@b' } }] } }));
    expect(denied.statusCode).toBe(403);
    const outbox = (await (await fetch(`${intranet.url}/_dev/outbox`)).json()) as Array<{ kind: string; sender: string; recipients: string[]; subject: string }>;
    expect(outbox.map((o) => [o.kind, o.sender, o.recipients, o.subject])).toEqual([
      ['teams', DEV_ACCOUNTS.manager.upn, [DEV_ACCOUNTS.staff.upn], 'reviewRequested: Đánh giá tháng 11'],
      ['mail', DEV_ACCOUNTS.manager.upn, [DEV_ACCOUNTS.staff.upn], 'Nhắc nộp phiếu tự đánh giá']
    ]);
  });
});
