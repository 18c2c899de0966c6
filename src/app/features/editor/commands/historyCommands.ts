import { defineCommand } from './types.ts';

export const undoCommand = defineCommand({
  id: 'history.undo',
  labelKey: 'undo',
  group: 'history',
  shortcuts: ['Mod+Z'],
  undo: 'history',
  when: (s) => s.history.past.length > 0 || s.drag !== null,
  run: ({ store }) => {
    store.getState().undo();
  },
});

export const redoCommand = defineCommand({
  id: 'history.redo',
  labelKey: 'redo',
  group: 'history',
  shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
  undo: 'history',
  when: (s) => s.history.future.length > 0,
  run: ({ store }) => {
    store.getState().redo();
  },
});

export const saveNowCommand = defineCommand({
  id: 'history.saveNow',
  labelKey: 'saveNow',
  group: 'history',
  shortcuts: ['Mod+S'],
  undo: 'none',
  run: ({ services }) => services.saveNow?.(),
});

export const HISTORY_COMMANDS = [undoCommand, redoCommand, saveNowCommand];
