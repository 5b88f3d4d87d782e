import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { decisionCriteria, type Comparison, type DecisionWeights } from '@shared/domain';
import { useDecimal } from './useDecimal';

interface RankingTableProps {
  comparison: Comparison;
  weights: Readonly<DecisionWeights>;
  optionTitle: (optionId: string) => string;
}

/** The weighted score of each option, best first, with each criterion's score and what it adds. */
export const RankingTable = ({ comparison, weights, optionTitle }: RankingTableProps) => {
  const { t } = useTranslation();
  const decimal = useDecimal();
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" maw={900}>
        {t('decisionComparison.ranking.explanation')}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table aria-label={t('decisionComparison.ranking.tableLabel')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('decisionComparison.ranking.rank')}</Table.Th>
              <Table.Th scope="col">{t('decisionComparison.ranking.option')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('decisionComparison.ranking.score')}
              </Table.Th>
              {decisionCriteria.map((criterion) => (
                <Table.Th scope="col" key={criterion} ta="right">
                  {t('decisionComparison.ranking.criterionColumn', {
                    criterion: t(`decisionComparison.criteria.${criterion}`),
                    weight: decimal(weights[criterion]),
                  })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.ranking.map((option) => (
              <Table.Tr key={option.optionId}>
                <Table.Td>{option.rank}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {optionTitle(option.optionId)}
                </Table.Th>
                <Table.Td ta="right" fw={700}>
                  {decimal(option.weightedScore)}
                </Table.Td>
                {decisionCriteria.map((criterion) => (
                  <Table.Td key={criterion} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('decisionComparison.ranking.cell', {
                      score: decimal(option.scores[criterion]),
                      contribution: decimal(option.contributions[criterion]),
                    })}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <SensitivityLine comparison={comparison} optionTitle={optionTitle} />
    </Stack>
  );
};

/** The smallest single weight change that gives the first place to another option, in words. */
const SensitivityLine = ({ comparison, optionTitle }: Omit<RankingTableProps, 'weights'>) => {
  const { t } = useTranslation();
  const decimal = useDecimal();
  const { winnerId, sensitivity } = comparison;
  const change = sensitivity.smallest;
  return (
    <Stack gap={2} role="status">
      {winnerId && (
        <Text fw={600}>{t('decisionComparison.ranking.winner', { option: optionTitle(winnerId) })}</Text>
      )}
      <Text>
        {change
          ? t(
              change.delta > 0
                ? 'decisionComparison.sensitivity.rises'
                : 'decisionComparison.sensitivity.falls',
              {
                criterion: t(`decisionComparison.criteria.${change.criterion}`),
                points: decimal(Math.abs(change.delta)),
                from: decimal(change.fromWeight),
                to: decimal(change.toWeight),
                option: optionTitle(change.newWinnerId),
              },
            )
          : t('decisionComparison.sensitivity.robust')}
      </Text>
    </Stack>
  );
};
