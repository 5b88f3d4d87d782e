import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@renderer/paths';

const tabPaths = { assessments: paths.assessments.list, templates: paths.checklists.list } as const;
type ChecklistTab = keyof typeof tabPaths;

/** The two halves of the Checklists section: the assessments made, and the templates they are made from. */
export const ChecklistSectionTabs = ({ active }: { active: ChecklistTab }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs
      value={active}
      onChange={(tab) => tab && void navigate(tabPaths[tab as ChecklistTab])}
      mb="md"
      aria-label={t('checklists.tabs.label')}
    >
      <Tabs.List>
        <Tabs.Tab value="assessments">{t('checklists.tabs.assessments')}</Tabs.Tab>
        <Tabs.Tab value="templates">{t('checklists.tabs.templates')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
};
