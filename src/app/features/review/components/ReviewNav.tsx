import { Link, useLocation } from 'wouter';
import type { User } from '../../../../api/contract.ts';
import { useReviewCount } from '../api/reviewCount.ts';
import { useReviewShellT } from '../shellI18n.ts';
import { canDecide } from '../logic/canDecide.ts';

const LINK = 'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium';

function NavItem({
  href,
  label,
  badge,
}: {
  href: string;
  label: string;
  badge?: { count: number; label: string };
}) {
  const [location] = useLocation();
  const current = location === href || location.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`${LINK} ${current ? 'bg-slate-100 text-slate-900' : 'text-slate-600 hover:text-slate-900'}`}
    >
      {label}
      {badge && badge.count > 0 && (
        <span
          aria-label={badge.label}
          data-review-count={badge.count}
          className="rounded-full bg-amber-500 px-1.5 text-xs leading-5 font-semibold text-white tabular-nums"
        >
          {badge.count}
        </span>
      )}
    </Link>
  );
}

/** Review (with the count of issues waiting), Audit and Statistics: supervisors and admins only. */
export function ReviewNav({ user }: { user: User }) {
  const { t } = useReviewShellT();
  const allowed = canDecide(user);
  const count = useReviewCount(allowed);
  if (!allowed) return null;
  const waiting = count.data ?? 0;
  return (
    <>
      <NavItem
        href="/review"
        label={t('nav.review')}
        badge={{ count: waiting, label: t('nav.waiting', { count: waiting }) }}
      />
      <NavItem href="/audit" label={t('nav.audit')} />
      <NavItem href="/stats" label={t('nav.stats')} />
    </>
  );
}
