import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicence } from '@renderer/data/licences';
import { useVendor } from '@renderer/data/vendors';
import { PageTitle } from '@renderer/ui/PageTitle';
import { RecordHistory } from '@renderer/features/activity';
import { SubjectAssessments } from '@renderer/features/assessments';
import { LinkedRisks } from '@renderer/features/risks';
import { DeleteLicenceModal } from './DeleteLicenceModal';
import { LicenceClauseList } from './LicenceClauseList';
import { LicenceDependencies } from './LicenceDependencies';
import { LicenceFacts } from './LicenceFacts';
import { LicenceNotFound } from './LicenceNotFound';
import { LicenceOpenSource } from './LicenceOpenSource';
import { paths } from '@renderer/paths';

/** One licence: its terms and deadline, its clauses, its open-source class, what it covers and its risks. */
export const LicenceDetailPage = () => {
  const { t } = useTranslation();
  const { licenceId } = useParams();
  const licence = useLicence(licenceId);
  const vendor = useVendor(licence?.vendorId);
  const dependencies = useDependencies();
  const [deleteOpened, { open: openDelete, close: closeDelete }] = useDisclosure(false);
  const covered = useMemo(
    () => (dependencies ?? []).filter((dependency) => licence?.dependencyIds.includes(dependency.id)),
    [dependencies, licence],
  );

  if (licence === undefined || vendor === undefined || dependencies === undefined)
    return <Text c="dimmed">{t('common.loading')}</Text>;
  if (licence === null) return <LicenceNotFound />;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={paths.licences.list} size="sm">
          {t('licences.detail.backToList')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <PageTitle>{licence.title}</PageTitle>
          <Group>
            <Button component={Link} to={paths.licences.edit(licence.id)}>
              {t('licences.detail.edit')}
            </Button>
            <Button color="red" variant="outline" onClick={openDelete}>
              {t('licences.detail.delete')}
            </Button>
          </Group>
        </Group>
      </div>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="xl">
        <LicenceFacts licence={licence} vendor={vendor} />
        <Stack gap="lg">
          <LicenceClauseList clauses={licence.clauses} />
          {licence.spdxExpression && <LicenceOpenSource expression={licence.spdxExpression} />}
          <LicenceDependencies dependencies={covered} />
        </Stack>
      </SimpleGrid>
      <SubjectAssessments subject={{ type: 'licence', id: licence.id, name: licence.title }} />
      <LinkedRisks licenceId={licence.id} />
      <RecordHistory records={[{ table: 'licences', id: licence.id }]} />
      {deleteOpened && (
        <DeleteLicenceModal key={licence.id} licence={licence} opened={deleteOpened} onClose={closeDelete} />
      )}
    </Stack>
  );
};
