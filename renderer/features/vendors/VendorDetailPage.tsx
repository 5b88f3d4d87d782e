import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useVendor, useVendors } from '@renderer/data/vendors';
import { PageTitle } from '@renderer/ui/PageTitle';
import { RecordHistory } from '@renderer/features/activity';
import { SubjectAssessments } from '@renderer/features/assessments';
import { VendorExposureSection } from '@renderer/features/exposure';
import { LinkedLicences } from '@renderer/features/licences';
import { LinkedRisks } from '@renderer/features/risks';
import { DecisionsPanel } from '@renderer/features/decisions';
import { ReferenceMatchAlert } from '@renderer/features/reference';
import { DeclaredPatentsPanel } from '@renderer/features/standards';
import { DeleteVendorModal } from './DeleteVendorModal';
import { OwnershipChainSection } from './OwnershipChain';
import { SovereigntyPanel } from './SovereigntyPanel';
import { VendorFacts } from './VendorFacts';
import { VendorNotFound } from './VendorNotFound';
import { paths } from '@renderer/paths';

/** One vendor: its facts, its group, its sovereignty profile and what the network depends on it for. */
export const VendorDetailPage = () => {
  const { t } = useTranslation();
  const { vendorId } = useParams();
  const vendor = useVendor(vendorId);
  const vendors = useVendors();
  const [deleteOpened, { open: openDelete, close: closeDelete }] = useDisclosure(false);

  if (vendor === undefined || vendors === undefined) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (vendor === null) return <VendorNotFound />;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={paths.vendors.list} size="sm">
          {t('vendors.detail.backToList')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <PageTitle>{vendor.name}</PageTitle>
          <Group>
            <Button variant="light" component={Link} to={`${paths.dependencies.new}?vendorId=${vendor.id}`}>
              {t('dependencies.vendorPage.addDependency')}
            </Button>
            <Button component={Link} to={paths.vendors.edit(vendor.id)}>
              {t('vendors.detail.edit')}
            </Button>
            <Button color="red" variant="outline" onClick={openDelete}>
              {t('vendors.detail.delete')}
            </Button>
          </Group>
        </Group>
      </div>
      <ReferenceMatchAlert vendor={vendor} />
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="xl">
        <VendorFacts vendor={vendor} />
        <OwnershipChainSection vendor={vendor} vendors={vendors} />
      </SimpleGrid>
      <SovereigntyPanel key={vendor.id} vendor={vendor} />
      <SubjectAssessments subject={{ type: 'vendor', id: vendor.id, name: vendor.name }} />
      <LinkedRisks vendorId={vendor.id} />
      <DecisionsPanel vendorId={vendor.id} />
      <LinkedLicences vendorId={vendor.id} />
      <VendorExposureSection vendorId={vendor.id} />
      <DeclaredPatentsPanel vendorId={vendor.id} />
      <RecordHistory records={[{ table: 'vendors', id: vendor.id }]} />
      {deleteOpened && (
        <DeleteVendorModal
          key={vendor.id}
          vendor={vendor}
          vendors={vendors}
          opened={deleteOpened}
          onClose={closeDelete}
        />
      )}
    </Stack>
  );
};
