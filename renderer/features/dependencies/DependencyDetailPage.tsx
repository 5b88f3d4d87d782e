import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDependencies, useDependency } from '@renderer/data/dependencies';
import { useVendor } from '@renderer/data/vendors';
import { PageTitle } from '@renderer/ui/PageTitle';
import { RecordHistory } from '@renderer/features/activity';
import { SubjectAssessments } from '@renderer/features/assessments';
import { DependencyNeighbourhood } from '@renderer/features/exposure';
import { LinkedLicences } from '@renderer/features/licences';
import { LinkedRisks } from '@renderer/features/risks';
import { DecisionsPanel } from '@renderer/features/decisions';
import { DependencySbomSection } from '@renderer/features/sbom';
import { RoyaltyStackPanel } from '@renderer/features/standards';
import { DeleteDependencyModal } from './DeleteDependencyModal';
import { DependencyFacts } from './DependencyFacts';
import { DependencyLinks } from './DependencyLinks';
import { DependencyNotFound } from './DependencyNotFound';
import { paths } from '@renderer/paths';

/** One dependency: its facts, what it relies on and what relies on it, and its neighbourhood graph. */
export const DependencyDetailPage = () => {
  const { t } = useTranslation();
  const { dependencyId } = useParams();
  const dependency = useDependency(dependencyId);
  const vendor = useVendor(dependency?.vendorId);
  const dependencies = useDependencies();
  const [deleteOpened, { open: openDelete, close: closeDelete }] = useDisclosure(false);

  if (dependency === undefined || vendor === undefined || dependencies === undefined)
    return <Text c="dimmed">{t('common.loading')}</Text>;
  if (dependency === null) return <DependencyNotFound />;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={paths.dependencies.list} size="sm">
          {t('dependencies.detail.backToList')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <PageTitle>{dependency.name}</PageTitle>
          <Group>
            <Button component={Link} to={paths.dependencies.edit(dependency.id)}>
              {t('dependencies.detail.edit')}
            </Button>
            <Button color="red" variant="outline" onClick={openDelete}>
              {t('dependencies.detail.delete')}
            </Button>
          </Group>
        </Group>
      </div>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="xl">
        <DependencyFacts dependency={dependency} vendor={vendor} />
        <DependencyLinks dependency={dependency} dependencies={dependencies} />
      </SimpleGrid>
      <LinkedLicences dependencyId={dependency.id} />
      <RoyaltyStackPanel dependency={dependency} />
      <SubjectAssessments subject={{ type: 'dependency', id: dependency.id, name: dependency.name }} />
      <LinkedRisks dependencyId={dependency.id} />
      <DecisionsPanel dependencyId={dependency.id} />
      <DependencySbomSection dependencyId={dependency.id} />
      <DependencyNeighbourhood dependencyId={dependency.id} />
      <RecordHistory
        records={[
          { table: 'dependencies', id: dependency.id },
          { table: 'sbomComponents', id: dependency.id },
        ]}
      />
      {deleteOpened && (
        <DeleteDependencyModal
          key={dependency.id}
          dependency={dependency}
          opened={deleteOpened}
          onClose={closeDelete}
        />
      )}
    </Stack>
  );
};
