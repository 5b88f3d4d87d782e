import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  DomainConcentration,
  LicenceStanding,
  OptionCosts,
  RiskScoreFigure,
  SovereigntyExposure,
  SupplierMix,
} from '@shared/domain';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { hhiArithmetic } from './comparisonModel';
import { useDecimal } from './useDecimal';

const bandColor = { unconcentrated: 'green', moderate: 'yellow', high: 'red' } as const;

const Unchanged = ({ show }: { show: boolean }) => {
  const { t } = useTranslation();
  return show ? (
    <Text size="xs" c="dimmed">
      {t('decisionComparison.whatIf.unchanged')}
    </Text>
  ) : null;
};

/** The HHI with its band, and the sum it is made of: each share in percent, squared. */
export const HhiCell = ({
  concentration,
  changed,
}: {
  concentration: DomainConcentration;
  changed: boolean;
}) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const decimal = useDecimal();
  const { terms, others, hhi, band } = hhiArithmetic(concentration);
  const parts: string[] = terms.map((term) =>
    t('decisionComparison.whatIf.hhiTerm', { percent: decimal(term.percent) }),
  );
  if (others)
    parts.push(
      `${t('decisionComparison.whatIf.hhiOthers', { count: others.count })} ${format.integer(others.contribution)}`,
    );
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm">{format.integer(hhi)}</Text>
        <Badge size="sm" color={bandColor[band]} autoContrast>
          {t(`concentration.band.${band}`)}
        </Badge>
      </Group>
      {parts.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('decisionComparison.whatIf.hhiArithmetic', {
            terms: parts.join(' + '),
            sum: format.integer(hhi),
          })}
        </Text>
      )}
      <Unchanged show={!changed} />
    </Stack>
  );
};

export const ExposureCell = ({ exposure }: { exposure: SovereigntyExposure }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const decimal = useDecimal();
  const exposed = exposure.directIds.length + exposure.indirectIds.length;
  if (exposure.share === null) return <Text size="sm">{t('decisionComparison.whatIf.exposedNone')}</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('decisionComparison.whatIf.exposed', {
          exposed: format.integer(exposed),
          critical: format.integer(exposure.criticalCount),
          share: format.percent(exposure.share),
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('decisionComparison.whatIf.exposedDetail', {
          direct: format.integer(exposure.directIds.length),
          indirect: format.integer(exposure.indirectIds.length),
        })}
      </Text>
      {exposure.partial.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('decisionComparison.whatIf.partly', { weighted: decimal(exposure.weightedCount) })}
        </Text>
      )}
    </Stack>
  );
};

export const MixCell = ({ mix }: { mix: SupplierMix }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  if (mix.totalWeight === 0) return <Text size="sm">{t('decisionComparison.whatIf.mixNone')}</Text>;
  return (
    <Stack gap={2}>
      {mix.byLevel.map((entry) => (
        <Text size="sm" key={entry.level}>
          {t('decisionComparison.whatIf.mixItem', {
            level: t(`vendors.level.${entry.level}`),
            share: format.percent(entry.weight / mix.totalWeight),
            count: entry.vendorCount,
          })}
        </Text>
      ))}
    </Stack>
  );
};

export const LicenceCell = ({ standing }: { standing: LicenceStanding }) => {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {standing === null
        ? t('decisionComparison.whatIf.licenceNotRecorded')
        : standing === 'none'
          ? t('decisionComparison.whatIf.licenceNone')
          : t(`licences.licenceClass.${standing}`)}
    </Text>
  );
};

export const ResidualCell = ({ figure, expected }: { figure: RiskScoreFigure; expected: boolean }) => {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('decisionComparison.whatIf.residual', {
          score: figure.score,
          level: t(`risks.level.${figure.level}`),
          likelihood: figure.likelihood,
          impact: figure.impact,
        })}
      </Text>
      <Unchanged show={!expected} />
    </Stack>
  );
};

/** The cost criterion with its arithmetic: one-off + switching + annual change × years. */
export const CostTotalCell = ({ costs }: { costs: OptionCosts }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  return (
    <Stack gap={2}>
      <Text size="sm">{format.integer(costs.total)}</Text>
      <Text size="xs" c="dimmed">
        {t('decisionComparison.whatIf.totalArithmetic', {
          oneOff: format.integer(costs.oneOff),
          switching: format.integer(costs.switchingTotal),
          annual: format.integer(costs.annualDelta),
          years: costs.horizonYears,
        })}
      </Text>
    </Stack>
  );
};
