import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors.ts';
import { Button } from './Button.tsx';

export function ErrorState({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      role="alert"
      className="flex flex-col items-start gap-2 rounded-lg border border-red-200 bg-red-50 p-5"
    >
      <h2 className="font-semibold text-red-800">{title}</h2>
      <p className="text-sm text-red-700">{errorMessage(t, error)}</p>
      {onRetry && (
        <Button onClick={onRetry} variant="secondary" size="sm">
          {t('library.retry')}
        </Button>
      )}
    </div>
  );
}
