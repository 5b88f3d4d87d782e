import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClauseValue, DeadlineStatus, LicenceClass } from '@shared/domain';

const statusColors: Record<DeadlineStatus, string> = {
  missed: 'red',
  expired: 'gray',
  'due-soon': 'orange',
  ok: 'green',
  unknown: 'gray',
};

const clauseColors: Record<ClauseValue, string> = {
  yes: 'green',
  partial: 'yellow',
  no: 'red',
  unknown: 'gray',
};

const classColors: Record<LicenceClass, string> = {
  permissive: 'green',
  'weak-copyleft': 'yellow',
  'strong-copyleft': 'orange',
  'network-copyleft': 'red',
  proprietary: 'grape',
  unknown: 'gray',
};

/** A deadline status in colour and in words. */
export const DeadlineStatusBadge = ({ status }: { status: DeadlineStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light">
      {t(`licences.status.${status}`)}
    </Badge>
  );
};

/** One clause's answer in colour and in words, so it reads without colour vision. */
export const ClauseValueBadge = ({ value }: { value: ClauseValue }) => {
  const { t } = useTranslation();
  return (
    <Badge color={clauseColors[value]} variant={value === 'unknown' ? 'outline' : 'light'}>
      {t(`licences.clauseValue.${value}`)}
    </Badge>
  );
};

/** An open-source licence class in colour and in words. */
export const LicenceClassBadge = ({ licenceClass }: { licenceClass: LicenceClass }) => {
  const { t } = useTranslation();
  return (
    <Badge color={classColors[licenceClass]} variant="light">
      {t(`licences.licenceClass.${licenceClass}`)}
    </Badge>
  );
};
