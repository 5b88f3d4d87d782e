import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NeighbourhoodGraph } from './NeighbourhoodGraph';
import { useDependencyGraph } from './useDependencyGraph';

/** A dependency's neighbourhood graph: its vendor, what it relies on and what relies on it. */
export const DependencyNeighbourhood = ({ dependencyId }: { dependencyId: string }) => {
  const { t } = useTranslation();
  const live = useDependencyGraph();
  if (!live) return <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <NeighbourhoodGraph
      live={live}
      focusType="dependency"
      focusId={dependencyId}
      name={live.dependencyById.get(dependencyId)?.name ?? ''}
    />
  );
};
