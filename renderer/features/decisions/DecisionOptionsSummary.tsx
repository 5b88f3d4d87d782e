import { Badge, Table, Title, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Decision } from '@shared/domain';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';

/** The options at a glance: kind, costs, time, what each moves; the chosen one marked. */
export const DecisionOptionsSummary = ({ decision }: { decision: Decision }) => {
  const { t } = useTranslation();
  const { integer } = useFormatNumber();
  return (
    <Stack gap="xs" component="section" aria-labelledby="decision-options">
      <Title order={2} size="h3" id="decision-options">
        {t('decisions.detail.options')}
      </Title>
      <Table striped withTableBorder aria-labelledby="decision-options">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('decisions.fields.optionTitle')}</Table.Th>
            <Table.Th>{t('decisions.fields.kind')}</Table.Th>
            <Table.Th>{t('decisions.fields.oneOffCost')}</Table.Th>
            <Table.Th>{t('decisions.fields.annualCostDelta')}</Table.Th>
            <Table.Th>{t('decisions.fields.monthsToImplement')}</Table.Th>
            <Table.Th>{t('decisions.detail.moves')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {decision.options.map((option) => {
            const switching = Object.values(option.switchingCosts).reduce((sum, cost) => sum + cost, 0);
            return (
              <Table.Tr key={option.id}>
                <Table.Th scope="row">
                  {option.title}{' '}
                  {option.id === decision.chosenOptionId && (
                    <Badge color="green" variant="light">
                      {t('decisions.detail.chosen')}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td>{t(`decisions.kind.${option.kind}`)}</Table.Td>
                <Table.Td>{integer(option.oneOffCost + switching)}</Table.Td>
                <Table.Td>{integer(option.annualCostDelta)}</Table.Td>
                <Table.Td>{integer(option.monthsToImplement)}</Table.Td>
                <Table.Td>{t('decisions.detail.moveCount', { count: option.moves.length })}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
};
