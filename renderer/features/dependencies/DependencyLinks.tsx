import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dependency } from '@shared/domain';
import { reliedOnBy, resolveUpstream } from './dependencyLinks';
import { paths } from '@renderer/paths';

interface DependencyLinksProps {
  dependency: Dependency;
  dependencies: readonly Dependency[];
}

const DependencyLinkList = ({ items }: { items: readonly Dependency[] }) => (
  <List spacing={4}>
    {items.map((item) => (
      <List.Item key={item.id}>
        <Anchor component={Link} to={paths.dependencies.view(item.id)}>
          {item.name}
        </Anchor>
      </List.Item>
    ))}
  </List>
);

/** What this dependency relies on, and what relies on it: both as links, so a chain can be walked by hand. */
export const DependencyLinks = ({ dependency, dependencies }: DependencyLinksProps) => {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(dependencies.map((row) => [row.id, row])), [dependencies]);
  const upstream = resolveUpstream(dependency, byId);
  const downstream = useMemo(() => reliedOnBy(dependencies, dependency.id), [dependencies, dependency.id]);

  return (
    <Stack gap="md" component="section" aria-labelledby="dependency-links">
      <Title order={2} size="h3" id="dependency-links">
        {t('dependencies.detail.links')}
      </Title>
      <Stack gap="xs" component="section" aria-labelledby="dependency-upstream">
        <Title order={3} size="h4" id="dependency-upstream">
          {t('dependencies.fields.upstream')}
        </Title>
        {upstream.found.length === 0 ? (
          <Text c="dimmed">{t('dependencies.detail.noUpstream')}</Text>
        ) : (
          <DependencyLinkList items={upstream.found} />
        )}
        {upstream.missing > 0 && (
          <Text c="orange">{t('dependencies.detail.missingUpstream', { count: upstream.missing })}</Text>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="dependency-relied-on-by">
        <Title order={3} size="h4" id="dependency-relied-on-by">
          {t('dependencies.detail.reliedOnBy')}
        </Title>
        {downstream.length === 0 ? (
          <Text c="dimmed">{t('dependencies.detail.nothingRelies')}</Text>
        ) : (
          <DependencyLinkList items={downstream} />
        )}
      </Stack>
    </Stack>
  );
};
