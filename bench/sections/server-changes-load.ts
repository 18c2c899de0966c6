/**
 * The autosave load of bench/lib/autosave-load.ts, but each save sent as changes to the If-Match
 * revision (PUT { saveId, changes }): the changed article whole, the others by id, as an editor
 * client that tracks what it changed since its last acknowledged save would send them.
 */
import type { BodyTemplate, LoadResult } from '../lib/autosave-load.ts';
import { autosaveLoad, HEADLINE, SAVE_ID } from '../lib/autosave-load.ts';
import type { ApiClient } from '../lib/galley-server.ts';

const changes: BodyTemplate = (doc) => {
  const [first, ...rest] = doc.articles;
  if (!first) throw new Error('the issue has no articles');
  const changed = { ...first, fields: { ...first.fields, headline: HEADLINE } };
  return JSON.stringify({ saveId: SAVE_ID, changes: { articles: [changed, ...rest.map((a) => a.id)] } });
};

export function changesLoad(api: ApiClient, issueIds: string[], seconds: number): Promise<LoadResult> {
  return autosaveLoad(api, issueIds, seconds, changes);
}
