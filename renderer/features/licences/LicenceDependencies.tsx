import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dependency } from '@shared/domain';
import { paths } from '@renderer/paths';

/** Links to the dependencies a licence covers. */
export const LicenceDependencies = ({ dependencies }: { dependencies: readonly Dependency[] }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="licence-dependencies">
      <Title order={2} size="h3" id="licence-dependencies">
        {t('licences.detail.dependencies')}
      </Title>
      {dependencies.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('licences.detail.noDependencies')}
        </Text>
      ) : (
        <List spacing={2}>
          {dependencies.map((dependency) => (
            <List.Item key={dependency.id}>
              <Anchor component={Link} to={paths.dependencies.view(dependency.id)}>
                {dependency.name}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
};
