import type { FieldName, FieldValue } from '../state/docOps.ts';
import { reportRefusal } from './refuse.ts';
import { defineCommand } from './types.ts';

export interface FieldArg {
  articleId: string;
  field: FieldName;
  /** undefined drops the override, so the field is derived from the source again. */
  value: FieldValue<FieldName> | undefined;
}

/** Typing in a card's field: a burst in one field within a second is one undo step. */
export const setFieldCommand = defineCommand({
  id: 'field.set',
  labelKey: 'setField',
  group: 'article',
  shortcuts: [],
  undo: 'merge',
  run: ({ store }, arg) => {
    const a = arg as FieldArg | undefined;
    if (!a) return;
    reportRefusal(
      store,
      store
        .getState()
        .apply(
          { kind: 'setField', articleId: a.articleId, field: a.field, value: a.value },
          { mergeKey: `field:${a.articleId}:${a.field}`, label: `field.${a.field}` },
        ),
    );
  },
});
