import { Box, List, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sovereigntyCriterionCodes, type SovereigntyCriterion } from '@shared/domain';
import { criterionLabel, criterionQuestion } from '@shared/import/criterion-label';
import { useTranslate } from '@renderer/ui/useTranslate';
import { controlToRating, ratingKey, ratingToControl, sovereigntyRatings } from './sovereigntyGuide';

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
  const translate = useTranslate();
  const id = useId();
  const code = sovereigntyCriterionCodes[criterion];
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
          {criterionLabel(translate, criterion)}
        </Text>
        <Text size="sm" c="dimmed" id={`${id}-question`}>
          {criterionQuestion(translate, criterion)}
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
