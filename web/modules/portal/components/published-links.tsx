import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppLink } from '#web/ui/app-link.tsx';
import { publicTenantsQuery } from '../portal.api.ts';

/** Links to the public pages of the municipalities that have published reports (no login). */
export function PublishedLinks() {
  const { t } = useTranslation();
  const tenants = useQuery(publicTenantsQuery);
  if (!tenants.data || tenants.data.length === 0) return null;
  const only = tenants.data.length === 1;
  return (
    <nav aria-label={t('portal.loginLink')} className="login__public">
      <Paragraph>{t('portal.loginLinkIntro')}</Paragraph>
      <ul>
        {tenants.data.map((tenant) => (
          <li key={tenant.scbCode}>
            <AppLink to="/public/$scbCode" params={{ scbCode: tenant.scbCode }}>
              {only ? t('portal.loginLink') : t('portal.loginLinkTenant', { tenant: tenant.name })}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
