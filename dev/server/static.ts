import * as fs from 'fs';
import * as path from 'path';
import { ServerResponse } from 'http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8'
};

function notBuiltPage(origin: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Mạng nội bộ mô phỏng – Đánh giá công chức</title>
<style>body{font-family:system-ui,Segoe UI,sans-serif;max-width:46rem;margin:3rem auto;line-height:1.5;padding:0 1rem}code{background:#f3f2f1;padding:0 .25rem}</style></head>
<body>
<h1>Mạng nội bộ mô phỏng đang chạy</h1>
<p>The local intranet is running, but the local page has not been built yet (<code>dev/page/dist</code> is missing).
Build it with the project's page build script, then reload.</p>
<ul>
<li>SharePoint site: <code>${origin}/sites/danhgia</code> (REST at <code>${origin}/sites/danhgia/_api/web</code>)</li>
<li>Microsoft Graph: <code>${origin}/graph/v1.0/me</code></li>
<li>Accounts per role: <a href="/_dev/accounts">/_dev/accounts</a>, all users: <a href="/_dev/users">/_dev/users</a></li>
<li>Mail and Teams notifications sent: <a href="/_dev/outbox">/_dev/outbox</a></li>
</ul>
<p>Scripts act as a user with the header <code>X-Dev-User: &lt;userPrincipalName&gt;</code>. See <code>dev/README.md</code>.</p>
</body></html>`;
}

/** Serves the vite-built page (dev/page/dist) with an index.html fallback, or a helpful note if it is not built. */
export function serveStatic(pageDir: string, pathname: string, origin: string, res: ServerResponse): void {
  const index = path.join(pageDir, 'index.html');
  if (!fs.existsSync(index)) {
    res.writeHead(pathname === '/' || pathname === '/index.html' ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notBuiltPage(origin));
    return;
  }
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    rel = pathname;
  }
  const file = path.normalize(path.join(pageDir, rel));
  const inside = file.startsWith(path.normalize(pageDir + path.sep));
  const target = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.extname(rel) ? undefined : index;
  if (!target) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': target === index ? 'no-cache' : 'public, max-age=300'
  });
  fs.createReadStream(target).pipe(res);
}
