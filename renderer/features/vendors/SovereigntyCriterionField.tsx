import { Box, List, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SovereigntyCriterion } from '@shared/domain';
import {
  controlToRating,
  criterionCode,
  ratingKey,
  ratingToControl,
  sovereigntyRatings,
} from './sovereigntyGuide';

interface SovereigntyCriterionFieldProps {
  criterion: SovereigntyCriterion;
  value: number | null | undefined;
  onChange: (rating: number | null) => void;
}

/**
 * One criterion rated 0–4 or left unrated: a radio group named after the criterion, with what the
 * criterion asks and, under it, what the chosen rating means.
 */
export const SovereigntyCriterionField = ({ criterion, value, onChange }: SovereigntyCriterionFieldProps) => {
  const { t } = useTranslation();
  const id = useId();
  const code = criterionCode[criterion];
  const name = t(`vendors.sovereignty.criteria.${criterion}.name`);
  const data = [
    { value: 'unrated', label: t('vendors.sovereignty.notRated') },
    ...sovereigntyRatings.map((rating) => ({
      value: String(rating),
      label: t('vendors.sovereignty.ratingShort', {
        rating,
        name: t(`vendors.sovereignty.ratingNames.${ratingKey(rating)}`),
      }),
    })),
  ];
  const guide =
    value === null || value === undefined
      ? t('vendors.sovereignty.notRatedGuide')
      : t('vendors.sovereignty.ratingGuide', {
          rating: value,
          guide: t(`vendors.sovereignty.criteria.${criterion}.ratings.${ratingKey(value)}`),
        });

  return (
    <Paper withBorder p="sm">
      <Stack gap={6}>
        <Text fw={600} id={`${id}-label`}>
          {t('vendors.sovereignty.criterionLabel', { code, name })}
        </Text>
        <Text size="sm" c="dimmed" id={`${id}-question`}>
          {t(`vendors.sovereignty.criteria.${criterion}.question`)}
        </Text>
        <SegmentedControl
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-question ${id}-guide`}
          data={data}
          value={ratingToControl(value)}
          onChange={(next) => onChange(controlToRating(next))}
          fullWidth
          size="xs"
        />
        <Text size="sm" id={`${id}-guide`}>
          {guide}
        </Text>
        <Box component="details" fz="sm">
          <Box component="summary" style={{ cursor: 'pointer' }}>
            {t('vendors.sovereignty.showGuide', { code })}
          </Box>
          <List size="sm" mt={4}>
            {sovereigntyRatings.map((rating) => (
              <List.Item key={rating}>
                {t('vendors.sovereignty.ratingGuide', {
                  rating,
                  guide: t(`vendors.sovereignty.criteria.${criterion}.ratings.${ratingKey(rating)}`),
                })}
              </List.Item>
            ))}
          </List>
        </Box>
      </Stack>
    </Paper>
  );
};
