import { ROLES, type Role } from '../../../../core/model.ts';
import { lineOrRange } from '../state/geometry.ts';
import { caretRange } from '../state/selection.ts';
import type { EditorState, EditorStoreApi } from '../store.ts';
import { reportRefusal } from './refuse.ts';
import { defineCommand, type Command } from './types.ts';

const hasCaret = (s: EditorState) => s.selection.kind === 'caret';

/** The selected characters, or the caret's whole line. */
function targetRange(store: EditorStoreApi) {
  const { selection, src } = store.getState();
  if (selection.kind !== 'caret') return null;
  return lineOrRange(src, selection.offset, caretRange(selection));
}

export function setRoleCommand(role: Role, index: number): Command {
  return defineCommand({
    id: `role.${role}`,
    labelKey: `role_${role}`,
    group: 'role',
    shortcuts: [String(index + 1)],
    undo: 'step',
    when: hasCaret,
    run: ({ store }, arg) => {
      const range = (arg as { start: number; end: number } | undefined) ?? targetRange(store);
      if (range)
        reportRefusal(
          store,
          store.getState().apply({ kind: 'setRole', range, role }, { label: `role.${role}` }),
        );
    },
  });
}

export const ROLE_COMMANDS = ROLES.map((role, i) => setRoleCommand(role, i));

export const unassignCommand = defineCommand({
  id: 'range.unassign',
  labelKey: 'unassign',
  group: 'role',
  shortcuts: ['U'],
  undo: 'step',
  when: hasCaret,
  run: ({ store }, arg) => {
    const range = (arg as { start: number; end: number } | undefined) ?? targetRange(store);
    if (range) {
      reportRefusal(
        store,
        store.getState().apply({ kind: 'markUnassigned', range, label: null }, { label: 'range.unassign' }),
      );
    }
  },
});

export { ROLES };
