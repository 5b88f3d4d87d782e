import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DecisionStatus } from '@shared/domain';

const colours: Record<DecisionStatus, string> = { draft: 'gray', 'in-review': 'blue', approved: 'green' };

export const DecisionStatusBadge = ({ status }: { status: DecisionStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status]} variant="light">
      {t(`decisions.status.${status}`)}
    </Badge>
  );
};
