/** What the rest of the SPA mounts from the review feature. */
export { AuditPage } from './components/AuditPage.tsx';
export { CommentsDrawer } from './components/CommentsDrawer.tsx';
export { CommentsPanel, type CommentsPanelProps } from './components/CommentsPanel.tsx';
export { QueuePage } from './components/QueuePage.tsx';
export { ReleaseButton, type ReleaseFilter } from './components/ReleaseDialog.tsx';
export { ReviewNav } from './components/ReviewNav.tsx';
export { ReviewPage } from './components/ReviewPage.tsx';
export { StatsPage } from './components/StatsPage.tsx';
