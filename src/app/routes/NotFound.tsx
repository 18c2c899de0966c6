import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <main id="main" className="mx-auto max-w-screen-2xl px-4 py-10 sm:px-6">
      <h1 className="text-xl font-semibold">{t('errors.notFound')}</h1>
      <Link href="/" className="mt-4 inline-block text-sky-700 underline">
        {t('issue.back')}
      </Link>
    </main>
  );
}
