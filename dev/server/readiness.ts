import { randomBytes } from 'crypto';
import { ServerResponse } from 'http';

/**
 * Whether the data folder holds a finished site. The store's meta key READY_KEY is written last, once
 * the ministry and everything `afterSeed` adds (the product's lists, units, periods, history) are in:
 * data without it is what an interrupted first start left (Ctrl-C, a crash, kill -9), and the next
 * start wipes it and builds the site afresh.
 *
 * Why start over rather than resume: the build is a few dozen HTTP provisioning calls followed by bulk
 * inserts drawn from one deterministic random sequence; resuming would need every step to find out how
 * far it got and to replay the sequence up to there, for a build that takes under a minute. Starting
 * over is one rule, and it gives exactly the site a fresh start gives.
 */
export const READY_KEY = 'ready';

/** The header the start's own seeders send to reach the SharePoint site and Graph while it is being prepared. */
export const SEEDER_HEADER = 'X-Dev-Seeder';

export const PREPARING_VI = 'Trang đang được chuẩn bị: mạng nội bộ mô phỏng đang tạo các danh sách và dữ liệu mẫu. Vui lòng chờ trong giây lát, trang sẽ tự tải lại.';
export const PREPARING_EN = 'The site is being prepared: the local intranet is creating the lists and the sample data. Please wait; the page reloads by itself.';

/** Seconds a client is told to wait before asking again. */
const RETRY_AFTER = 5;

export interface ReadinessView {
  ready: boolean;
  /** what the start is doing while not ready, e.g. 'ministry', 'provisioning', 'history' */
  step: string;
  /** when the current build began (ISO) */
  since: string;
  /** the data found was left by an unfinished start and was rebuilt */
  rebuilt: boolean;
}

/** The start's readiness, shared by the request handler, /_dev/ready and the seeders. */
export class Readiness {
  /** A secret of this start: only its own seeders pass while the site is prepared. */
  public readonly token: string = randomBytes(16).toString('hex');
  private state: ReadinessView;

  public constructor(ready: boolean, rebuilt: boolean) {
    this.state = { ready, step: ready ? 'ready' : 'ministry', since: new Date().toISOString(), rebuilt };
  }

  public get ready(): boolean {
    return this.state.ready;
  }

  public view(): ReadinessView {
    return { ...this.state };
  }

  public step(name: string): void {
    if (!this.state.ready) {
      this.state = { ...this.state, step: name };
    }
  }

  public markReady(): void {
    this.state = { ...this.state, ready: true, step: 'ready' };
  }

  /** The headers a seeder adds to its SharePoint and Graph requests. */
  public headers(): Record<string, string> {
    return { [SEEDER_HEADER]: this.token };
  }

  /** Does this request come from the start's own seeders? */
  public isSeeder(headers: Record<string, string>): boolean {
    return headers[SEEDER_HEADER.toLowerCase()] === this.token;
  }
}

/** SharePoint's or Graph's answer while the site is prepared: 503 with Retry-After and the notice in both languages. */
export function answerNotReady(res: ServerResponse, kind: 'sharepoint' | 'graph', cors: Record<string, string>): void {
  const message = `${PREPARING_VI} / ${PREPARING_EN}`;
  const body = kind === 'sharepoint'
    ? { 'odata.error': { code: '-2147024713, Microsoft.SharePoint.SPServerBusyException', message: { lang: 'vi-VN', value: message } } }
    : { error: { code: 'ServiceUnavailable', message } };
  res.writeHead(503, 'Service Unavailable', { ...cors, 'Content-Type': 'application/json;charset=utf-8', 'Retry-After': String(RETRY_AFTER), 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** The local page while the site is prepared: says so, asks /_dev/ready every few seconds, reloads when ready. */
export function answerPreparingPage(res: ServerResponse, view: ReadinessView): void {
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER * 2}">
<title>Trang đang được chuẩn bị – Đánh giá công chức</title>
<style>body{font-family:system-ui,Segoe UI,sans-serif;max-width:46rem;margin:3rem auto;line-height:1.5;padding:0 1rem;color:#201f1e}p.en{color:#605e5c}</style></head>
<body>
<main>
<h1>Trang đang được chuẩn bị…</h1>
<p role="status" id="dgcc-preparing">${PREPARING_VI}</p>
<p class="en" lang="en">${PREPARING_EN}</p>
<p>Bước hiện tại (current step): <span id="dgcc-step">${view.step}</span>${view.rebuilt ? '. Lần khởi động trước chưa hoàn tất nên dữ liệu được tạo lại từ đầu (the previous start did not finish: the data is built afresh).' : ''}</p>
</main>
<script>
(function poll() {
  fetch('/_dev/ready', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (s) {
    if (s.ready) { location.reload(); return; }
    document.getElementById('dgcc-step').textContent = s.step;
    setTimeout(poll, 2000);
  }, function () { setTimeout(poll, 4000); });
})();
</script>
</body></html>`;
  res.writeHead(503, 'Service Unavailable', { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(RETRY_AFTER), 'Cache-Control': 'no-store' });
  res.end(html);
}
