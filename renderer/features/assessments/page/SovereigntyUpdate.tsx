import { Checkbox, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SovereigntyRatingChange } from '@shared/domain';
import { criterionLabel } from '@shared/import/criterion-label';
import { useTranslate } from '@renderer/ui/useTranslate';

interface SovereigntyUpdateProps {
  vendorName: string;
  changes: readonly SovereigntyRatingChange[];
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** On approving a supplier risk profile: the vendor's ratings it would change, and the choice to apply them. */
export const SovereigntyUpdate = ({ vendorName, changes, checked, onChange }: SovereigntyUpdateProps) => {
  const { t } = useTranslation();
  const translate = useTranslate();
  const rating = (value: number | null) =>
    value === null ? t('assessments.approve.notRated') : String(value);
  if (changes.length === 0)
    return <Text size="sm">{t('assessments.approve.ratingsUnchanged', { vendor: vendorName })}</Text>;
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('assessments.approve.updateRatings', { vendor: vendorName })}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <Table fz="sm" withTableBorder aria-label={t('assessments.approve.ratingChanges')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assessments.approve.criterion')}</Table.Th>
            <Table.Th>{t('assessments.approve.current')}</Table.Th>
            <Table.Th>{t('assessments.approve.assessed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.criterion}>
              <Table.Td>{criterionLabel(translate, change.criterion)}</Table.Td>
              <Table.Td>{rating(change.before)}</Table.Td>
              <Table.Td>{rating(change.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
};
