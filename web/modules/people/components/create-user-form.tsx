import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import { createUserInput, type User } from '#contracts/people.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { issueFor, issuesFromZod } from '#web/lib/issues.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { TextField } from '#web/ui/fields.tsx';
import { FieldIssueSummary } from '#web/ui/issue-summary.tsx';
import { useCreateUser } from '../people.api.ts';

const fields = ['name', 'email', 'password'] as const;
type Field = (typeof fields)[number];
const empty: Record<Field, string> = { name: '', email: '', password: '' };
const fieldId = (field: Field) => `new-user-${field}`;

export function CreateUserForm({ onCreated }: { onCreated: (user: User) => void }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const create = useCreateUser();
  const [form, setForm] = useState(empty);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  const error = create.error;
  // Validation problems and a taken e-mail show at their fields; anything else in an alert.
  const shownAtFields =
    isApiError(error) && (error.issues.length > 0 || error.code === 'people.email_taken');
  const allIssues = [...issues, ...(isApiError(error) ? error.issues : [])];
  const labels: Record<Field, string> = {
    name: t('users.name'),
    email: t('users.email'),
    password: t('users.password'),
  };
  const errorOf = (field: Field) => {
    if (field === 'email' && isApiError(error) && error.code === 'people.email_taken') {
      return messages.error(error);
    }
    const issue = issueFor(allIssues, field);
    return issue ? messages.issue(issue) : undefined;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createUserInput.safeParse(form);
    setAttempt((n) => n + 1);
    if (!parsed.success) {
      setIssues(issuesFromZod(parsed.error));
      return;
    }
    setIssues([]);
    create.mutate(parsed.data, {
      onSuccess: (user) => {
        setForm(empty);
        onCreated(user);
      },
    });
  };

  const bind = (field: Field) => ({
    id: fieldId(field),
    label: labels[field],
    value: form[field],
    error: errorOf(field),
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value }),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <FieldIssueSummary
        attempt={attempt}
        issues={allIssues}
        fieldOf={(path) => {
          const field = fields.find((f) => path === f) ?? 'name';
          return { label: labels[field], id: fieldId(field) };
        }}
      />
      <TextField {...bind('name')} autoComplete="off" />
      <TextField {...bind('email')} type="email" autoComplete="off" />
      <TextField
        {...bind('password')}
        type="password"
        autoComplete="new-password"
        description={t('users.passwordHint')}
      />
      {error && !shownAtFields && <ErrorAlert error={error} />}
      <div className="button-row">
        <Button type="submit" loading={create.isPending}>
          {t('users.create')}
        </Button>
      </div>
    </form>
  );
}
