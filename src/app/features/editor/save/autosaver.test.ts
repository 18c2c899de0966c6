import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../../core/model.ts';
import type { SaveOutcome, SaveTransport } from '../api/documentApi.ts';
import { ManualClock } from '../state/clock.ts';
import { createEditorStore } from '../store.ts';
import { tinyIssue } from '../testing/tinyDoc.ts';
import { Autosaver } from './autosaver.ts';
import { memoryDraftStore } from './draftStore.ts';
import { keepMine, reloadTheirsReapplyMine, restoreDraft, summariseConflict, takeTheirs } from './resolve.ts';

interface Call {
  base: number;
  doc: Doc;
  saveId: string;
}

/** A server that stores revisions, honours If-Match and recognises a repeated saveId. */
function fakeServer(initial: Doc) {
  const revisions: Doc[] = [initial];
  const seen = new Map<string, number>();
  const calls: Call[] = [];
  let online = true;
  const transport: SaveTransport = {
    async save(_issue, base, doc, saveId): Promise<SaveOutcome> {
      calls.push({ base, doc, saveId });
      if (!online) return { kind: 'offline' };
      const known = seen.get(saveId);
      if (known !== undefined) return { kind: 'saved', revision: known };
      const current = revisions.length - 1;
      if (base !== current) {
        return {
          kind: 'stale',
          current: { revision: current, doc: revisions[current]!, author: null, at: 'now' },
        };
      }
      revisions.push(doc);
      seen.set(saveId, current + 1);
      return { kind: 'saved', revision: current + 1 };
    },
  };
  return {
    transport,
    calls,
    revisions,
    setOnline: (v: boolean) => {
      online = v;
    },
    /** Somebody else saves a new revision. */
    otherSaves: (doc: Doc) => revisions.push(doc),
  };
}

async function settle() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function setup(revision = 0) {
  const { src, doc } = tinyIssue();
  const clock = new ManualClock();
  const store = createEditorStore({ issueId: 'i1', source: src, doc, revision, clock });
  const server = fakeServer(doc);
  const drafts = memoryDraftStore();
  let n = 0;
  const saver = new Autosaver({
    store,
    transport: server.transport,
    drafts,
    clock,
    newSaveId: () => `save-${++n}-xxxxxxxx`,
  });
  saver.start();
  return { store, server, drafts, clock, saver, src, doc };
}

const editHeadline = (s: ReturnType<typeof setup>, value: string, id = 'a2') =>
  s.store
    .getState()
    .apply({ kind: 'setField', articleId: id, field: 'headline', value }, { mergeKey: `f:${id}` });

