import { Anchor, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FrameworkCoverage } from '@shared/domain';
import { Link } from 'react-router';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { paths } from '@renderer/paths';

/** Dashboard: per checklist, subjects with an approved assessment ÷ subjects of its kind, and in progress. */
export const FrameworkCoverageTable = ({ coverage }: { coverage: readonly FrameworkCoverage[] }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();

  return (
    <section aria-labelledby="framework-coverage">
      <Title order={3} size="h4" id="framework-coverage" mb={4}>
        {t('assessmentLists.dashboard.coverageTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('assessmentLists.dashboard.coverageRule')}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table striped>
          <Table.Caption>{t('assessmentLists.dashboard.coverageCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('assessmentLists.columns.checklist')}</Table.Th>
              <Table.Th scope="col">{t('assessmentLists.columns.kind')}</Table.Th>
              <Table.Th scope="col">{t('assessmentLists.dashboard.assessed')}</Table.Th>
              <Table.Th scope="col">{t('assessmentLists.dashboard.inProgress')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {coverage.map(({ checklist, assessed, subjects, share, inProgress }) => (
              <Table.Tr key={checklist.id}>
                <Table.Th scope="row" fw="normal">
                  <Anchor component={Link} to={paths.checklists.view(checklist.id)} size="sm">
                    {checklist.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>{t(`assessments.subjectType.${checklist.subjectType}`)}</Table.Td>
                <Table.Td>
                  {share === null
                    ? t('assessmentLists.dashboard.noSubjects', { assessed: format.integer(assessed) })
                    : t('assessmentLists.dashboard.coverage', {
                        assessed: format.integer(assessed),
                        subjects: format.integer(subjects),
                        share: format.percent(share),
                      })}
                </Table.Td>
                <Table.Td>{format.integer(inProgress)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
};
