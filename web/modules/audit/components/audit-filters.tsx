import { Button, Checkbox } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActions } from '#contracts/audit.ts';
import { ChoiceField, DateField } from '#web/ui/fields.tsx';
import type { AuditFilters } from '../audit.api.ts';
import { auditedEntities } from '../audit.entities.ts';
import { useEntityName } from './audit-table.tsx';

const entities: readonly string[] = auditedEntities;

export function AuditFiltersForm({
  filters,
  onApply,
}: {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const entityName = useEntityName();
  const [form, setForm] = useState<AuditFilters>(filters);
  const entityChoices =
    form.entity && !entities.includes(form.entity) ? [...entities, form.entity] : entities;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(form);
  };
  const clear = () => {
    setForm({});
    onApply({});
  };
  const set = (patch: AuditFilters) => setForm((current) => ({ ...current, ...patch }));

  return (
    <form onSubmit={onSubmit} className="filters" noValidate>
      <ChoiceField
        id="audit-entity"
        label={t('audit.entity')}
        none={t('common.all')}
        choices={entityChoices}
        choiceLabel={entityName}
        value={form.entity}
        onChange={(entity) => set({ entity })}
      />
      <ChoiceField
        id="audit-action"
        label={t('audit.action')}
        none={t('common.all')}
        choices={auditActions}
        choiceLabel={(action) => t(`audit.actions.${action}`)}
        value={form.action}
        onChange={(action) => set({ action })}
      />
      {(['from', 'to'] as const).map((bound) => (
        <DateField
          key={bound}
          id={`audit-${bound}`}
          label={t(`audit.${bound}`)}
          value={form[bound] ?? ''}
          onChange={(e) => set({ [bound]: e.target.value || undefined })}
        />
      ))}
      <Checkbox
        id="audit-logins"
        label={t('audit.logins')}
        checked={form.logins ?? false}
        onChange={(e) => set({ logins: e.target.checked || undefined })}
      />
      <div className="button-row filters__buttons">
        <Button type="submit">{t('audit.filter')}</Button>
        <Button type="button" variant="secondary" onClick={clear}>
          {t('audit.clear')}
        </Button>
      </div>
    </form>
  );
}
