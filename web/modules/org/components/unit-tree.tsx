import { Button, Tag } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitAtDate } from '#contracts/org.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { buildTree, parentIds, type TreeNode } from '../org.tree.ts';
import './org.css';

export function KindTag({ kind }: { kind: UnitAtDate['kind'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color="neutral" variant="outline">
      {t(`kinds.${kind}`)}
    </Tag>
  );
}

export function ResultUnitTag() {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color="success">
      {t('org.resultUnit')}
    </Tag>
  );
}

type Props = {
  units: readonly UnitAtDate[];
  /** names the list for assistive technology */
  label: string;
  /** extra tags by unit id, e.g. "Ny" in a preview */
  marks?: ReadonlyMap<string, string>;
  /** show the expand/collapse-all buttons */
  toolbar?: boolean;
  /** link each unit to its page (off in the wizard, where leaving would lose the work) */
  links?: boolean;
};

/**
 * The organisation as a nested list of links, each unit with a disclosure button for its
 * children (a list of links is simpler for keyboard and screen reader users than an ARIA tree,
 * and every unit is reachable with Tab).
 */
export function UnitTree({ units, label, marks, toolbar = true, links = true }: Props) {
  const { t } = useTranslation();
  const tree = useMemo(() => buildTree(units), [units]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="unit-tree">
      {toolbar && (
        <div className="button-row">
          <Button variant="tertiary" data-size="sm" onClick={() => setCollapsed(new Set())}>
            {t('org.expandAll')}
          </Button>
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => setCollapsed(new Set(parentIds(tree)))}
          >
            {t('org.collapseAll')}
          </Button>
        </div>
      )}
      <ul className="unit-tree__list" aria-label={label}>
        {tree.map((node) => (
          <TreeItem
            key={node.unit.id}
            node={node}
            collapsed={collapsed}
            onToggle={toggle}
            marks={marks}
            links={links}
          />
        ))}
      </ul>
    </div>
  );
}

type ItemProps = {
  node: TreeNode;
  collapsed: ReadonlySet<string>;
  onToggle: (id: string) => void;
  marks: ReadonlyMap<string, string> | undefined;
  links: boolean;
};

function TreeItem({ node, collapsed, onToggle, marks, links }: ItemProps) {
  const { t } = useTranslation();
  const { unit, children } = node;
  const expanded = !collapsed.has(unit.id);
  const mark = marks?.get(unit.id);
  return (
    <li className="unit-tree__item">
      <div className="unit-tree__row">
        {children.length > 0 ? (
          <button
            type="button"
            className="unit-tree__toggle"
            aria-expanded={expanded}
            aria-label={t('org.toggle', { name: unit.name })}
            onClick={() => onToggle(unit.id)}
          >
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="unit-tree__spacer" />
        )}
        <span className="unit-tree__content">
          {links ? (
            <AppLink to="/org/units/$id" params={{ id: unit.id }} className="unit-tree__name">
              {unit.name}
            </AppLink>
          ) : (
            <span className="unit-tree__name">{unit.name}</span>
          )}
          {unit.shortName && <span className="unit-tree__short">({unit.shortName})</span>}
          <KindTag kind={unit.kind} />
          {unit.isResultUnit && <ResultUnitTag />}
          {mark && (
            <Tag data-size="sm" data-color="warning">
              {mark}
            </Tag>
          )}
          {node.parentMissing && (
            <Tag data-size="sm" data-color="danger">
              {t('org.parentMissing')}
            </Tag>
          )}
        </span>
      </div>
      {children.length > 0 && expanded && (
        <ul className="unit-tree__list">
          {children.map((child) => (
            <TreeItem
              key={child.unit.id}
              node={child}
              collapsed={collapsed}
              onToggle={onToggle}
              marks={marks}
              links={links}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
