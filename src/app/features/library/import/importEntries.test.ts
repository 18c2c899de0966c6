import { describe, expect, it } from 'vitest';
import type { ImportFileResult } from '../../../../api/contract.ts';
import { ApiError } from '../../../api/client.ts';
import {
  makeEntry,
  rowPhase,
  setOverride,
  shownMetadata,
  summarise,
  type RowPhase,
} from './importEntries.ts';

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name, { type: 'text/plain' });

const preview: ImportFileResult = {
  filename: '衡阳晚报-2024-05-06-A01.txt',
  status: 'preview',
  encoding: 'gb18030',
  confidence: 0.9,
  preview: '第一行\n第二行',
  publication: '衡阳晚报',
  date: '2024-05-06',
  edition: 'A01',
};

describe('choosing files', () => {
  it('refuses a file over 20 MB before uploading it', () => {
    expect(makeEntry(file('big.txt', 20 * 1024 * 1024 + 1), 'x').rejection).toBe('too-large');
    expect(makeEntry(file('ok.TXT', 20 * 1024 * 1024), 'x').rejection).toBeNull();
  });

  it('refuses files that are not .txt', () => {
    expect(makeEntry(file('scan.pdf'), 'x').rejection).toBe('not-txt');
  });
});

describe('metadata read from the file name', () => {
  it('shows the server reading until the user types over it', () => {
    expect(shownMetadata({}, preview)).toEqual({
      publication: '衡阳晚报',
      date: '2024-05-06',
      edition: 'A01',
    });
    expect(shownMetadata({ edition: 'A02' }, preview).edition).toBe('A02');
  });

  it('treats a cleared field as "none" rather than "keep the file name reading"', () => {
    const overrides = setOverride({}, 'publication', '  ', preview);
    expect(overrides).toEqual({ publication: null });
    expect(shownMetadata(overrides, preview).publication).toBe('');
  });

  it('drops an override that only repeats what the file name said', () => {
    expect(setOverride({ date: '2024-05-07' }, 'date', '2024-05-06', preview)).toEqual({});
  });
});

describe('the phase of a file', () => {
  const entry = makeEntry(file('a.txt'), 'a');
  const ready = { status: 'success' as const, data: preview };

  it('waits for the dry run, then is ready with its preview', () => {
    expect(rowPhase(entry, { status: 'pending' }, undefined, undefined)).toEqual({ kind: 'previewing' });
    expect(rowPhase(entry, ready, undefined, undefined)).toEqual({ kind: 'ready', preview });
  });

  it('reports a dry run that found an empty or binary file as a failure with its code', () => {
    const phase = rowPhase(
      entry,
      {
        status: 'success',
        data: { filename: 'a.txt', status: 'error', error: { code: 'binary', message: 'x' } },
      },
      undefined,
      undefined,
    );
    expect(phase.kind).toBe('failed');
    expect(phase.kind === 'failed' && phase.error instanceof ApiError && phase.error.code).toBe('binary');
  });

  it('shows upload progress, then "segmenting" once every byte is sent', () => {
    expect(rowPhase(entry, ready, { status: 'pending' }, 0.426)).toEqual({ kind: 'uploading', percent: 42 });
    expect(rowPhase(entry, ready, { status: 'pending' }, 1)).toEqual({ kind: 'processing' });
  });

  it('links to the issue the import created, or to the one it duplicates', () => {
    const imported = {
      result: { ...preview, status: 'imported' as const, issueId: 'i1' },
      metadataError: null,
    };
    expect(rowPhase(entry, ready, { status: 'success', data: imported }, 1)).toEqual({
      kind: 'imported',
      issueId: 'i1',
      metadataError: null,
    });
    const duplicate = {
      result: { ...preview, status: 'duplicate' as const, issueId: 'i0' },
      metadataError: null,
    };
    expect(rowPhase(entry, ready, { status: 'success', data: duplicate }, 1)).toEqual({
      kind: 'duplicate',
      issueId: 'i0',
    });
  });

  it('lets a failed upload be retried', () => {
    const error = new ApiError(0, 'network', 'down');
    expect(rowPhase(entry, ready, { status: 'error', error }, 0.5)).toEqual({
      kind: 'failed',
      error,
      retryable: true,
    });
  });
});

describe('summarise', () => {
  it('counts rows by outcome', () => {
    const phases: RowPhase[] = [
      { kind: 'ready', preview },
      { kind: 'imported', issueId: 'a', metadataError: null },
      { kind: 'duplicate', issueId: 'b' },
      { kind: 'rejected', reason: 'too-large' },
      { kind: 'uploading', percent: 3 },
    ];
    expect(summarise(phases)).toEqual({ ready: 1, imported: 1, duplicates: 1, failed: 1, busy: 1 });
  });
});
