import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyAreaView, EconomyView, LineKind } from '#contracts/economy.ts';
import { TextField } from '#web/ui/fields.tsx';
import { freshEconomy, useSaveLines, type EconomyPlace } from '../economy.api.ts';
import {
  areaDraft,
  areaLinesOf,
  areaVersion,
  linePath,
  sameArea,
  type AreaDraft,
} from '../economy.line-edit.ts';
import type { EconomyText } from '../economy.messages.ts';
import { useEconomyForm } from '../use-economy-form.ts';
import { EconomyFormShell } from './economy-form-shell.tsx';

type Props = { view: EconomyView; area: EconomyAreaView; place: EconomyPlace; text: EconomyText };

/**
 * An area's outcome and forecasts typed in the table (Ändra): a field per line and period in the
 * table's unit, saved with each line's version; on a conflict both versions are shown.
 */
export function AreaLinesForm({ view, area, place, text }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveLines(place);
  const unit = view.settings.unit;
  const periods = view.periods.map((p) => p.key);
  // The versions to write with: the page's, or the ones read again after a conflict.
  const versions = useRef(area);
  const areaOf = (economy: EconomyView) => economy.areas.find((a) => a.id === area.id) ?? area;
  const loadedOf = (economy: EconomyView) => {
    const current = areaOf(economy);
    versions.current = current;
    return { draft: areaDraft(current, periods, unit), version: areaVersion(current) };
  };
  const form = useEconomyForm({
    server: { draft: areaDraft(area, periods, unit), version: areaVersion(area) },
    same: sameArea,
    prepare: (draft: AreaDraft) =>
      areaLinesOf(draft, area, unit, (kind) => versions.current.lines[kind].version),
    save: (lines) => save.mutateAsync({ lines }),
    loaded: loadedOf,
    fresh: async () => loadedOf(await freshEconomy(queryClient, place)),
    unitName: text.unitName,
  });
  const { draft, setDraft } = form;
  const id = (path: string) => `area-${area.id}-${path.replaceAll('.', '-')}`;
  const kindName = (kind: LineKind) => t(`economy.table.kinds.${kind}`);
  const label = (index: number, field: string) => {
    const kind = kindName(draft.lines[index]!.kind);
    return field === 'outcome'
      ? t('economy.form.lines.outcome', { kind, year: view.year, unit: text.unitName })
      : t('economy.form.lines.forecast', { kind, period: field, unit: text.unitName });
  };
  const fieldOf = (path: string) => {
    const match = /^lines\.(\d+)\.(?:forecasts\.)?(.+)$/.exec(path);
    if (!match || !draft.lines[Number(match[1])]) return { label: path, id: null };
    return { label: label(Number(match[1]), match[2]!), id: id(path) };
  };
  const update = (index: number, field: string, value: string) =>
    setDraft((d) => ({
      lines: d.lines.map((line, i) =>
        i !== index
          ? line
          : field === 'outcome'
            ? { ...line, outcome: value }
            : { ...line, forecasts: { ...line.forecasts, [field]: value } },
      ),
    }));
  const fields = draft.lines.flatMap((_, index) =>
    ['outcome', ...periods].map((field) => ({ index, field, path: linePath(index, field) })),
  );
  const asValues = (d: AreaDraft) =>
    Object.fromEntries(
      fields.map(({ index, field, path }) => [
        path,
        field === 'outcome' ? d.lines[index]!.outcome : (d.lines[index]!.forecasts[field] ?? ''),
      ]),
    );
  return (
    <EconomyFormShell
      id={`area-form-${area.id}`}
      toggleText={t('economy.form.lines.toggle', { area: area.name })}
      title={t('economy.form.lines.title', { area: area.name, year: view.year })}
      level={3}
      intro={t('economy.form.lines.intro', { unit: text.unitName })}
      saveText={t('economy.form.lines.save')}
      status={form.savedAt && t('economy.form.saved')}
      form={form}
      fieldOf={fieldOf}
      conflict={
        form.conflict && {
          fields: fields.map(({ index, field, path }) => ({
            key: path,
            label: label(index, field),
          })),
          saved: asValues(form.conflict.draft),
          yours: asValues(draft),
        }
      }
      text={text}
    >
      <div className="economy-line-fields">
        {fields.map(({ index, field, path }) => (
          <TextField
            key={path}
            id={id(path)}
            label={label(index, field)}
            value={asValues(draft)[path] ?? ''}
            error={form.at(path)}
            onChange={(e) => update(index, field, e.target.value)}
            inputMode="decimal"
            autoComplete="off"
          />
        ))}
      </div>
    </EconomyFormShell>
  );
}
