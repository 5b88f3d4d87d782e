import { Select } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

interface SectionJumpProps {
  sections: ReadonlyArray<{ value: string; label: string }>;
  onJump: (rowIndex: number) => void;
}

/** "Go to section" for long checklists; memoized, so answering an item does not rebuild its options. */
export const SectionJump = memo(function SectionJump({ sections, onJump }: SectionJumpProps) {
  const { t } = useTranslation();
  if (sections.length < 2) return null;
  return (
    <Select
      label={t('assessments.items.goToSection')}
      data={sections as { value: string; label: string }[]}
      value={null}
      onChange={(index) => index && onJump(Number(index))}
      w={420}
      mb="sm"
    />
  );
});
