import { Title } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MeasuredRows } from '@renderer/ui/MeasuredRows';
import {
  ownValue,
  type Assessment,
  type Checklist,
  type ChecklistItem,
  type EvidenceRecord,
  type Risk,
} from '@shared/domain';
import { AssessmentItem, type ItemContext } from './AssessmentItem';
import { SectionJump } from './SectionJump';

type Row =
  | { kind: 'section'; id: string; title: string; number: number }
  | { kind: 'item'; id: string; item: ChecklistItem; number: string };

const rowsOf = (checklist: Pick<Checklist, 'sections'>): Row[] =>
  checklist.sections.flatMap((section, s) => [
    { kind: 'section' as const, id: section.id, title: section.title, number: s + 1 },
    ...section.items.map((item, i) => ({
      kind: 'item' as const,
      id: item.id,
      item,
      number: `${s + 1}.${i + 1}`,
    })),
  ]);

const noEvidence: readonly EvidenceRecord[] = [];

interface AssessmentItemsProps {
  checklist: Pick<Checklist, 'sections'>;
  answers: Assessment['answers'];
  evidence: ReadonlyMap<string, EvidenceRecord> | undefined;
  risks: ReadonlyMap<string, Risk> | undefined;
  context: ItemContext;
}

/**
 * The checklist's items under their section headings, rendered only where the reader is: a 400-item
 * checklist opens as fast as a 10-item one. "Go to section" jumps through long checklists.
 */
export const AssessmentItems = ({ checklist, answers, evidence, risks, context }: AssessmentItemsProps) => {
  const { t } = useTranslation();
  const rows = useMemo(() => rowsOf(checklist), [checklist]);
  const list = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  // The list starts below the page's header and panels, whose height changes as they load.
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const measure = () => setOffset(element.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => (rows[index]?.kind === 'section' ? 56 : 190),
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const evidenceByItem = useMemo(() => {
    const byItem = new Map<string, EvidenceRecord[]>();
    for (const [itemId, answer] of Object.entries(answers)) {
      const records = answer.evidenceIds.flatMap((id) => evidence?.get(id) ?? []);
      if (records.length > 0) byItem.set(itemId, records);
    }
    return byItem;
  }, [answers, evidence]);
  const sections = useMemo(
    () =>
      rows.flatMap((row, index) =>
        row.kind === 'section' ? [{ value: String(index), label: `${row.number}. ${row.title}` }] : [],
      ),
    [rows],
  );
  const jump = useCallback(
    (index: number) => virtualizer.scrollToIndex(index, { align: 'start' }),
    [virtualizer],
  );

  return (
    <section aria-labelledby="assessment-items">
      <Title order={2} size="h3" id="assessment-items" mb="xs">
        {t('assessments.items.title')}
      </Title>
      <SectionJump sections={sections} onJump={jump} />
      <MeasuredRows
        ref={list}
        virtualizer={virtualizer}
        renderRow={(index) => {
          const row = rows[index] as Row;
          return row.kind === 'section' ? (
            <Title order={3} size="h4" pt="sm">
              {row.number}. {row.title}
            </Title>
          ) : (
            <AssessmentItem
              item={row.item}
              number={row.number}
              answer={ownValue(answers, row.id)}
              evidence={evidenceByItem.get(row.id) ?? noEvidence}
              risk={risks?.get(row.id)}
              context={context}
            />
          );
        }}
      />
    </section>
  );
};
