import { Button, Card, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loginInput, tenantChoice, type TenantChoice } from '#contracts/people.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { issueFor, issuesFromZod } from '#web/lib/issues.ts';
import { PublishedLinks } from '#web/modules/portal/components/published-links.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { TextField } from '#web/ui/fields.tsx';
import { Page } from '#web/ui/page.tsx';
import { login, meQuery } from '../people.api.ts';

/** The two fields a user logs in with, in the order a password manager expects them. */
const credentialFields = [
  { field: 'email', type: 'email', autoComplete: 'username' },
  { field: 'password', type: 'password', autoComplete: 'current-password' },
] as const;

/** The login form; `onLoggedIn` goes on to where the visitor was headed. */
export function LoginPage({ onLoggedIn }: { onLoggedIn: () => Promise<void> | void }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ email: '', password: '' });
  const [issues, setIssues] = useState<{ path: string; message: string }[]>([]);

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async (me) => {
      queryClient.setQueryData(meQuery.queryKey, me);
      await onLoggedIn();
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
    <div className="login">
      <Card className="login__card">
        <Page title={t('login.title')}>
          <Paragraph>{t('login.intro')}</Paragraph>
          <form onSubmit={onSubmit} noValidate className="form">
            {credentialFields.map(({ field, type, autoComplete }) => (
              <TextField
                key={field}
                id={`login-${field}`}
                label={t(`login.${field}`)}
                type={type}
                autoComplete={autoComplete}
                value={form[field]}
                onChange={(e) => setForm({ ...form, [field]: e.target.value })}
                error={errorOf(field)}
              />
            ))}
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
