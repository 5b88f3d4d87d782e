import { Anchor, Badge, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dependency, Vendor } from '@shared/domain';
import { Fact } from '@renderer/ui/Fact';
import { useCountryName } from '@renderer/ui/useCountryNames';
import { useCriticalityLabel, useCriticalityMeaning } from './useCriticalityLabel';
import { paths } from '@renderer/paths';

interface DependencyFactsProps {
  dependency: Dependency;
  /** Null when the vendor is no longer in the workspace. */
  vendor: Vendor | null;
}

/** Everything recorded about a dependency itself; its links to other dependencies have their own section. */
export const DependencyFacts = ({ dependency, vendor }: DependencyFactsProps) => {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const criticalityLabel = useCriticalityLabel();
  const criticalityMeaning = useCriticalityMeaning();
  const none = (
    <Text size="sm" c="dimmed">
      {t('dependencies.detail.notRecorded')}
    </Text>
  );

  return (
    <Stack gap="xs" component="section" aria-labelledby="dependency-facts">
      <Title order={2} size="h3" id="dependency-facts">
        {t('dependencies.detail.facts')}
      </Title>
      <DataList labelWidth="200px">
        <Fact label={t('dependencies.fields.vendor')}>
          {vendor ? (
            <Anchor component={Link} to={paths.vendors.view(vendor.id)}>
              {vendor.name}
            </Anchor>
          ) : (
            <Text size="sm" c="orange">
              {t('dependencies.detail.missingVendor')}
            </Text>
          )}
        </Fact>
        <Fact label={t('dependencies.fields.kind')}>
          <Text size="sm">{t(`dependencies.kind.${dependency.kind}`)}</Text>
          <Text size="xs" c="dimmed">
            {t(`dependencies.kindHint.${dependency.kind}`)}
          </Text>
        </Fact>
        <Fact label={t('dependencies.fields.domain')}>{t(`dependencies.domain.${dependency.domain}`)}</Fact>
        {dependency.standards.length > 0 && (
          <Fact label={t('dependencies.fields.standards')}>
            <Group gap="xs">
              {dependency.standards.map((standard) => (
                <Anchor key={standard} component={Link} to={paths.standards.view(standard)}>
                  {standard}
                </Anchor>
              ))}
            </Group>
          </Fact>
        )}
        <Fact label={t('dependencies.fields.criticality')}>
          <Text size="sm">{criticalityLabel(dependency.criticality)}</Text>
          <Text size="xs" c="dimmed">
            {criticalityMeaning(dependency.criticality)}
          </Text>
        </Fact>
        <Fact label={t('dependencies.fields.footprintPct')}>
          {dependency.footprintPct !== undefined
            ? t('dependencies.detail.percent', { value: dependency.footprintPct })
            : none}
        </Fact>
        <Fact label={t('dependencies.fields.substitutability')}>
          <Text size="sm">{t(`dependencies.substitutability.${dependency.substitutability}`)}</Text>
          <Text size="xs" c="dimmed">
            {t(`dependencies.substitutabilityHint.${dependency.substitutability}`)}
          </Text>
        </Fact>
        <Fact label={t('dependencies.fields.exitMonths')}>
          {dependency.exitMonths !== undefined
            ? t('dependencies.detail.months', { count: dependency.exitMonths })
            : none}
        </Fact>
        <Fact label={t('dependencies.fields.vendorRemoteAccess')}>
          {dependency.vendorRemoteAccess ? t('dependencies.detail.yes') : t('dependencies.detail.no')}
        </Fact>
        <Fact label={t('dependencies.fields.dataLocations')}>
          {dependency.dataLocations.length > 0 ? dependency.dataLocations.map(countryName).join(', ') : none}
        </Fact>
        <Fact label={t('dependencies.fields.tags')}>
          {dependency.tags.length === 0 ? (
            none
          ) : (
            <Group gap={4}>
              {dependency.tags.map((tag) => (
                <Badge key={tag} variant="light">
                  {tag}
                </Badge>
              ))}
            </Group>
          )}
        </Fact>
        <Fact label={t('dependencies.fields.notes')}>
          {dependency.notes.trim() ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {dependency.notes}
            </Text>
          ) : (
            none
          )}
        </Fact>
      </DataList>
    </Stack>
  );
};
