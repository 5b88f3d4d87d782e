import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRisk } from '@renderer/data/risks';
import { PageTitle } from '@renderer/ui/PageTitle';
import { RecordHistory } from '@renderer/features/activity';
import { DeleteRiskModal } from './DeleteRiskModal';
import { MarkRiskReviewed } from './MarkRiskReviewed';
import { RiskActionsList } from './RiskActionsList';
import { RiskFacts } from './RiskFacts';
import { RiskLinks } from './RiskLinks';
import { RiskNotFound } from './RiskNotFound';
import { RiskOrigin } from './RiskOrigin';
import { paths } from '@renderer/paths';

/** One risk: its facts and scores with their explanation, what it concerns, and its actions. */
export const RiskDetailPage = () => {
  const { t } = useTranslation();
  const { riskId } = useParams();
  const risk = useRisk(riskId);
  const [deleteOpened, { open: openDelete, close: closeDelete }] = useDisclosure(false);

  if (risk === undefined) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (risk === null) return <RiskNotFound />;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={paths.risks.list} size="sm">
          {t('risks.detail.backToList')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <PageTitle>{risk.title}</PageTitle>
          <Group>
            <MarkRiskReviewed risk={risk} />
            <Button component={Link} to={paths.risks.edit(risk.id)}>
              {t('risks.detail.edit')}
            </Button>
            <Button color="red" variant="outline" onClick={openDelete}>
              {t('risks.detail.delete')}
            </Button>
          </Group>
        </Group>
        {risk.source && <RiskOrigin source={risk.source} />}
      </div>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="xl">
        <RiskFacts risk={risk} />
        <Stack gap="lg">
          <RiskLinks risk={risk} />
          <RiskActionsList actions={risk.actions} />
        </Stack>
      </SimpleGrid>
      <RecordHistory records={[{ table: 'risks', id: risk.id }]} />
      {deleteOpened && (
        <DeleteRiskModal key={risk.id} risk={risk} opened={deleteOpened} onClose={closeDelete} />
      )}
    </Stack>
  );
};
