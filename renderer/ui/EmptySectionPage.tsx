import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle';
import { SectionEmptyState } from './SectionEmptyState';

type EmptySection = 'vendors' | 'dependencies' | 'licences' | 'risks' | 'checklists' | 'reports';

/** A section whose records are not yet recorded in this version: its title and what it will hold. */
export const EmptySectionPage = ({ section }: { section: EmptySection }) => {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t(`sections.${section}.title`)}</PageTitle>
      <SectionEmptyState
        title={t(`sections.${section}.emptyTitle`)}
        description={t(`sections.${section}.emptyBody`)}
      />
    </>
  );
};
