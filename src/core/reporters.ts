import type { Reporter } from './model.ts';

/**
 * Reporters named in a byline or a trailing credit. STUB: the segmenter work replaces the body,
 * keeping the signature. `衡阳晚报讯 (全媒体记者 陈润)` → [{ name: '陈润', role: '全媒体记者' }].
 */
export function parseReporters(byline: string): Reporter[] {
  void byline;
  return [];
}
