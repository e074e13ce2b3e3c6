import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grant, User } from '#contracts/people.ts';
import { todayIso } from '#web/lib/format.ts';
import { treeQuery } from '#web/modules/org/org.api.ts';
import { unitOptions } from '#web/modules/org/org.tree.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { usersQuery, useRevokeGrant, useUpdateUser } from '../people.api.ts';
import { CreateUserForm } from './create-user-form.tsx';
import { GrantForm } from './grant-form.tsx';
import { UsersTable } from './users-table.tsx';

/** The users: the list with its actions, a new user, and a new role. */
export function UsersPage() {
  const { t } = useTranslation();
  const users = useQuery(usersQuery);
  const tree = useQuery(treeQuery(todayIso()));
  const units = useMemo(() => unitOptions(tree.data?.units ?? []), [tree.data]);
  const update = useUpdateUser();
  const revoke = useRevokeGrant();
  const [status, setStatus] = useState<string | null>(null);
  // The last failed table action (a 409 conflict reloads the list; see people.api.ts).
  const [actionError, setActionError] = useState<unknown>(null);

  const announce = (message: string) => {
    setActionError(null);
    setStatus(message);
  };
  const run = <T,>(promise: Promise<T>, message: string) => {
    setActionError(null);
    setStatus(null);
    promise.then(() => announce(message), setActionError);
  };
  const onToggleDisabled = (user: User) =>
    run(
      update.mutateAsync({ id: user.id, version: user.version, disabled: !user.disabled }),
      t('users.updated', {
        name: user.name,
        status: (user.disabled ? t('users.active') : t('users.disabled')).toLowerCase(),
      }),
    );
  const onRevoke = (user: User, grant: Grant) =>
    run(
      revoke.mutateAsync({ userId: user.id, grantId: grant.id }),
      t('users.revoked', { role: t(`roles.${grant.role}`), name: user.name }),
    );

  return (
    <Page title={t('users.title')}>
      <LiveStatus message={status} />
      <Section title={t('users.listTitle')}>
        {actionError !== null && <ErrorAlert error={actionError} />}
        <QueryState query={users}>
          {(data) => (
            <UsersTable
              users={data}
              busy={update.isPending || revoke.isPending}
              onToggleDisabled={onToggleDisabled}
              onRevoke={onRevoke}
            />
          )}
        </QueryState>
      </Section>
      <div className="two-columns">
        <Section title={t('users.createTitle')}>
          <CreateUserForm onCreated={(user) => announce(t('users.created', { name: user.name }))} />
        </Section>
        <Section title={t('users.grantTitle')}>
          <GrantForm
            users={users.data ?? []}
            units={units}
            onGranted={(user, role) =>
              announce(t('users.granted', { name: user.name, role: t(`roles.${role}`) }))
            }
          />
        </Section>
      </div>
    </Page>
  );
}
