import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { deadlineOf, type LicenceRow } from './licenceRows';
import { paths } from '@renderer/paths';

interface LicenceDeadlineListProps {
  title: string;
  emptyMessage: string;
  rows: readonly LicenceRow[];
}

/** A titled list of licences, each linked, with the date by which to act. */
export const LicenceDeadlineList = ({ title, emptyMessage, rows }: LicenceDeadlineListProps) => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const headingId = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyMessage}
        </Text>
      ) : (
        <List spacing={4}>
          {rows.map((row) => (
            <List.Item key={row.licence.id}>
              <Anchor component={Link} to={paths.licences.view(row.licence.id)}>
                {t('licences.deadlines.item', {
                  title: row.licence.title,
                  date: formatDate(deadlineOf(row)),
                })}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
};
