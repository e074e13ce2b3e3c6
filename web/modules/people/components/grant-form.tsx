import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import { addGrantInput, roles, type Role, type User } from '#contracts/people.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { issueFor, issuesFromZod } from '#web/lib/issues.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { ChoiceField, SelectField } from '#web/ui/fields.tsx';
import { FieldIssueSummary } from '#web/ui/issue-summary.tsx';
import { useAddGrant } from '../people.api.ts';

/** Admin and reader act on the whole organisation; the other roles on a unit and below. */
const tenantWide = (role: Role) => role === 'admin' || role === 'reader';

type Props = {
  users: readonly User[];
  /** the units of the current organisation, in tree order with indented labels */
  units: readonly { id: string; label: string }[];
  onGranted: (user: User, role: Role) => void;
};

export function GrantForm({ users, units, onGranted }: Props) {
  const { t } = useTranslation();
  const messages = useMessages();
  const add = useAddGrant();
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<Role>('controller');
  const [unitId, setUnitId] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const wide = tenantWide(role);

  const error = add.error;
  const allIssues = [...issues, ...(isApiError(error) ? error.issues : [])];
  const errorOf = (field: 'userId' | 'unitId') => {
    const issue = issueFor(allIssues, field);
    return issue ? messages.issue(issue) : undefined;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const parsed = addGrantInput.safeParse({ role, unitId: wide ? null : unitId });
    const problems = parsed.success ? [] : issuesFromZod(parsed.error);
    if (!userId) problems.unshift({ path: 'userId', message: 'must not be empty' });
    setIssues(problems);
    if (!parsed.success || problems.length > 0) return;
    add.mutate(
      { userId, ...parsed.data },
      { onSuccess: (user) => onGranted(user, parsed.data.role) },
    );
  };

  const labels = { userId: t('users.grantUser'), unitId: t('users.grantUnit') };
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <FieldIssueSummary
        attempt={attempt}
        issues={allIssues}
        fieldOf={(path) =>
          path === 'userId'
            ? { label: labels.userId, id: 'grant-user' }
            : { label: labels.unitId, id: 'grant-unit' }
        }
      />
      <SelectField
        id="grant-user"
        label={labels.userId}
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
        error={errorOf('userId')}
      >
        <option value="">{t('users.chooseUser')}</option>
        {users.map((user) => (
          <option key={user.id} value={user.id}>
            {`${user.name} (${user.email})`}
          </option>
        ))}
      </SelectField>
      <ChoiceField
        id="grant-role"
        label={t('users.grantRole')}
        choices={roles}
        choiceLabel={(r) => t(`roles.${r}`)}
        value={role}
        onChange={(r) => r && setRole(r)}
      />
      <SelectField
        id="grant-unit"
        label={labels.unitId}
        description={t('users.grantUnitHint')}
        value={wide ? '' : unitId}
        disabled={wide}
        onChange={(e) => setUnitId(e.target.value)}
        error={wide ? undefined : errorOf('unitId')}
      >
        <option value="">{wide ? t('users.wholeOrganisation') : t('users.chooseUnit')}</option>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.label}
          </option>
        ))}
      </SelectField>
      {error && !(isApiError(error) && error.issues.length > 0) && <ErrorAlert error={error} />}
      <div className="button-row">
        <Button type="submit" loading={add.isPending}>
          {t('users.addGrant')}
        </Button>
      </div>
    </form>
  );
}
