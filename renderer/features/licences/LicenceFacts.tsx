import { Anchor, DataList, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { deadlineStatus, noticeDeadline, type Licence, type Vendor } from '@shared/domain';
import { Fact } from '@renderer/ui/Fact';
import { useCountryName } from '@renderer/ui/useCountryNames';
import { localToday } from '@shared/domain';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { DeadlineStatusBadge } from './LicenceBadges';
import { paths } from '@renderer/paths';

interface LicenceFactsProps {
  licence: Licence;
  /** Null when the licence names no vendor or its vendor is no longer recorded. */
  vendor: Vendor | null;
}

/** The terms of a licence: who grants it, when it runs, its notice deadline, cost and law. */
export const LicenceFacts = ({ licence, vendor }: LicenceFactsProps) => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const countryName = useCountryName();
  const deadline = noticeDeadline(licence);
  const none = (
    <Text size="sm" c="dimmed">
      {t('licences.detail.notRecorded')}
    </Text>
  );
  const orNone = (value: ReactNode | undefined) => (value === undefined || value === '' ? none : value);

  return (
    <Stack gap="xs" component="section" aria-labelledby="licence-facts">
      <Title order={2} size="h3" id="licence-facts">
        {t('licences.detail.facts')}
      </Title>
      <DataList labelWidth="200px">
        <Fact label={t('licences.fields.type')}>{t(`licences.type.${licence.type}`)}</Fact>
        <Fact label={t('licences.fields.vendor')}>
          {vendor ? (
            <Anchor component={Link} to={paths.vendors.view(vendor.id)}>
              {vendor.name}
            </Anchor>
          ) : licence.vendorId ? (
            <Text size="sm" c="orange">
              {t('licences.detail.missingVendor')}
            </Text>
          ) : (
            none
          )}
        </Fact>
        <Fact label={t('licences.fields.standard')}>{orNone(licence.standard)}</Fact>
        {licence.type === 'patent-sep' && (
          <Fact label={t('licences.fields.frand')}>
            {licence.frand ? t('licences.detail.yes') : t('licences.detail.no')}
          </Fact>
        )}
        <Fact label={t('licences.fields.startDate')}>
          {licence.startDate ? formatDate(licence.startDate) : none}
        </Fact>
        <Fact label={t('licences.fields.endDate')}>
          {licence.endDate ? formatDate(licence.endDate) : none}
        </Fact>
        <Fact label={t('licences.fields.noticeDays')}>
          {licence.noticeDays !== undefined ? t('licences.detail.days', { count: licence.noticeDays }) : none}
        </Fact>
        <Fact label={t('licences.fields.autoRenew')}>
          {licence.autoRenew ? t('licences.detail.yes') : t('licences.detail.no')}
        </Fact>
        <Fact label={t('licences.detail.deadline')}>
          <Group gap="xs">
            <Text size="sm">{deadline ? formatDate(deadline) : t('licences.detail.noDeadline')}</Text>
            <DeadlineStatusBadge status={deadlineStatus(licence, localToday())} />
          </Group>
        </Fact>
        <Fact label={t('licences.fields.governingLaw')}>
          {licence.governingLaw ? countryName(licence.governingLaw) : none}
        </Fact>
        <Fact label={t('licences.fields.annualCost')}>
          {licence.annualCost !== undefined
            ? t('licences.detail.cost', { amount: licence.annualCost, currency: licence.currency ?? '' })
            : none}
        </Fact>
        <Fact label={t('licences.fields.royaltyBasis')}>
          {licence.royaltyBasis ? t(`licences.royaltyBasis.${licence.royaltyBasis}`) : none}
        </Fact>
        <Fact label={t('licences.fields.fieldOfUse')}>{orNone(licence.fieldOfUse)}</Fact>
        <Fact label={t('licences.fields.notes')}>
          {licence.notes.trim() ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {licence.notes}
            </Text>
          ) : (
            none
          )}
        </Fact>
      </DataList>
    </Stack>
  );
};
