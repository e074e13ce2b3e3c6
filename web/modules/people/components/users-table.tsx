import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Grant, User } from '#contracts/people.ts';
import { DataTable } from '#web/ui/data-table.tsx';

type Props = {
  users: readonly User[];
  busy: boolean;
  onToggleDisabled: (user: User) => void;
  onRevoke: (user: User, grant: Grant) => void;
};

/** Users with their roles; each role can be revoked and each user disabled or enabled. */
export function UsersTable({ users, busy, onToggleDisabled, onRevoke }: Props) {
  const { t } = useTranslation();
  const scopeOf = (grant: Grant) => grant.unitName ?? t('users.wholeOrganisation');
  const sorted = [...users].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <DataTable
      label={t('users.listTitle')}
      caption="none"
      zebra
      className="users-table"
      columns={[
        t('users.colName'),
        t('users.colEmail'),
        t('users.colStatus'),
        t('users.colRoles'),
        t('users.colActions'),
      ]}
    >
      <Table.Body>
        {sorted.map((user) => (
          <Table.Row key={user.id}>
            <Table.Cell>{user.name}</Table.Cell>
            <Table.Cell>{user.email}</Table.Cell>
            <Table.Cell>
              <Tag data-size="sm" data-color={user.disabled ? 'neutral' : 'success'}>
                {user.disabled ? t('users.disabled') : t('users.active')}
              </Tag>
            </Table.Cell>
            <Table.Cell>
              {user.grants.length === 0 ? (
                t('users.noRoles')
              ) : (
                <ul className="grant-list">
                  {user.grants.map((grant) => {
                    const role = t(`roles.${grant.role}`);
                    const scope = scopeOf(grant);
                    return (
                      <li key={grant.id}>
                        <span>{t('users.grantText', { role, scope })}</span>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          disabled={busy}
                          aria-label={t('users.revokeGrant', { role, scope, name: user.name })}
                          onClick={() => onRevoke(user, grant)}
                        >
                          {t('users.revoke')}
                        </Button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </Table.Cell>
            <Table.Cell>
              <Button
                variant="secondary"
                data-size="sm"
                disabled={busy}
                aria-label={t(user.disabled ? 'users.enableUser' : 'users.disableUser', {
                  name: user.name,
                })}
                onClick={() => onToggleDisabled(user)}
              >
                {user.disabled ? t('users.enable') : t('users.disable')}
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
