import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Risk } from '@shared/domain';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicences } from '@renderer/data/licences';
import { useVendors } from '@renderer/data/vendors';
import { paths } from '@renderer/paths';

/** The vendors, dependencies and licences the risk concerns, each a link to its page. */
export const RiskLinks = ({ risk }: { risk: Risk }) => {
  const { t } = useTranslation();
  const vendors = useVendors();
  const dependencies = useDependencies();
  const licences = useLicences();
  const links = [
    ...(vendors ?? [])
      .filter((vendor) => risk.vendorIds.includes(vendor.id))
      .map((vendor) => ({
        to: paths.vendors.view(vendor.id),
        label: vendor.name,
        kind: t('risks.fields.vendors'),
      })),
    ...(dependencies ?? [])
      .filter((dependency) => risk.dependencyIds.includes(dependency.id))
      .map((dependency) => ({
        to: paths.dependencies.view(dependency.id),
        label: dependency.name,
        kind: t('risks.fields.dependencies'),
      })),
    ...(licences ?? [])
      .filter((licence) => risk.licenceIds.includes(licence.id))
      .map((licence) => ({
        to: paths.licences.view(licence.id),
        label: licence.title,
        kind: t('risks.fields.licences'),
      })),
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby="risk-links">
      <Title order={2} size="h3" id="risk-links">
        {t('risks.detail.links')}
      </Title>
      {links.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('risks.detail.noLinks')}
        </Text>
      ) : (
        <List spacing={4}>
          {links.map((link) => (
            <List.Item key={link.to}>
              <Text size="sm" c="dimmed" span>
                {link.kind}:{' '}
              </Text>
              <Anchor component={Link} to={link.to}>
                {link.label}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
};
