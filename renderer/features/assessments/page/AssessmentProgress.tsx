import { DataList, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreAssessment, type Assessment, type Checklist, type ScoreSummary } from '@shared/domain';
import { Fact } from '@renderer/ui/Fact';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';

interface AssessmentProgressProps {
  checklist: Pick<Checklist, 'sections'>;
  answers: Assessment['answers'];
}

/**
 * Completion and score, overall and per section, recomputed as each answer is given, with the rule that
 * produces them: a reader can redo the arithmetic.
 */
export const AssessmentProgress = ({ checklist, answers }: AssessmentProgressProps) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const score = useMemo(() => scoreAssessment(checklist, answers), [checklist, answers]);
  const scoreText = (summary: ScoreSummary) =>
    summary.score === null ? '—' : format.percent(summary.score / 100);
  const { overall } = score;

  return (
    <Stack gap="xs" component="section" aria-labelledby="assessment-progress">
      <Title order={2} size="h3" id="assessment-progress">
        {t('assessments.progress.title')}
      </Title>
      <DataList labelWidth="120px">
        <Fact label={t('assessments.progress.completion')}>
          <Text fw={700} span>
            {format.percent(overall.completion)}
          </Text>{' '}
          <Text size="xs" c="dimmed" span>
            {t('assessments.progress.answered', { answered: overall.answered, total: overall.total })}
          </Text>
        </Fact>
        <Fact label={t('assessments.progress.score')}>
          <Text fw={700} span>
            {scoreText(overall)}
          </Text>{' '}
          <Text size="xs" c="dimmed" span>
            {t('assessments.progress.scoredWeight', { weight: format.integer(overall.scoredWeight) })}
          </Text>
        </Fact>
      </DataList>
      <Progress
        value={overall.completion * 100}
        aria-label={t('assessments.progress.completion')}
        size="sm"
      />
      <Text size="xs" c="dimmed">
        {t('assessments.progress.rule')}
      </Text>
      <Table withTableBorder striped fz="sm" aria-label={t('assessments.progress.bySection')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assessments.progress.section')}</Table.Th>
            <Table.Th>{t('assessments.progress.answeredColumn')}</Table.Th>
            <Table.Th>{t('assessments.progress.score')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {score.sections.map((section, index) => (
            <Table.Tr key={section.sectionId}>
              <Table.Td>
                {index + 1}. {checklist.sections[index]?.title}
              </Table.Td>
              <Table.Td>
                {section.answered} / {section.total}
              </Table.Td>
              <Table.Td>{scoreText(section)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
};
