/**
 * Unsaved work kept on this device until the server acknowledges it. IndexedDB rather than
 * localStorage: a large issue's document runs to megabytes, and writes must not block typing.
 */
import type { Doc } from '../../../../core/model.ts';
import { docJson } from './docJson.ts';

export interface Draft {
  issueId: string;
  /** The server revision the draft was edited on top of. */
  baseRevision: number;
  doc: Doc;
  /** The id of the save attempt in flight when the draft was written, for an idempotent retry. */
  saveId: string | null;
  savedAt: number;
}

export interface DraftStore {
  get(issueId: string): Promise<Draft | null>;
  put(draft: Draft): Promise<void>;
  delete(issueId: string): Promise<void>;
}

export function memoryDraftStore(): DraftStore & { drafts: Map<string, Draft> } {
  const drafts = new Map<string, Draft>();
  return {
    drafts,
    get: async (id) => drafts.get(id) ?? null,
    put: async (d) => {
      drafts.set(d.issueId, structuredClone(d));
    },
    delete: async (id) => {
      drafts.delete(id);
    },
  };
}

interface StoredDraft extends Omit<Draft, 'doc'> {
  docJson: string;
}

const DB_NAME = 'galley-editor';
const STORE = 'drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The browser's store; falls back to memory where IndexedDB is unavailable (private modes, tests). */
export function indexedDbDraftStore(factory: IDBFactory | undefined = globalThis.indexedDB): DraftStore {
  if (!factory) return memoryDraftStore();
  let opened: Promise<IDBDatabase> | null = null;
  const db = () => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'issueId' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
    });
    return opened;
  };
  const tx = async (mode: IDBTransactionMode) => (await db()).transaction(STORE, mode).objectStore(STORE);
  return {
    get: async (id) => {
      const row = (await request((await tx('readonly')).get(id))) as StoredDraft | undefined;
      return row ? { ...row, doc: JSON.parse(row.docJson) as Doc } : null;
    },
    put: async (draft) => {
      // One string instead of a deep object graph: IndexedDB clones values synchronously on the main
      // thread, and cloning a document of thousands of articles took ~50 ms. docJson re-serialises
      // only the articles that changed since the last write.
      const { doc, ...rest } = draft;
      const row: StoredDraft = { ...rest, docJson: docJson(doc) };
      await request((await tx('readwrite')).put(row));
    },
    delete: async (id) => {
      await request((await tx('readwrite')).delete(id));
    },
  };
}
