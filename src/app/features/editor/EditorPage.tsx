import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { IssueDetail, IssueResponse } from '../../../api/contract.ts';
import { isApiError } from '../../api/client.ts';
import { useMe } from '../../api/auth.ts';
import { issueKeys, useIssue } from '../../api/issues.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { submitForReview } from './api/documentApi.ts';
import type { CommandContext } from './commands/types.ts';
import { ArticlesPane } from './components/ArticlesPane.tsx';
import { ConflictDialog } from './components/ConflictDialog.tsx';
import { ContextMenu } from './components/ContextMenu.tsx';
import { ExportPreviewDialog } from './components/ExportPreviewDialog.tsx';
import { LinkPicker } from './components/LinkPicker.tsx';
import { NoticeBar } from './components/NoticeBar.tsx';
import { ShortcutOverlay } from './components/ShortcutOverlay.tsx';
import { SourcePane, type SourceMenuRequest } from './components/SourcePane.tsx';
import { TopBar } from './components/TopBar.tsx';
import { EditorContext } from './context.ts';
import { useAutosave } from './hooks/useAutosave.ts';
import { useExporter } from './hooks/useExporter.ts';
import { useKeyboardCommands } from './hooks/useKeyboardCommands.ts';
import { usePresence } from './hooks/usePresence.ts';
import { useEditorT } from './i18n.ts';
import { createEditorStore } from './store.ts';
import { downloadText } from './worker/exportClient.ts';
import { CommentsDrawer } from '../review/components/CommentsDrawer.tsx';

function exportFilename(issue: IssueDetail): string {
  const stem =
    [issue.publication, issue.date, issue.edition].filter(Boolean).join('-') ||
    issue.filename.replace(/\.txt$/i, '');
  return `${stem}.galley.json`;
}

/** The open issue: one store, autosave, presence and keyboard for as long as the page lives. */
function Workspace({ data, detail }: { data: IssueResponse; detail: IssueDetail }) {
  const me = useMe();
  const [store] = useState(() =>
    createEditorStore({
      issueId: data.issue.id,
      source: data.source,
      doc: data.doc,
      revision: data.issue.revision,
      suggestions: data.suggestions,
      readOnly: data.issue.status === 'submitted' || data.issue.status === 'approved',
    }),
  );
  const saver = useAutosave(store);
  const editing = usePresence(data.issue.id, me.data?.username ?? null);

  // The issue details (not the document) follow the server copy, so a corrected date shows at once.
  const issue = detail;
  const exportJson = useExporter(store, issue);
  const ctx: CommandContext = useMemo(
    () => ({
      store,
      services: {
        saveNow: () => void saver.saveNow(),
        download: () => void exportJson().then((json) => downloadText(exportFilename(issue), json)),
      },
    }),
    [store, saver, exportJson, issue],
  );
  useKeyboardCommands(ctx);
  const queryClient = useQueryClient();
  const { t } = useEditorT();
  // Submitting sends what is on screen: pending edits are saved first, and nothing is submitted unsaved.
  const submit = useCallback(async () => {
    await saver.saveNow();
    const s = store.getState();
    if (s.save.status !== 'saved' || s.doc !== s.base.doc) return;
    const failure = await submitForReview(s.issueId);
    if (failure) {
      s.notify({
        key: 'toolbar.submitFailed',
        vars: { reason: t(`refused.${failure}`, { defaultValue: failure }) },
        tone: 'error',
      });
      return;
    }
    s.setReadOnly(true);
    s.notify({ key: 'toolbar.submitted', tone: 'info' });
    void queryClient.invalidateQueries({ queryKey: issueKeys.all });
  }, [saver, store, queryClient, t]);
  const [menu, setMenu] = useState<SourceMenuRequest | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);

  return (
    <EditorContext.Provider value={ctx}>
      <div className="flex h-[calc(100vh-3.5rem)] min-h-[480px] flex-col">
        <TopBar issue={issue} editing={editing} onSubmit={submit} />
        <main
          id="main"
          className="grid min-h-0 flex-1 grid-cols-1 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
        >
          <SourcePane onMenu={setMenu} />
          <ArticlesPane />
        </main>
      </div>
      {menu && <ContextMenu request={menu} onClose={closeMenu} />}
      <LinkPicker />
      <ShortcutOverlay />
      <ExportPreviewDialog exportJson={exportJson} />
      <ConflictDialog onResolved={() => void saver.saveNow()} />
      <NoticeBar />
      <CommentsDrawer issueId={data.issue.id} />
    </EditorContext.Provider>
  );
}

/** Route target for /issues/:id. */
export function EditorPage({ id }: { id: string }) {
  const { t } = useEditorT();
  const issue = useIssue(id);
  // The working copy is created once per issue: later refetches of the server copy must not reset it.
  // Adopted during render (not in an effect) so the editor draws in the render that has the data,
  // instead of committing a spinner first and rendering again.
  const [first, setFirst] = useState<IssueResponse | null>(null);
  if (issue.data && (!first || first.issue.id !== issue.data.issue.id)) setFirst(issue.data);
  if (issue.isError && !first) {
    return isApiError(issue.error) && issue.error.status === 404 ? (
      <main id="main" className="p-6">
        <p role="alert">{t('page.notFound')}</p>
      </main>
    ) : (
      <main id="main" className="p-6">
        <ErrorState title={t('page.errorTitle')} error={issue.error} onRetry={() => void issue.refetch()} />
      </main>
    );
  }
  if (!first) return <Spinner label={t('page.loading')} />;
  return (
    <Workspace
      key={first.issue.id}
      data={first}
      detail={issue.data?.issue.id === first.issue.id ? issue.data.issue : first.issue}
    />
  );
}
