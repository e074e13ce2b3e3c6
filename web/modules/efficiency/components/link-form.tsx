import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaLinksInput, EfficiencyView } from '#contracts/efficiency.ts';
import { SelectField } from '#web/ui/fields.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { useSaveLinks, type EfficiencyPlace } from '../efficiency.api.ts';

type Draft = { goals: Set<string>; indicators: Map<string, boolean> };

const draftOf = (view: EfficiencyView, areaId: string): Draft => {
  const area = view.areas.find((a) => a.id === areaId);
  return {
    goals: new Set(area?.goals.map((g) => g.goalId) ?? []),
    indicators: new Map(area?.indicators.map((i) => [i.indicatorId, i.countsOutput]) ?? []),
  };
};

/** A controller links one area at a time to goals and indicators of the unit's report. */
export function LinkForm({ view, place }: { view: EfficiencyView; place: EfficiencyPlace }) {
  const { t } = useTranslation();
  const [areaId, setAreaId] = useState(view.areas[0]?.id ?? '');
  const [draft, setDraft] = useState<Draft>(() => draftOf(view, areaId));
  const [status, setStatus] = useState<string | null>(null);
  const save = useSaveLinks(place, areaId);
  const area = view.areas.find((a) => a.id === areaId);
  if (!area) return null;

  const chooseArea = (id: string) => {
    setAreaId(id);
    setDraft(draftOf(view, id));
    setStatus(null);
  };
  const toggleGoal = (id: string, on: boolean) => {
    const goals = new Set(draft.goals);
    if (on) goals.add(id);
    else goals.delete(id);
    setDraft({ ...draft, goals });
  };
  const setIndicator = (id: string, linked: boolean, countsOutput: boolean) => {
    const indicators = new Map(draft.indicators);
    if (linked) indicators.set(id, countsOutput);
    else indicators.delete(id);
    setDraft({ ...draft, indicators });
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const input: AreaLinksInput = {
      goalIds: view.choices.goals.filter((g) => draft.goals.has(g.id)).map((g) => g.id),
      indicators: view.choices.indicators
        .filter((i) => draft.indicators.has(i.id))
        .map((i) => ({ indicatorId: i.id, countsOutput: draft.indicators.get(i.id)! })),
    };
    await save.mutateAsync(input);
    setStatus(t('efficiency.links.saved', { area: area.name }));
  };

  return (
    <form className="efficiency-links" onSubmit={(e) => void submit(e).catch(() => {})}>
      <Paragraph>{t('efficiency.links.intro')}</Paragraph>
      <SelectField
        id="efficiency-link-area"
        label={t('efficiency.links.area')}
        value={areaId}
        onChange={(e) => chooseArea(e.target.value)}
      >
        {view.areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <Fieldset>
        <Fieldset.Legend>{t('efficiency.links.goals')}</Fieldset.Legend>
        {view.choices.goals.length === 0 && <Paragraph>{t('efficiency.links.none')}</Paragraph>}
        {view.choices.goals.map((goal) => (
          <div key={goal.id} className="efficiency-check">
            <input
              type="checkbox"
              id={`link-goal-${goal.id}`}
              checked={draft.goals.has(goal.id)}
              onChange={(e) => toggleGoal(goal.id, e.target.checked)}
            />
            <label htmlFor={`link-goal-${goal.id}`}>
              {goal.number ? `${goal.number} ` : ''}
              {goal.title}
            </label>
          </div>
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('efficiency.links.indicators')}</Fieldset.Legend>
        {view.choices.indicators.length === 0 && (
          <Paragraph>{t('efficiency.links.none')}</Paragraph>
        )}
        {view.choices.indicators.map((indicator) => {
          const linked = draft.indicators.has(indicator.id);
          return (
            <div key={indicator.id} className="efficiency-check">
              <input
                type="checkbox"
                id={`link-indicator-${indicator.id}`}
                checked={linked}
                onChange={(e) =>
                  setIndicator(
                    indicator.id,
                    e.target.checked,
                    draft.indicators.get(indicator.id) ?? false,
                  )
                }
              />
              <label htmlFor={`link-indicator-${indicator.id}`}>{indicator.name}</label>
              {linked && (
                <span className="efficiency-check efficiency-check--output">
                  <input
                    type="checkbox"
                    id={`link-output-${indicator.id}`}
                    checked={draft.indicators.get(indicator.id) ?? false}
                    onChange={(e) => setIndicator(indicator.id, true, e.target.checked)}
                  />
                  <label htmlFor={`link-output-${indicator.id}`}>
                    {t('efficiency.links.countsOutput')}
                    <span className="ds-sr-only">
                      {' '}
                      ({t('efficiency.links.countsOutputLabel', { name: indicator.name })})
                    </span>
                  </label>
                </span>
              )}
            </div>
          );
        })}
      </Fieldset>
      {save.isError && <ErrorAlert error={save.error} />}
      <Button type="submit" disabled={save.isPending}>
        {t('efficiency.links.save')}
      </Button>
      <LiveStatus message={status} />
    </form>
  );
}
