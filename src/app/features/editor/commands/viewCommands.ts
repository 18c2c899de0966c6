import { defineCommand } from './types.ts';

export const helpCommand = defineCommand({
  id: 'view.help',
  labelKey: 'help',
  group: 'view',
  shortcuts: ['?'],
  undo: 'none',
  run: ({ store }) => store.getState().setUi({ help: !store.getState().ui.help }),
});

export const previewCommand = defineCommand({
  id: 'view.preview',
  labelKey: 'preview',
  group: 'view',
  shortcuts: ['P'],
  undo: 'none',
  run: ({ store }) => store.getState().setUi({ preview: !store.getState().ui.preview }),
});

export const exportPreviewCommand = defineCommand({
  id: 'view.exportPreview',
  labelKey: 'exportPreview',
  group: 'view',
  shortcuts: ['E'],
  undo: 'none',
  run: ({ store }) => store.getState().setUi({ exportPreview: !store.getState().ui.exportPreview }),
});

export const downloadCommand = defineCommand({
  id: 'view.download',
  labelKey: 'download',
  group: 'view',
  shortcuts: ['Mod+Shift+E'],
  undo: 'none',
  run: ({ services }) => services.download?.(),
});

export const escapeCommand = defineCommand({
  id: 'view.escape',
  labelKey: 'escape',
  group: 'view',
  shortcuts: ['Escape'],
  undo: 'none',
  when: (s) => s.drag !== null || s.selection.kind !== 'none' || Object.values(s.ui).some(Boolean),
  run: ({ store }) => {
    const state = store.getState();
    if (state.drag) state.cancelDrag();
    else if (state.ui.help || state.ui.linkPickerFor || state.ui.exportPreview) {
      state.setUi({ help: false, linkPickerFor: null, exportPreview: false });
    } else state.select({ kind: 'none' });
  },
});

export const VIEW_COMMANDS = [
  helpCommand,
  previewCommand,
  exportPreviewCommand,
  downloadCommand,
  escapeCommand,
];
