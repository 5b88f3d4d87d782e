import { Anchor, Button, Group, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StandardListEntry } from '@shared/domain/standards';
import { restoreBuiltInStandards, useStandardsReference } from '@renderer/data/standards-reference';
import { paths } from '@renderer/paths';
import { PageTitle } from '@renderer/ui/PageTitle';
import { RestoreBuiltInsButton } from '@renderer/ui/RestoreBuiltInsButton';
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
  const { t } = useTranslation();
  const entries = useStandardsReference();
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
        <DataTable
          data={entries}
          columns={columns}
          getRowId={entryId}
          label={t('standards.reference.tableLabel')}
          emptyMessage={t('standards.reference.empty')}
          height="calc(100vh - 320px)"
        />
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
