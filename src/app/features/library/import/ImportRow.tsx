import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ImportFileResult } from '../../../../api/contract.ts';
import { isApiError } from '../../../api/client.ts';
import { IMPORT_ENCODINGS } from '../../../api/imports.ts';
import { Button } from '../../../components/Button.tsx';
import { inputClass, labelClass } from '../../../components/inputClass.ts';
import { errorMessage } from '../../../i18n/errors.ts';
import { formatBytes } from '../../../lib/format.ts';
import { setOverride, shownMetadata, type ImportEntry, type RowPhase } from './importEntries.ts';

const PREVIEW_LINES = 8;
const ENCODING_PROBLEMS = new Set(['undecodable', 'unknown-encoding']);

interface ImportRowProps {
  entry: ImportEntry;
  phase: RowPhase;
  /** The dry run without a forced encoding: what detection found. */
  detected: ImportFileResult | undefined;
  /** The import was started; the settings are fixed from then on. */
  started: boolean;
  onChange: (entry: ImportEntry) => void;
  onRemove: () => void;
  onRetry: () => void;
  onOpen: () => void;
}

function PhaseText({ phase, filename, size }: { phase: RowPhase; filename: string; size: number }) {
  const { t, i18n } = useTranslation();
  switch (phase.kind) {
    case 'rejected':
      return (
        <span className="text-red-700">
          {phase.reason === 'too-large'
            ? t('import.tooLarge', { filename, size: formatBytes(size, i18n.language) })
            : t('import.notText', { filename })}
        </span>
      );
    case 'previewing':
      return <span className="text-slate-500">{t('import.previewing')}</span>;
    case 'ready':
      return <span className="text-slate-700">{t('import.ready')}</span>;
    case 'uploading':
      return <span className="text-sky-800">{t('import.uploading', { percent: phase.percent })}</span>;
    case 'processing':
      return <span className="text-sky-800">{t('import.processing')}</span>;
    case 'imported':
      return phase.metadataError ? (
        <span className="text-amber-700">
          {t('import.metadataNotSaved', { reason: errorMessage(t, phase.metadataError) })}
        </span>
      ) : (
        <span className="font-medium text-emerald-700">{t('import.imported')}</span>
      );
    case 'duplicate':
      return <span className="font-medium text-amber-700">{t('import.duplicate')}</span>;
    case 'failed':
      return (
        <span className="text-red-700">
          {t('import.failedWith', { reason: errorMessage(t, phase.error) })}
        </span>
      );
  }
}

export function ImportRow({
  entry,
  phase,
  detected,
  started,
  onChange,
  onRemove,
  onRetry,
  onOpen,
}: ImportRowProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const filename = entry.file.name;
  const preview = phase.kind === 'ready' ? phase.preview : undefined;
  const meta = shownMetadata(entry.overrides, preview ?? detected);
  // Settings matter for a file that can still be imported, or one another encoding might rescue.
  const editable =
    !started &&
    (phase.kind === 'ready' ||
      phase.kind === 'previewing' ||
      (phase.kind === 'failed' && isApiError(phase.error) && ENCODING_PROBLEMS.has(phase.error.code)));
  const encodings = [...IMPORT_ENCODINGS] as string[];
  if (detected?.encoding && !encodings.includes(detected.encoding)) encodings.push(detected.encoding);

  const field = (key: 'publication' | 'date' | 'edition', label: string, type = 'text') => (
    <div className="space-y-1">
      <label htmlFor={`${id}-${key}`} className={labelClass}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={meta[key]}
        disabled={!editable}
        onChange={(event) =>
          onChange({
            ...entry,
            overrides: setOverride(entry.overrides, key, event.target.value, preview ?? detected),
          })
        }
        className={inputClass}
      />
    </div>
  );

  const issueLink = (issueId: string | null, label: string) =>
    issueId && (
      <Link
        href={`/issues/${issueId}`}
        onClick={onOpen}
        className="text-sm font-medium text-sky-800 underline"
      >
        {label}
      </Link>
    );

  return (
    <li aria-label={filename} className="space-y-3 px-6 py-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium break-all text-slate-900">{filename}</span>
        <span className="text-xs text-slate-500 tabular-nums">
          {formatBytes(entry.file.size, i18n.language)}
        </span>
        <span role="status" className="text-sm">
          <PhaseText phase={phase} filename={filename} size={entry.file.size} />
        </span>
        <span className="ml-auto flex items-center gap-2">
          {phase.kind === 'imported' && issueLink(phase.issueId, t('import.openImported'))}
          {phase.kind === 'duplicate' && issueLink(phase.issueId, t('import.openExisting'))}
          {phase.kind === 'failed' && phase.retryable && (
            <Button size="sm" onClick={onRetry}>
              {t('import.retry')}
            </Button>
          )}
          {!started && (
            <Button
              size="sm"
              variant="ghost"
              onClick={onRemove}
              aria-label={t('import.remove', { filename })}
            >
              ✕
            </Button>
          )}
        </span>
      </div>

      {(phase.kind === 'uploading' || phase.kind === 'processing') && (
        <progress
          className="h-1.5 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-sky-600"
          max={100}
          value={phase.kind === 'uploading' ? phase.percent : undefined}
          aria-label={filename}
        />
      )}

      {editable && (
        <div className="grid gap-3 sm:grid-cols-4">
          <div className="space-y-1">
            <label htmlFor={`${id}-encoding`} className={labelClass}>
              {t('import.encoding')}
            </label>
            <select
              id={`${id}-encoding`}
              value={entry.encoding ?? ''}
              aria-describedby={`${id}-detected`}
              onChange={(event) => onChange({ ...entry, encoding: event.target.value || null })}
              className={inputClass}
            >
              <option value="">
                {detected?.encoding
                  ? t('import.autoDetected', { encoding: detected.encoding })
                  : t('import.autoDetect')}
              </option>
              {encodings.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {encoding}
                </option>
              ))}
            </select>
            <p id={`${id}-detected`} className="text-xs text-slate-500">
              {detected?.encoding &&
                t('import.detected', {
                  encoding: detected.encoding,
                  confidence: Math.round((detected.confidence ?? 0) * 100),
                })}
            </p>
          </div>
          {field('publication', t('import.publication'))}
          {field('date', t('import.date'), 'date')}
          {field('edition', t('import.edition'))}
        </div>
      )}

      {preview?.preview && !started && (
        <figure className="space-y-1">
          <figcaption className="text-xs font-medium text-slate-600">{t('import.preview')}</figcaption>
          <pre
            aria-label={t('import.previewOf', { filename })}
            className="max-h-48 overflow-auto rounded-md bg-slate-50 p-3 font-sans text-sm whitespace-pre-wrap text-slate-800"
          >
            {preview.preview.split('\n').slice(0, PREVIEW_LINES).join('\n')}
          </pre>
        </figure>
      )}
    </li>
  );
}
