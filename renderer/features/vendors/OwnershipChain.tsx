import { Alert, Anchor, Breadcrumbs, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Vendor } from '@shared/domain';
import { ownershipChain } from './ownershipChain';
import { paths } from '@renderer/paths';

interface OwnershipChainProps {
  vendor: Vendor;
  vendors: readonly Vendor[];
}

const VendorLink = ({ vendor }: { vendor: Vendor }) => (
  <Anchor component={Link} to={paths.vendors.view(vendor.id)}>
    {vendor.name}
  </Anchor>
);

/** The group the vendor belongs to: its parent companies up to the top, and its own subsidiaries. */
export const OwnershipChainSection = ({ vendor, vendors }: OwnershipChainProps) => {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(vendors.map((other) => [other.id, other])), [vendors]);
  const chain = useMemo(() => ownershipChain(vendor, byId), [vendor, byId]);
  const subsidiaries = useMemo(
    () => vendors.filter((other) => other.parentVendorId === vendor.id),
    [vendors, vendor.id],
  );

  return (
    <Stack gap="xs" component="section" aria-labelledby="vendor-ownership-chain">
      <Title order={2} size="h3" id="vendor-ownership-chain">
        {t('vendors.chain.title')}
      </Title>
      {chain.ancestors.length === 0 && !chain.missingParentId ? (
        <Text c="dimmed">{t('vendors.chain.noParent')}</Text>
      ) : (
        <nav aria-label={t('vendors.chain.label')}>
          <Breadcrumbs separator="→" separatorMargin="xs">
            <Text span fw={600}>
              {vendor.name}
            </Text>
            {chain.ancestors.map((ancestor) => (
              <VendorLink key={ancestor.id} vendor={ancestor} />
            ))}
          </Breadcrumbs>
        </nav>
      )}
      {chain.repeated && (
        <Alert color="orange" title={t('vendors.chain.cycleTitle')}>
          {t('vendors.chain.cycle', { name: chain.repeated.name })}
        </Alert>
      )}
      {chain.missingParentId && <Text c="orange">{t('vendors.chain.missingParent')}</Text>}
      <Title order={3} size="h4" mt="sm">
        {t('vendors.chain.subsidiaries', { count: subsidiaries.length })}
      </Title>
      {subsidiaries.length === 0 ? (
        <Text c="dimmed">{t('vendors.chain.noSubsidiaries')}</Text>
      ) : (
        <List>
          {subsidiaries.map((subsidiary) => (
            <List.Item key={subsidiary.id}>
              <VendorLink vendor={subsidiary} />
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
};
