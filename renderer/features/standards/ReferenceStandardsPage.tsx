import { Anchor, Button, Group, Text, TextInput } from '@mantine/core';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { standardTitle, type StandardListEntry } from '@shared/domain/standards';
import { restoreBuiltInStandards, useStandardsReference } from '@renderer/data/standards-reference';
import { paths } from '@renderer/paths';
import { PageTitle } from '@renderer/ui/PageTitle';
import { RestoreBuiltInsButton } from '@renderer/ui/RestoreBuiltInsButton';
import { foldText, searchWords } from '@renderer/ui/listFilters';
import { DataTable } from '@renderer/ui/table/DataTable';
import { StandardEntryModal } from './StandardEntryModal';
import { useReferenceStandardColumns } from './referenceStandardColumns';
import { useConfirmDeleteStandard } from './useConfirmDeleteStandard';

/** The entry being edited, or 'new' while adding one. */
type Editing = StandardListEntry | 'new' | null;

const entryId = (entry: StandardListEntry): string => entry.id;

/**
 * The reference list of standards a dependency's form offers and the Standards screens take titles and
 * generations from: built in, and editable (add, edit, delete, restore the built-in entries), audited.
 */
export const ReferenceStandardsPage = () => {
  const { t, i18n } = useTranslation();
  const entries = useStandardsReference();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  // Entries whose number or title (as shown) holds every word of the search.
  const visible = useMemo(() => {
    const words = searchWords(deferredSearch);
    return (entries ?? []).filter((entry) => {
      const text = foldText(`${entry.number}\n${standardTitle(entry, i18n.language)}`);
      return words.every((word) => text.includes(word));
    });
  }, [entries, deferredSearch, i18n.language]);
  const [editing, setEditing] = useState<Editing>(null);
  const confirmDelete = useConfirmDeleteStandard();
  const columns = useReferenceStandardColumns({ onEdit: setEditing, onDelete: confirmDelete });
  const close = useCallback(() => setEditing(null), []);

  return (
    <>
      <Anchor component={Link} to={paths.standards.list} size="sm">
        {t('standards.page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('standards.reference.title')}</PageTitle>
        <Group>
          <RestoreBuiltInsButton restore={restoreBuiltInStandards} />
          <Button onClick={() => setEditing('new')} disabled={!entries}>
            {t('standards.reference.add')}
          </Button>
        </Group>
      </Group>
      <Text c="dimmed" mb="md" maw={800}>
        {t('standards.reference.intro')}
      </Text>
      {entries === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : (
        <>
          <TextInput
            label={t('standards.reference.searchLabel')}
            placeholder={t('standards.reference.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            maw={360}
          />
          <DataTable
            data={visible}
            columns={columns}
            getRowId={entryId}
            label={t('standards.reference.tableLabel')}
            emptyMessage={
              entries.length === 0 ? t('standards.reference.empty') : t('standards.reference.noMatch')
            }
            height="calc(100vh - 380px)"
          />
        </>
      )}
      {editing && entries && (
        <StandardEntryModal
          {...(editing !== 'new' && { entry: editing })}
          entries={entries}
          onClose={close}
        />
      )}
    </>
  );
};