describe('autosaver', () => {
  it('saves one second after the last edit, not before', async () => {
    const s = setup();
    editHeadline(s, 'x');
    s.clock.advance(600);
    editHeadline(s, 'xy');
    s.clock.advance(600);
    expect(s.server.calls).toHaveLength(0);
    expect(s.store.getState().save.status).toBe('pending');
    s.clock.advance(500);
    await settle();
    expect(s.server.calls).toHaveLength(1);
    expect(s.store.getState().save.status).toBe('saved');
    expect(s.store.getState().base.revision).toBe(1);
  });

  it('keeps the edit on the device until the server acknowledges it', async () => {
    const s = setup();
    editHeadline(s, 'x');
    await s.saver.draftsWritten();
    expect(s.drafts.drafts.get('i1')?.doc.articles[1]?.fields.headline).toBe('x');
    s.clock.advance(1000);
    await settle();
    await s.saver.draftsWritten();
    expect(s.drafts.drafts.has('i1')).toBe(false);
  });

  it('a burst of edits costs one device write, not one per edit', async () => {
    const s = setup();
    let puts = 0;
    const put = s.drafts.put;
    s.drafts.put = async (d) => {
      puts++;
      await put(d);
    };
    for (const v of ['a', 'ab', 'abc', 'abcd']) {
      editHeadline(s, v);
      s.clock.advance(20);
    }
    s.clock.advance(200);
    await s.saver.draftsWritten();
    expect(puts).toBe(1);
    expect(s.drafts.drafts.get('i1')?.doc.articles[1]?.fields.headline).toBe('abcd');
  });

  it('offline: reports it, keeps the draft and retries with the same saveId', async () => {
    const s = setup();
    s.server.setOnline(false);
    editHeadline(s, 'x');
    s.clock.advance(1000);
    await settle();
    expect(s.store.getState().save.status).toBe('offline');
    await s.saver.draftsWritten();
    expect(s.drafts.drafts.get('i1')?.saveId).toBe('save-1-xxxxxxxx');
    s.server.setOnline(true);
    s.clock.advance(2000);
    await settle();
    expect(s.server.calls.map((c) => c.saveId)).toEqual(['save-1-xxxxxxxx', 'save-1-xxxxxxxx']);
    expect(s.store.getState().save.status).toBe('saved');
  });

  it('a 412 stops autosaving and shows the conflict instead of overwriting', async () => {
    const s = setup();
    s.server.otherSaves({ ...s.doc, unassigned: [] });
    editHeadline(s, 'mine');
    s.clock.advance(1000);
    await settle();
    expect(s.store.getState().save.status).toBe('conflict');
    editHeadline(s, 'mine again', 'a3');
    s.clock.advance(5000);
    await settle();
    expect(s.server.calls).toHaveLength(1);
    expect(s.server.revisions).toHaveLength(2);
  });

  it('reload theirs and reapply mine keeps their change and mine where they do not clash', async () => {
    const s = setup();
    const theirs = {
      ...s.doc,
      articles: s.doc.articles.map((a) => (a.id === 'a1' ? { ...a, fields: { headline: 'theirs' } } : a)),
    };
    s.server.otherSaves(theirs);
    editHeadline(s, 'mine on a1', 'a1');
    editHeadline(s, 'mine on a2', 'a2');
    s.clock.advance(1000);
    await settle();
    const summary = summariseConflict(s.store);
    expect(summary?.canReapply).toBe(true);
    expect(summary?.theirs.changed.map((a) => a.id)).toEqual(['a1']);
    const result = reloadTheirsReapplyMine(s.store);
    expect(result?.clashed).toHaveLength(1);
    const { doc, save, base } = s.store.getState();
    expect(doc.articles[0]?.fields.headline).toBe('theirs');
    expect(doc.articles[1]?.fields.headline).toBe('mine on a2');
    expect(save.conflict).toBeNull();
    expect(base.revision).toBe(1);
    s.clock.advance(1000);
    await settle();
    expect(s.server.revisions).toHaveLength(3);
    expect(s.server.revisions[2]?.articles[0]?.fields.headline).toBe('theirs');
  });

  it('keep mine saves my document as a new revision on top of theirs', async () => {
    const s = setup();
    s.server.otherSaves({ ...s.doc, unassigned: [] });
    editHeadline(s, 'mine');
    s.clock.advance(1000);
    await settle();
    keepMine(s.store);
    await s.saver.saveNow();
    expect(s.server.revisions).toHaveLength(3);
    expect(s.server.revisions[2]?.articles[1]?.fields.headline).toBe('mine');
  });

  it('take theirs drops my edits and continues from their revision', async () => {
    const s = setup();
    const theirs = { ...s.doc, unassigned: [] };
    s.server.otherSaves(theirs);
    editHeadline(s, 'mine');
    s.clock.advance(1000);
    await settle();
    takeTheirs(s.store);
    expect(s.store.getState().doc).toBe(theirs);
    expect(s.store.getState().base.revision).toBe(1);
  });
});

describe('restoring a draft', () => {
  it('a draft on the current revision comes back as the working copy and is saved', async () => {
    const s = setup();
    const edited = {
      ...s.doc,
      articles: s.doc.articles.map((a) => ({ ...a, fields: { headline: 'kept' } })),
    };
    await s.drafts.put({ issueId: 'i1', baseRevision: 0, doc: edited, saveId: null, savedAt: 0 });
    expect(await restoreDraft(s.store, s.drafts, s.server.transport)).toBe('restored');
    expect(s.store.getState().doc).toEqual(edited);
    s.clock.advance(1000);
    await settle();
    expect(s.server.revisions[1]).toEqual(edited);
  });

  it('a draft whose save reached the server before the answer was lost is not saved twice', async () => {
    const s = setup();
    const edited = { ...s.doc, unassigned: [] };
    await s.server.transport.save('i1', 0, edited, 'lost-answer');
    const reloaded = createEditorStore({ issueId: 'i1', source: s.src, doc: edited, revision: 1 });
    await s.drafts.put({ issueId: 'i1', baseRevision: 0, doc: edited, saveId: 'lost-answer', savedAt: 0 });
    expect(await restoreDraft(reloaded, s.drafts, s.server.transport)).toBe('none');
    const other = { ...s.doc, articles: s.doc.articles.slice(0, 2), unassigned: [] };
    await s.drafts.put({ issueId: 'i1', baseRevision: 0, doc: other, saveId: 'lost-answer', savedAt: 0 });
    expect(await restoreDraft(reloaded, s.drafts, s.server.transport)).toBe('already-saved');
    expect(s.server.revisions).toHaveLength(2);
  });

  it('a draft made on an older revision that never reached the server opens the conflict flow', async () => {
    const s = setup();
    s.server.otherSaves({ ...s.doc, unassigned: [] });
    const reloaded = createEditorStore({
      issueId: 'i1',
      source: s.src,
      doc: s.server.revisions[1]!,
      revision: 1,
    });
    const mine = { ...s.doc, articles: s.doc.articles.slice(0, 2) };
    await s.drafts.put({ issueId: 'i1', baseRevision: 0, doc: mine, saveId: 'never-sent', savedAt: 0 });
    expect(await restoreDraft(reloaded, s.drafts, s.server.transport)).toBe('conflict');
    expect(reloaded.getState().doc).toEqual(mine);
    expect(reloaded.getState().save.status).toBe('conflict');
  });
});
