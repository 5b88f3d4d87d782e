import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isActionOverdue, type RiskAction } from '@shared/domain';
import { localToday } from '@shared/domain';
import { useFormatDate } from '@renderer/ui/useFormatDate';

/** A risk's actions with their owner, due date and status; overdue ones are marked. */
export const RiskActionsList = ({ actions }: { actions: readonly RiskAction[] }) => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const today = localToday();
  return (
    <Stack gap="xs" component="section" aria-labelledby="risk-actions">
      <Title order={2} size="h3" id="risk-actions">
        {t('risks.detail.actions')}
      </Title>
      {actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('risks.detail.noActions')}
        </Text>
      ) : (
        <List spacing={6}>
          {actions.map((action) => (
            <List.Item key={action.id}>
              <Group gap="xs">
                <Text size="sm" fw={600} span>
                  {action.title}
                </Text>
                {action.owner && (
                  <Text size="sm" span>
                    {action.owner}
                  </Text>
                )}
                {action.dueDate && (
                  <Text size="sm" span>
                    {formatDate(action.dueDate)}
                  </Text>
                )}
                <Badge variant="light">{t(`risks.actionStatus.${action.status}`)}</Badge>
                {isActionOverdue(action, today) && <Badge color="red">{t('risks.plan.overdue')}</Badge>}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
};
