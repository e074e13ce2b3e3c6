import { Button, Card, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createRoute, useRouter } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loginInput, tenantChoice, type TenantChoice } from '#contracts/people.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { issueFor, issuesFromZod } from '#web/lib/issues.ts';
import { login, meQuery } from '#web/modules/people/people.api.ts';
import { publicTenantsQuery } from '#web/modules/portal/portal.api.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { TextField } from '#web/ui/fields.tsx';
import { Page } from '#web/ui/page.tsx';
import { AppFrame } from '../layout/frame.tsx';
import { rootRoute } from '../layout/routes.tsx';

/** Only a path on this site may be a redirect target (no open redirect to another host). */
const safeRedirect = (value: unknown): string | undefined =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const redirect = safeRedirect(search.redirect);
    return redirect ? { redirect } : {};
  },
  component: LoginPage,
});

function LoginPage() {
  const { t } = useTranslation();
  const messages = useMessages();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { redirect } = loginRoute.useSearch();
  const [form, setForm] = useState({ email: '', password: '' });
  const [issues, setIssues] = useState<{ path: string; message: string }[]>([]);

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async (me) => {
      queryClient.setQueryData(meQuery.queryKey, me);
      if (redirect && !redirect.startsWith('/login')) router.history.push(redirect);
      else await router.navigate({ to: '/org' });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = loginInput.safeParse(form);
    if (!parsed.success) {
      setIssues(issuesFromZod(parsed.error));
      return;
    }
    setIssues([]);
    mutation.mutate(parsed.data);
  };

  const serverIssues = isApiError(mutation.error) ? mutation.error.issues : [];
  // the password opened accounts in several tenants (decision 005): the user picks one
  const choice =
    isApiError(mutation.error) && mutation.error.code === 'auth.choose_tenant'
      ? tenantChoice.safeParse(mutation.error.details).data
      : undefined;
  const errorOf = (field: 'email' | 'password') => {
    const issue = issueFor([...issues, ...serverIssues], field);
    return issue ? messages.issue(issue) : undefined;
  };

  return (
    <AppFrame>
      <div className="login">
        <Card className="login__card">
          <Page title={t('login.title')}>
            <Paragraph>{t('login.intro')}</Paragraph>
            <form onSubmit={onSubmit} noValidate className="form">
              <TextField
                id="login-email"
                label={t('login.email')}
                type="email"
                autoComplete="username"
                value={form.email}
                onChange={(e) => setForm({ ...form, email: e.target.value })}
                error={errorOf('email')}
              />
              <TextField
                id="login-password"
                label={t('login.password')}
                type="password"
                autoComplete="current-password"
                value={form.password}
                onChange={(e) => setForm({ ...form, password: e.target.value })}
                error={errorOf('password')}
              />
              {choice ? (
                <TenantPicker
                  choice={choice}
                  pick={(tenantId) => mutation.mutate({ ...form, tenantId })}
                />
              ) : (
                mutation.isError && <ErrorAlert error={mutation.error} />
              )}
              <Button type="submit" loading={mutation.isPending}>
                {t('login.submit')}
              </Button>
            </form>
          </Page>
        </Card>
        <PublishedLinks />
      </div>
    </AppFrame>
  );
}

/** One button per tenant whose account the password opened. */
function TenantPicker({ choice, pick }: { choice: TenantChoice; pick: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('login.chooseTenant')}</Fieldset.Legend>
      {choice.tenants.map((tenant) => (
        <Button key={tenant.id} type="button" variant="secondary" onClick={() => pick(tenant.id)}>
          {t('login.inTenant', { tenant: tenant.name })}
        </Button>
      ))}
    </Fieldset>
  );
}

/** Links to the public pages of the municipalities that have published reports (no login). */
function PublishedLinks() {
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
