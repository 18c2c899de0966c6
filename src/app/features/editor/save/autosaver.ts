/**
 * Saving without losing anything: every change is written to the device first, then sent to the
 * server a second after the last edit. A save carries a saveId so a retry after a lost answer is
 * harmless; a 412 stops autosaving until the editor chooses how to resolve the conflict.
 */
import type { Doc } from '../../../../core/model.ts';
import type { SaveTransport } from '../api/documentApi.ts';
import { systemClock, type Clock } from '../state/clock.ts';
import type { EditorStoreApi } from '../store.ts';
import type { DraftStore } from './draftStore.ts';

export interface AutosaverDeps {
  store: EditorStoreApi;
  transport: SaveTransport;
  drafts: DraftStore;
  clock?: Clock;
  newSaveId?: () => string;
  debounceMs?: number;
  /** Called after the server stored `doc` as `revision` (to update the server copy in react-query). */
  onSaved?: (revision: number, doc: Doc) => void;
}

const MAX_RETRY_MS = 30_000;
/** Device writes trail edits by this much, so a burst of typing or arrow presses costs one write. */
export const DRAFT_DELAY_MS = 150;
const FIRST_RETRY_MS = 2_000;

function randomSaveId(): string {
  return globalThis.crypto.randomUUID();
}

export class Autosaver {
  private readonly store: EditorStoreApi;
  private readonly transport: SaveTransport;
  private readonly drafts: DraftStore;
  private readonly clock: Clock;
  private readonly newSaveId: () => string;
  private readonly debounceMs: number;
  private readonly onSaved: AutosaverDeps['onSaved'];
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private attempt: { doc: Doc; base: number; saveId: string } | null = null;
  private retryMs = 0;
  private draftChain: Promise<void> = Promise.resolve();
  private draftTimer: unknown = null;
  private unsubscribe: (() => void) | null = null;

  constructor(deps: AutosaverDeps) {
    this.store = deps.store;
    this.transport = deps.transport;
    this.drafts = deps.drafts;
    this.clock = deps.clock ?? systemClock;
    this.newSaveId = deps.newSaveId ?? randomSaveId;
    this.debounceMs = deps.debounceMs ?? 1000;
    this.onSaved = deps.onSaved;
  }

  start(): void {
    this.unsubscribe = this.store.subscribe((state, prev) => {
      if (state.doc !== prev.doc && state.drag === null) this.edited();
      else if (state.drag === null && prev.drag !== null && state.doc !== prev.drag.base) this.edited();
    });
    if (this.hasUnsaved()) this.edited();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.clearTimer();
    if (this.draftTimer !== null) this.flushDraft();
  }

  /** Unsaved edits exist (for beforeunload). */
  hasUnsaved(): boolean {
    const s = this.store.getState();
    return s.doc !== s.base.doc || s.drag !== null;
  }

  /** The last device write has finished (tests, and the page before it lets a reload through). */
  draftsWritten(): Promise<void> {
    if (this.draftTimer !== null) this.flushDraft();
    return this.draftChain;
  }

  /** Saves at once (Mod+S, tab hidden, back online). */
  saveNow(): Promise<void> {
    this.clearTimer();
    if (this.draftTimer !== null) this.flushDraft();
    return this.run();
  }

  private edited(): void {
    const { save } = this.store.getState();
    if (save.status === 'saved' || save.status === 'error') this.store.getState().setSaveStatus('pending');
    this.queueDraft();
    if (save.status !== 'conflict') this.schedule(this.debounceMs);
  }

  private queueDraft(): void {
    if (this.draftTimer !== null) return;
    this.draftTimer = this.clock.setTimeout(() => this.flushDraft(), DRAFT_DELAY_MS);
  }

  private flushDraft(): void {
    if (this.draftTimer !== null) this.clock.clearTimeout(this.draftTimer);
    this.draftTimer = null;
    this.writeDraft(null);
  }

  private writeDraft(saveId: string | null): void {
    if (this.draftTimer !== null) {
      this.clock.clearTimeout(this.draftTimer);
      this.draftTimer = null;
    }
    const s = this.store.getState();
    const draft = {
      issueId: s.issueId,
      baseRevision: s.base.revision,
      doc: s.doc,
      saveId,
      savedAt: this.clock.now(),
    };
    this.draftChain = this.draftChain.then(() => this.drafts.put(draft)).catch(() => undefined);
  }

  private clearDraft(): void {
    const id = this.store.getState().issueId;
    this.draftChain = this.draftChain.then(() => this.drafts.delete(id)).catch(() => undefined);
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.saveOnce().finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        void this.run();
      }
    });
    return this.inFlight;
  }

  private async saveOnce(): Promise<void> {
    const state = this.store.getState();
    if (state.save.status === 'conflict') return;
    if (state.drag) {
      this.schedule(this.debounceMs);
      return;
    }
    const doc = state.doc;
    const base = state.base.revision;
    if (doc === state.base.doc) {
      state.setSaveStatus('saved');
      this.clearDraft();
      return;
    }
    const reuse = this.attempt && this.attempt.doc === doc && this.attempt.base === base;
    const saveId = reuse && this.attempt ? this.attempt.saveId : this.newSaveId();
    this.attempt = { doc, base, saveId };
    this.writeDraft(saveId);
    state.setSaveStatus('saving');
    const outcome = await this.transport.save(state.issueId, base, doc, saveId, state.base.doc);
    const now = this.store.getState();
    switch (outcome.kind) {
      case 'saved': {
        this.retryMs = 0;
        this.attempt = null;
        now.acknowledge(outcome.revision, doc);
        this.onSaved?.(outcome.revision, doc);
        if (this.store.getState().doc === doc) {
          now.setSaveStatus('saved');
          this.clearDraft();
        } else {
          now.setSaveStatus('pending');
          this.queueDraft();
          this.schedule(this.debounceMs);
        }
        return;
      }
      case 'stale':
        now.setSaveStatus('conflict', {
          revision: outcome.current.revision,
          doc: outcome.current.doc,
          author: outcome.current.author?.displayName ?? null,
          at: outcome.current.at,
        });
        return;
      case 'offline':
        now.setSaveStatus('offline');
        this.retryMs = Math.min(MAX_RETRY_MS, Math.max(FIRST_RETRY_MS, this.retryMs * 2));
        this.schedule(this.retryMs);
        return;
      case 'refused':
        // Submitted meanwhile (here or elsewhere): stop offering edits that cannot be saved.
        if (outcome.code === 'read-only') now.setReadOnly(true);
        now.setSaveStatus('error');
        now.notify({ key: 'saveRefused', vars: { code: outcome.code }, tone: 'error' });
        return;
    }
  }
}
