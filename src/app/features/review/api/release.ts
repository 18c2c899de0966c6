/**
 * Releases are downloaded, not fetched: the link points the browser at GET /api/release, which streams
 * a zip or JSON Lines file straight to disk however large the selection.
 */
import type { ReleaseRequest } from '../../../../api/contract.ts';
import { withQuery } from '../../../api/client.ts';

export type ReleaseFormat = NonNullable<ReleaseRequest['format']>;

export type ReleaseSelection =
  { kind: 'ids'; ids: string[] } | { kind: 'filter'; publication?: string; from?: string; to?: string };

export function releaseUrl(selection: ReleaseSelection, format: ReleaseFormat): string {
  if (selection.kind === 'ids') return withQuery('/api/release', { ids: selection.ids.join(','), format });
  const { publication, from, to } = selection;
  return withQuery('/api/release', { publication, from, to, format });
}
