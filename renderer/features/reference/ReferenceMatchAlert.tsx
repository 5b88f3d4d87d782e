import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildReferenceIndex, referenceSuggestions, type ReferenceMatch, type Vendor } from '@shared/domain';
import { useReferenceEntries } from '@renderer/data/reference';
import { useConfirmAddListing } from './useConfirmAddListing';

/** Suggests adding a listing when the vendor's name matches an entry of a reference list. */
export const ReferenceMatchAlert = ({ vendor }: { vendor: Vendor }) => {
  const entries = useReferenceEntries();
  const index = useMemo(() => buildReferenceIndex(entries ?? []), [entries]);
  const suggestions = useMemo(() => referenceSuggestions(vendor, index), [vendor, index]);
  if (suggestions.length === 0) return null;
  return (
    <Stack gap="sm">
      {suggestions.map((match) => (
        <MatchAlert key={match.entry.id} vendor={vendor} match={match} />
      ))}
    </Stack>
  );
};

const MatchAlert = ({ vendor, match }: { vendor: Vendor; match: ReferenceMatch }) => {
  const { t } = useTranslation();
  const confirmAdd = useConfirmAddListing();
  const { entry } = match;
  const list = t(`vendors.listing.${entry.list}`);
  return (
    <Alert color="orange" title={t('reference.match.title', { list })}>
      <Stack gap="xs">
        <Text size="sm">
          {entry.since
            ? t('reference.match.body', { entry: entry.name, list, since: entry.since })
            : t('reference.match.bodyUndated', { entry: entry.name, list })}{' '}
          {t(`reference.match.matchedField.${match.field}`, { term: match.matchedAs })}
        </Text>
        <Group>
          <Button size="xs" color="orange" onClick={() => confirmAdd(vendor, entry)}>
            {t('reference.match.add')}
          </Button>
          <Anchor component={Link} to="/reference" size="sm">
            {t('reference.match.seeList')}
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
};
