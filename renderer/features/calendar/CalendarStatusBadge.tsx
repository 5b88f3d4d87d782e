import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarStatus } from '@shared/domain';

export const statusColors: Record<CalendarStatus, string> = {
  overdue: 'red',
  'due-soon': 'orange',
  upcoming: 'blue',
  past: 'gray',
};

export const CalendarStatusBadge = ({ status }: { status: CalendarStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light">
      {t(`calendar.status.${status}`)}
    </Badge>
  );
};
