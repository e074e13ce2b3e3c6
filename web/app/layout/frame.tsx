import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useRouter } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me, Permission } from '#contracts/people.ts';
import { logout } from '#web/modules/people/people.api.ts';
import { NotificationsLink } from '#web/modules/notifications/components/notifications-link.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import './frame.css';

type NavItem = {
  to:
    | '/'
    | '/org'
    | '/org/reorganise'
    | '/admin/users'
    | '/admin/audit'
    | '/goals'
    | '/rollup'
    | '/admin/years'
    | '/followup'
    | '/economy'
    | '/efficiency'
    | '/admin/report-templates'
    | '/staff-figures'
    | '/feedback'
    | '/internal-control'
    | '/kommunkompassen'
    | '/compilation';
  label:
    | 'start.nav'
    | 'nav.org'
    | 'nav.reorganise'
    | 'nav.users'
    | 'nav.audit'
    | `goals.nav.${'goals' | 'rollup' | 'years'}`
    | 'followup.nav'
    | 'economy.nav'
    | 'efficiency.nav'
    | 'reports.nav'
    | 'staff.nav'
    | 'feedback.nav'
    | 'internalControl.nav'
    | 'compass.nav'
    | 'compilation.nav';
  permission: Permission;
  exact?: boolean;
};

const navItems: NavItem[] = [
  { to: '/', label: 'start.nav', permission: 'org.read', exact: true },
  { to: '/org', label: 'nav.org', permission: 'org.read', exact: true },
  { to: '/followup', label: 'followup.nav', permission: 'followup.read' },
  { to: '/economy', label: 'economy.nav', permission: 'followup.read' },
  { to: '/efficiency', label: 'efficiency.nav', permission: 'followup.read' },
  { to: '/staff-figures', label: 'staff.nav', permission: 'followup.read' },
  { to: '/feedback', label: 'feedback.nav', permission: 'followup.read' },
  { to: '/internal-control', label: 'internalControl.nav', permission: 'followup.read' },
  { to: '/kommunkompassen', label: 'compass.nav', permission: 'org.read' },
  { to: '/goals', label: 'goals.nav.goals', permission: 'followup.read' },
  { to: '/rollup', label: 'goals.nav.rollup', permission: 'followup.read' },
  { to: '/org/reorganise', label: 'nav.reorganise', permission: 'org.reorganise' },
  { to: '/admin/users', label: 'nav.users', permission: 'users.manage' },
  { to: '/admin/audit', label: 'nav.audit', permission: 'audit.read' },
  { to: '/admin/years', label: 'goals.nav.years', permission: 'years.manage' },
  { to: '/admin/report-templates', label: 'reports.nav', permission: 'model.write' },
  { to: '/compilation', label: 'compilation.nav', permission: 'model.write' },
];

function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();
  const onLogout = async () => {
    try {
      await logout();
    } finally {
      // Leave the signed-in pages first, then forget everything that was loaded as this user.
      await router.navigate({ to: '/login' });
      queryClient.clear();
    }
  };
  return (
    <div className="app-header__user">
      <span className="app-header__name">{me.user.name}</span>
      <NotificationsLink />
      <LanguageSwitch />
      <Button variant="secondary" data-size="sm" onClick={() => void onLogout()}>
        {t('app.logout')}
      </Button>
    </div>
  );
}

/**
 * The main menu. Below about 768 px it folds behind a "Meny" button (aria-expanded) so that it
 * does not take three rows of a phone's screen; following a link folds it again.
 */
function MainNav({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label={t('app.mainNav')} className="app-nav" data-open={open}>
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        className="app-nav__toggle"
        aria-expanded={open}
        aria-controls="app-nav-list"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☰</span> {t('app.menu')}
      </Button>
      <ul className="app-nav__list" id="app-nav-list">
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              className="app-nav__link"
              activeOptions={{ exact: item.exact ?? false, includeSearch: false }}
              onClick={() => setOpen(false)}
            >
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The page frame: skip link, header (with navigation when signed in), main and footer. */
export function AppFrame({ me, children }: { me?: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const items = me ? navItems.filter((item) => me.permissions.includes(item.permission)) : [];
  return (
    <div className="app">
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__brand">
            <Link to="/" className="app-header__name-link">
              {t('app.name')}
            </Link>
            {me && <span className="app-header__tenant">{me.tenant.name}</span>}
          </div>
          {me ? <UserMenu me={me} /> : <LanguageSwitch />}
        </div>
        {items.length > 0 && <MainNav items={items} />}
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
