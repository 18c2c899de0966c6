/**
 * The baseline page: the same text in one plain <pre>, with a text field, a draggable box and a key
 * handler that do the least an app could (so gestures have something to paint), served over HTTP by a
 * tiny server in this process.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { freePort } from '../lib/net.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Written as plain JS on purpose: it is the page's only script and must not be transformed. */
const SCRIPT = `
const box = document.getElementById('box');
const marker = document.getElementById('marker');
let dragging = false, drops = 0;
box.addEventListener('pointerdown', (e) => { dragging = true; e.preventDefault(); });
window.addEventListener('pointermove', (e) => { if (dragging) box.style.transform = 'translateY(' + (e.clientY - 30) + 'px)'; });
window.addEventListener('pointerup', () => { if (!dragging) return; dragging = false; drops++; box.dataset.drops = String(drops); box.style.transform = ''; });
window.addEventListener('keydown', (e) => {
  if (e.target instanceof HTMLInputElement || (e.key !== 's' && e.key !== 'm')) return;
  const n = Number(marker.dataset.n || 0) + 1;
  marker.dataset.n = String(n);
  marker.textContent = e.key + ':' + n;
});`;

export function prePage(text: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Baseline</title>
<style>
body{margin:0;font:15px/1.85 system-ui,sans-serif}
#bar{height:56px;display:flex;gap:12px;align-items:center;padding:0 12px;border-bottom:1px solid #ddd}
#scroller{height:calc(100vh - 57px);overflow:auto}
pre{margin:0;padding:0 12px;white-space:pre-wrap;font:inherit}
#box{width:28px;height:20px;background:#fbbf24;cursor:ns-resize;touch-action:none}
</style></head>
<body><div id="bar"><input id="headline" aria-label="Headline"><div id="box" data-drops="0"></div><span id="marker">-</span></div>
<div id="scroller" tabindex="0"><pre>${escapeHtml(text)}</pre></div>
<script>${SCRIPT}</script></body></html>`;
}

export interface PreServer {
  url(name: string): string;
  close(): Promise<void>;
}

/** Serves prePage(texts[name]) at /pre/<name>. */
export async function startPreServer(texts: Map<string, string>): Promise<PreServer> {
  const pages = new Map([...texts].map(([name, text]) => [name, Buffer.from(prePage(text))]));
  const port = await freePort();
  const server: Server = createServer((req, res) => {
    const page = pages.get(decodeURIComponent((req.url ?? '').replace(/^\/pre\//, '')));
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: (name) => `http://127.0.0.1:${port}/pre/${encodeURIComponent(name)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
