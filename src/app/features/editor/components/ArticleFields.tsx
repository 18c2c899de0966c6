import type { DerivedArticle } from '../../../../core/derive.ts';
import type { Article } from '../../../../core/model.ts';
import { useRunCommand } from '../context.ts';
import { useEditorT } from '../i18n.ts';
import type { FieldArg } from '../commands/fieldCommands.ts';
import type { FieldName, FieldValue } from '../state/docOps.ts';
import { FieldInput } from './FieldInput.tsx';
import { ReporterChips } from './ReporterChips.tsx';

/** The reader-facing fields of one article; corrections live here, the source is never changed. */
export function ArticleFields({ article, d }: { article: Article; d: DerivedArticle }) {
  const { t } = useEditorT();
  const run = useRunCommand();
  const set = <F extends FieldName>(field: F, value: FieldValue<F> | undefined) =>
    run('field.set', { articleId: article.id, field, value } satisfies FieldArg);
  const f = article.fields;
  const common = { overriddenLabel: t('card.overridden'), resetLabel: t('card.reset') };
  return (
    <div className="space-y-2">
      <FieldInput
        {...common}
        label={t('card.kicker')}
        value={d.kicker ?? ''}
        overridden={f.kicker !== undefined}
        onReset={() => set('kicker', undefined)}
        onChange={(v) => set('kicker', v === '' ? null : v)}
      />
      <FieldInput
        {...common}
        label={t('card.headline')}
        value={d.headline}
        overridden={f.headline !== undefined}
        onReset={() => set('headline', undefined)}
        onChange={(v) => set('headline', v)}
      />
      <FieldInput
        {...common}
        multiline
        label={t('card.subheadlines')}
        value={d.subheadlines.join('\n')}
        overridden={f.subheadlines !== undefined}
        onReset={() => set('subheadlines', undefined)}
        onChange={(v) =>
          set(
            'subheadlines',
            v.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1),
          )
        }
      />
      <FieldInput
        {...common}
        label={t('card.byline')}
        value={d.byline ?? ''}
        overridden={f.byline !== undefined}
        onReset={() => set('byline', undefined)}
        onChange={(v) => set('byline', v === '' ? null : v)}
      />
      <ReporterChips reporters={d.reporters} onChange={(next) => set('reporters', next)} />
    </div>
  );
}
