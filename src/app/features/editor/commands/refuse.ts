import type { OpError } from '../../../../core/ops/index.ts';
import type { EditorStoreApi } from '../store.ts';

/** Reports a refused edit as a notice; the core's code picks the localised sentence. */
export function reportRefusal(store: EditorStoreApi, error: OpError | null): boolean {
  if (error) store.getState().notify({ key: `refused.${error.code}`, tone: 'error' });
  else if (store.getState().notice?.tone === 'error') store.getState().notify(null);
  return error === null;
}
