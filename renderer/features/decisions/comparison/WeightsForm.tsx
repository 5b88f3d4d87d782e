import { Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { decisionCriteria, type DecisionCriterion } from '@shared/domain';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import { useDecimal } from './useDecimal';

export type TypedWeights = Record<DecisionCriterion, number | string>;

interface WeightsFormProps {
  typed: TypedWeights;
  onChange: (criterion: DecisionCriterion, value: number | string) => void;
  total: number;
  /** Message key of what stops the weights being saved; null when they can be. */
  problem: string | null;
  locked: boolean;
  saving: boolean;
  onSave: () => void;
}

/**
 * A field per criterion and their total, which carries the message while they do not make 100 %. The
 * ranking follows the weights as they are typed; Save writes them (audited) only when they are valid.
 */
export const WeightsForm = ({
  typed,
  onChange,
  total,
  problem,
  locked,
  saving,
  onSave,
}: WeightsFormProps) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const decimal = useDecimal();
  return (
    <Stack gap="xs">
      <Fieldset legend={t('decisionComparison.weights.legend')} disabled={locked}>
        <SimpleGrid cols={{ base: 2, md: 4, xl: 7 }}>
          {decisionCriteria.map((criterion) => (
            <NumberInput
              key={criterion}
              label={t('decisionComparison.weights.field', {
                criterion: t(`decisionComparison.criteria.${criterion}`),
              })}
              value={typed[criterion]}
              onChange={(value) => onChange(criterion, value)}
              min={0}
              max={100}
              decimalScale={2}
              suffix=" %"
              readOnly={locked}
              error={problem !== null}
              aria-describedby="decision-weights-total-error"
            />
          ))}
          <TextInput
            label={t('decisionComparison.weights.total')}
            value={t('decisionComparison.weights.totalValue', { total: decimal(total) })}
            readOnly
            error={issue(problem ?? undefined)}
            errorProps={{ id: 'decision-weights-total-error' }}
          />
        </SimpleGrid>
      </Fieldset>
      {locked ? (
        <Text size="sm" c="dimmed">
          {t('decisionComparison.weights.locked')}
        </Text>
      ) : (
        <Group>
          <Button onClick={onSave} loading={saving}>
            {t('decisionComparison.weights.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
};
