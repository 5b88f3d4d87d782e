import { MultiSelect, TextInput } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActionValues } from '@shared/domain';
import { FilterBar } from '@renderer/ui/FilterBar';
import { FilterMultiSelect } from '@renderer/ui/FilterMultiSelect';
import { hasActiveActivityFilters, useActivityFilters } from './useActivityFilters';

// Mantine's options need a non-empty value; the unnamed user's events have an empty actor.
const actorValue = (actor: string): string => `actor:${actor}`;

interface ActivityFiltersProps {
  actors: readonly string[];
  tables: readonly string[];
  recordType: (table: string) => string;
}

/** Search, who, record type, action and a range of days above the Activity list. */
export const ActivityFilters = memo(function ActivityFilters({
  actors,
  tables,
  recordType,
}: ActivityFiltersProps) {
  const { t } = useTranslation();
  const chosenActors = useActivityFilters((state) => state.actors);
  const from = useActivityFilters((state) => state.from);
  const to = useActivityFilters((state) => state.to);
  const setFilters = useActivityFilters((state) => state.setFilters);

  return (
    <FilterBar
      list="activity"
      useFilters={useActivityFilters}
      isActive={hasActiveActivityFilters}
      searchWidth={220}
    >
      <MultiSelect
        label={t('activity.filters.actor')}
        data={actors.map((actor) => ({ value: actorValue(actor), label: actor || t('common.unnamedUser') }))}
        value={chosenActors.map(actorValue)}
        onChange={(values) => setFilters({ actors: values.map((value) => value.slice('actor:'.length)) })}
        searchable
        clearable
        w={200}
      />
      <FilterMultiSelect
        label={t('activity.filters.table')}
        data={tables.map((table) => ({ value: table, label: recordType(table) }))}
        useFilters={useActivityFilters}
        field="tables"
        searchable
        w={200}
      />
      <FilterMultiSelect
        label={t('activity.filters.action')}
        data={auditActionValues.map((action) => ({ value: action, label: t(`activity.action.${action}`) }))}
        useFilters={useActivityFilters}
        field="actions"
        searchable
        w={200}
      />
      <TextInput
        type="date"
        label={t('activity.filters.from')}
        value={from}
        max={to || undefined}
        onChange={(event) => setFilters({ from: event.currentTarget.value })}
        w={150}
      />
      <TextInput
        type="date"
        label={t('activity.filters.to')}
        value={to}
        min={from || undefined}
        onChange={(event) => setFilters({ to: event.currentTarget.value })}
        w={150}
      />
    </FilterBar>
  );
});
