import { Badge, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Vendor } from '@shared/domain';
import { localToday } from '@shared/domain';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { ReviewTierFact } from './ReviewTierFact';
import { Fact } from '@renderer/ui/Fact';
import { useCountryName } from '@renderer/ui/useCountryNames';

/** Everything recorded about a vendor except its sovereignty profile, which has its own panel. */
export const VendorFacts = ({ vendor }: { vendor: Vendor }) => {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const formatDate = useFormatDate();
  const today = localToday();
  const none = <Text c="dimmed">{t('vendors.detail.notRecorded')}</Text>;
  const ownership =
    vendor.stateOwnershipPct !== undefined
      ? t('vendors.detail.ownershipWithPct', {
          ownership: t(`vendors.ownership.${vendor.ownership}`),
          pct: vendor.stateOwnershipPct,
        })
      : t(`vendors.ownership.${vendor.ownership}`);

  return (
    <Stack gap="xs" component="section" aria-labelledby="vendor-facts">
      <Title order={2} size="h3" id="vendor-facts">
        {t('vendors.detail.facts')}
      </Title>
      <DataList labelWidth="200px">
        <Fact label={t('vendors.fields.legalName')}>{vendor.legalName ?? none}</Fact>
        <Fact label={t('vendors.fields.lei')}>{vendor.lei ?? none}</Fact>
        <Fact label={t('vendors.fields.hqCountry')}>{countryName(vendor.hqCountry)}</Fact>
        <Fact label={t('vendors.fields.ownership')}>{ownership}</Fact>
        <ReviewTierFact vendorId={vendor.id} />
        <Fact label={t('vendors.fields.jurisdictions')}>
          {vendor.jurisdictions.length > 0 ? vendor.jurisdictions.map(countryName).join(', ') : none}
        </Fact>
        <Fact label={t('vendors.detail.listings')}>
          {vendor.listings.length === 0
            ? t('vendors.detail.noListing')
            : vendor.listings.map((listing, index) => (
                <Text key={index}>
                  {t(`vendors.listing.${listing.list}`)}
                  {listing.since && ` — ${t('vendors.detail.since', { date: formatDate(listing.since) })}`}
                  {listing.note && ` — ${listing.note}`}
                </Text>
              ))}
        </Fact>
        <Fact label={t('vendors.detail.certifications')}>
          {vendor.certifications.length === 0
            ? none
            : vendor.certifications.map((certification, index) => {
                const expired = !!certification.validUntil && certification.validUntil < today;
                return (
                  <Group key={index} gap="xs">
                    <Text>
                      {certification.scheme}
                      {certification.reference && ` (${certification.reference})`}
                      {certification.validUntil &&
                        ` — ${t('vendors.detail.validUntil', { date: formatDate(certification.validUntil) })}`}
                    </Text>
                    {expired && <Badge color="red">{t('vendors.detail.expired')}</Badge>}
                  </Group>
                );
              })}
        </Fact>
        <Fact label={t('vendors.detail.contacts')}>
          {vendor.contacts.length === 0
            ? none
            : vendor.contacts.map((contact, index) => (
                <Text key={index}>
                  {contact.name}
                  {contact.role && `, ${contact.role}`}
                  {contact.email && ` — ${contact.email}`}
                  {contact.phone && ` — ${contact.phone}`}
                </Text>
              ))}
        </Fact>
        <Fact label={t('vendors.fields.tags')}>
          {vendor.tags.length === 0 ? (
            none
          ) : (
            <Group gap={4}>
              {vendor.tags.map((tag) => (
                <Badge key={tag} variant="light">
                  {tag}
                </Badge>
              ))}
            </Group>
          )}
        </Fact>
        <Fact label={t('vendors.fields.notes')}>
          {vendor.notes.trim() ? <Text style={{ whiteSpace: 'pre-wrap' }}>{vendor.notes}</Text> : none}
        </Fact>
      </DataList>
    </Stack>
  );
};
