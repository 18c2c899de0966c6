// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IssueDetail, User } from '../../../../api/contract.ts';
import { i18n } from '../../../i18n/index.ts';
import { reviewEn } from '../i18n.ts';
import { NO_ANCHOR } from '../logic/commentThreads.ts';
import { DecisionButtons, DecisionFeedback, useDecision } from './Decision.tsx';

const issue: IssueDetail = {
  id: 'iss1',
  publication: '衡阳晚报',
  date: '2024-05-06',
  edition: null,
  filename: 'a.txt',
  status: 'submitted',
  articleCount: 5,
  flagCount: 0,
  assignee: null,
  revision: 3,
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: null,
  editing: [],
  source: { filename: 'a.txt', sha256: 'x'.repeat(64), encoding: 'utf-8', length: 10 },
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: null,
};

function user(role: User['role']): User {
  return {
    id: `u-${role}`,
    username: role,
    displayName: role,
    role,
    active: true,
    createdAt: '2026-01-01T00:00:00Z',
    lastLoginAt: null,
  };
}

function Harness({ who, status = 'submitted' }: { who: User; status?: IssueDetail['status'] }) {
  const decision = useDecision(issue.id);
  return (
    <>
      <DecisionFeedback decision={decision} />
      <DecisionButtons
        decision={decision}
        issue={{ ...issue, status }}
        user={who}
        anchor={NO_ANCHOR}
        anchorLabel=""
      />
      <textarea aria-label="scratch" />
    </>
  );
}

function renderWith(who: User, status?: IssueDetail['status']) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={client}>
      <Harness who={who} status={status} />
    </QueryClientProvider>,
  );
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
  // jsdom's <dialog> has no showModal.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('DecisionButtons', () => {
  it('shows an editor no approve or request-changes controls', () => {
    renderWith(user('editor'));
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Request changes/ })).toBeNull();
  });

  it('approves on Ctrl+Enter, but not while the supervisor is typing', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(500, { error: { code: 'internal', message: 'x' } }));
    vi.stubGlobal('fetch', fetchMock);
    renderWith(user('supervisor'));
    fireEvent.keyDown(screen.getByLabelText('scratch'), { key: 'Enter', ctrlKey: true });
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(fetchMock.mock.calls[0]).toEqual([
      '/api/issues/iss1/approve',
      expect.objectContaining({ method: 'POST' }),
    ]);
  });

  it('lists the blockers the server gives when it refuses the approval', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(422, {
          error: {
            code: 'approval-blocked',
            message: 'blocked',
            details: ['article 7 (a7) has no headline', '3 characters at line 9 belong to no article'],
          },
        }),
      ),
    );
    renderWith(user('supervisor'));
    fireEvent.click(screen.getByRole('button', { name: /Approve/ }));
    const list = await screen.findByRole('list', { name: reviewEn.decision.blockedTitle });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'article 7 (a7) has no headline',
      '3 characters at line 9 belong to no article',
    ]);
  });

  it('will not send a request for changes without a comment', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, {}));
    vi.stubGlobal('fetch', fetchMock);
    renderWith(user('supervisor'));
    fireEvent.keyDown(document.body, { key: 'R', code: 'KeyR', ctrlKey: true, shiftKey: true });
    const send = await screen.findByRole('button', { name: reviewEn.decision.send });
    await act(async () => {
      fireEvent.click(send);
    });
    expect(screen.getByRole('alert').textContent).toBe(reviewEn.decision.requestRequired);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('offers only Reopen on an approved issue', () => {
    renderWith(user('admin'), 'approved');
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(screen.getByRole('button', { name: reviewEn.decision.reopen })).toBeTruthy();
  });
});
