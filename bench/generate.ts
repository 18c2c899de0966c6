/**
 * Deterministic benchmark input: an issue of about `chars` characters, about one article per
 * 750 characters, assembled from the sample issue and the layout fixtures with varied headlines
 * so that no two articles are identical.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function sources(): string[] {
  const texts = [readFileSync(join(root, 'fixtures/samples/hengyang-evening-news.txt'), 'utf8')];
  const dir = join(root, 'fixtures/layouts');
  try {
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.txt') && f.startsWith('a-')) texts.push(readFileSync(join(dir, f), 'utf8'));
    }
  } catch {
    // Fixtures not written yet: the sample alone is enough to generate from.
  }
  return texts.map((t) => t.replace(/\r\n?/g, '\n'));
}

/** Blank-line separated blocks; the generator reuses them in article-sized groups. */
function blocks(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}

export function generateIssue(chars: number, seed = 1): string {
  const pool = sources().flatMap(blocks);
  const bodies = pool.filter((b) => b.length > 40);
  let state = seed >>> 0;
  const rand = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const out: string[] = [];
  let size = 0;
  let k = 0;
  while (size < chars) {
    k++;
    const article = [`第${k}篇 本市新闻${rand(1000)}号报道`, '', `衡阳晚报讯 (全媒体记者 陈${'润许罗胡'[rand(4)]})`, ''];
    let len = 0;
    while (len < 650) {
      const b = bodies[rand(bodies.length)] ?? '';
      article.push(b, '');
      len += b.length;
    }
    const text = article.join('\n');
    out.push(text);
    size += text.length + 1;
  }
  return out.join('\n').slice(0, chars);
}
