import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { Spinner } from '../../../components/Spinner.tsx';
import { useReviewShellT } from '../shellI18n.ts';
import type { ReleaseFilter } from './ReleaseForm.tsx';

export type { ReleaseFilter };

// The form loads when the dialog first opens: the library page shows without it.
const ReleaseForm = lazy(() => import('./ReleaseForm.tsx').then((m) => ({ default: m.ReleaseForm })));

/**
 * "Release…" for the library: choose approved issues (ticked, or all matching the library filter) and
 * download them as one zip or JSON Lines file through a plain link, so the browser streams it to disk.
 */
export function ReleaseButton({ filter }: { filter: ReleaseFilter }) {
  const { t } = useReviewShellT();
  const { t: tShell } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('release.open')}</Button>
      <Dialog open={open} title={t('release.title')} onClose={() => setOpen(false)} width="max-w-2xl">
        {open && (
          <Suspense fallback={<Spinner label={tShell('app.loading')} />}>
            <ReleaseForm filter={filter} onClose={() => setOpen(false)} />
          </Suspense>
        )}
      </Dialog>
    </>
  );
}
