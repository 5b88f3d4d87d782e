import { Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  assessSovereignty,
  sovereigntyCriteria,
  sovereigntyCriterionCodes,
  type SovereigntyAssessment,
  type VendorListing,
  type VendorSovereignty,
} from '@shared/domain';
import { SovereigntyBadge } from '@renderer/ui/badges/SovereigntyBadge';
import { highestRating, ratingKey } from './sovereigntyGuide';

interface SovereigntyExplanationProps {
  assessment: SovereigntyAssessment;
  sovereignty: VendorSovereignty;
  listings: readonly VendorListing[];
}

/** The computed level and index, and in words how design §3 reached them from these ratings. */
export const SovereigntyExplanation = ({
  assessment,
  sovereignty,
  listings,
}: SovereigntyExplanationProps) => {
  const { t, i18n } = useTranslation();
  const join = (items: string[]) =>
    new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(items);
  const criteria = join(assessment.drivingCriteria.map((criterion) => sovereigntyCriterionCodes[criterion]));
  const lists = join([...new Set(listings.map((listing) => t(`vendors.listing.${listing.list}`)))]);
  const highest = highestRating(sovereignty);
  // What the ratings alone would give, to say what a listing changed.
  const ratedLevel = assessSovereignty({ sovereignty, listings: [] }).level;

  const lines: string[] = [];
  if (assessment.ratedCount === 0 && !assessment.raisedByListing) {
    lines.push(t('vendors.sovereignty.explain.unrated'));
  }
  if (assessment.ratedCount > 0 && highest !== null) {
    lines.push(
      t('vendors.sovereignty.explain.driving', {
        count: assessment.drivingCriteria.length,
        criteria,
        rating: highest,
        name: t(`vendors.sovereignty.ratingNames.${ratingKey(highest)}`),
      }),
    );
  }
  if (assessment.raisedByListing) {
    lines.push(
      assessment.ratedCount > 0
        ? t('vendors.sovereignty.explain.raisedByListing', {
            lists,
            ratedLevel: t(`vendors.level.${ratedLevel}`),
          })
        : t('vendors.sovereignty.explain.listedUnrated', { lists }),
    );
  } else if (listings.length > 0) {
    lines.push(t('vendors.sovereignty.explain.listedAlreadyHigh', { lists }));
  }
  lines.push(
    assessment.index === null
      ? t('vendors.sovereignty.explain.noIndex')
      : t('vendors.sovereignty.explain.index', {
          index: assessment.index,
          count: assessment.ratedCount,
          total: sovereigntyCriteria.length,
        }),
  );

  return (
    <Stack gap="xs" aria-live="polite">
      <Group gap="sm">
        <Text fw={600}>{t('vendors.sovereignty.computedLevel')}</Text>
        <SovereigntyBadge level={assessment.level} index={assessment.index} />
      </Group>
      <List size="sm" spacing={4}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Stack>
  );
};
