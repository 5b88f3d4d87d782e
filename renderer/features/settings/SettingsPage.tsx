import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@renderer/ui/PageTitle';
import { ReferenceListsSection } from '@renderer/features/reference';
import { LanguageSection } from './LanguageSection';
import { ProfileSection } from './ProfileSection';
import { ReviewCyclesSection } from './ReviewCyclesSection';
import { SignOffSection } from './SignOffSection';
import { StorageSection } from './StorageSection';
import { WorkspaceFileSection } from './WorkspaceFileSection';

export const SettingsPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <Stack gap="xl" maw={640}>
        <ProfileSection />
        <LanguageSection />
        <StorageSection />
        <WorkspaceFileSection />
        <ReferenceListsSection />
        <ReviewCyclesSection />
        <SignOffSection />
      </Stack>
    </>
  );
};
