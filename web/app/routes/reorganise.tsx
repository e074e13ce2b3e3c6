import { Paragraph } from '@digdir/designsystemet-react';
import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ReorganiseWizard } from '#web/modules/org/components/reorganise-wizard.tsx';
import { Page } from '#web/ui/page.tsx';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const reorganiseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'org/reorganise',
  component: ReorganisePage,
});

function ReorganisePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="org.reorganise">
      <Page title={t('reorganise.title')}>
        <Paragraph>{t('reorganise.intro')}</Paragraph>
        <ReorganiseWizard />
      </Page>
    </RequirePermission>
  );
}
