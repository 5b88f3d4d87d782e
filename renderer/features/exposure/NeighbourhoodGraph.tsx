import { NumberInput, Stack, Text, Title, useMantineTheme } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { buildNeighbourhood, type NeighbourhoodFocus, type NeighbourhoodNode } from '@shared/domain';
import { EChart, type EChartClick } from '@renderer/ui/charts/EChart';
import type { LiveDependencyGraph } from './useDependencyGraph';
import { paths } from '@renderer/paths';

/** Readable as a picture up to this many nodes; beyond, the farthest are left out and the user told. */
const maxNodes = 200;
/** Names are written on every node up to this many; beyond, on hover, so they do not pile up. */
const labelledUpTo = 40;

const nodeKey = (node: NeighbourhoodNode): string => `${node.type}:${node.id}`;
const nodeRoute = (node: NeighbourhoodNode): string =>
  node.type === 'vendor' ? paths.vendors.view(node.id) : paths.dependencies.view(node.id);

interface NeighbourhoodGraphProps {
  live: LiveDependencyGraph;
  focusType: NeighbourhoodFocus['type'];
  focusId: string;
  /** The focus's name, for the graph's accessible description. */
  name: string;
}

/** The vendor → dependencies → upstream picture around a vendor or a dependency, each node a way there. */
export const NeighbourhoodGraph = ({ live, focusType, focusId, name }: NeighbourhoodGraphProps) => {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const navigate = useNavigate();
  const [depth, setDepth] = useState(2);

  const neighbourhood = useMemo(
    () => buildNeighbourhood(live.graph, { type: focusType, id: focusId }, { depth, maxNodes }),
    [live, focusType, focusId, depth],
  );

  const option = useMemo(() => {
    const categories = [t('exposure.graph.vendorCategory'), t('exposure.graph.dependencyCategory')];
    const showLabels = neighbourhood.nodes.length <= labelledUpTo;
    const nodeName = (node: NeighbourhoodNode) =>
      (node.type === 'vendor'
        ? live.vendorById.get(node.id)?.name
        : live.dependencyById.get(node.id)?.name) ?? '';
    return {
      tooltip: { formatter: '{b}' },
      legend: { data: categories, top: 0 },
      color: [theme.colors.orange[6], theme.colors.blue[6]],
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          top: 32,
          // A few nodes spread out to fill the frame; many stay tighter so the picture holds together.
          force: showLabels
            ? { repulsion: 420, edgeLength: [90, 180], gravity: 0.06 }
            : { repulsion: 140, edgeLength: [40, 110], gravity: 0.08 },
          categories: categories.map((category) => ({ name: category })),
          edgeSymbol: ['none', 'arrow'],
          edgeSymbolSize: 7,
          lineStyle: { color: 'source', opacity: 0.55, curveness: 0.08 },
          emphasis: { focus: 'adjacency', label: { show: true } },
          label: { position: 'right', fontSize: 11 },
          data: neighbourhood.nodes.map((node) => ({
            id: nodeKey(node),
            name: nodeName(node),
            category: node.type === 'vendor' ? 0 : 1,
            symbol: node.type === 'vendor' ? 'roundRect' : 'circle',
            symbolSize: node.focus ? 26 : node.type === 'vendor' ? 16 : 11,
            label: { show: showLabels || node.focus },
            route: nodeRoute(node),
          })),
          links: neighbourhood.edges.map((edge) => ({
            source: nodeKey(edge.source),
            target: nodeKey(edge.target),
          })),
        },
      ],
    };
  }, [neighbourhood, live, t, theme]);

  const onClick = (event: EChartClick) => {
    const route = (event.data as { route?: string } | undefined)?.route;
    if (event.dataType === 'node' && route) void navigate(route);
  };

  const vendors = neighbourhood.nodes.filter((node) => node.type === 'vendor').length;
  return (
    <Stack gap="xs" component="section" aria-labelledby={`graph-${focusId}`}>
      <Title order={3} size="h4" id={`graph-${focusId}`}>
        {t('exposure.graph.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t(focusType === 'vendor' ? 'exposure.graph.vendorHelp' : 'exposure.graph.dependencyHelp')}
      </Text>
      <NumberInput
        label={t('exposure.graph.depth')}
        min={1}
        max={6}
        value={depth}
        onChange={(value) => setDepth(typeof value === 'number' ? Math.min(6, Math.max(1, value)) : 1)}
        w={200}
      />
      {neighbourhood.truncated && neighbourhood.nodes.length >= maxNodes && (
        <Text size="sm" role="status">
          {t('exposure.graph.truncated', { count: maxNodes })}
        </Text>
      )}
      {neighbourhood.edges.length === 0 ? (
        <Text c="dimmed">{t('exposure.graph.empty')}</Text>
      ) : (
        <EChart
          option={option}
          height={neighbourhood.nodes.length > 60 ? 640 : 420}
          onClick={onClick}
          label={t('exposure.graph.label', {
            vendors: t('exposure.graph.vendors', { count: vendors }),
            dependencies: t('exposure.graph.dependencies', { count: neighbourhood.nodes.length - vendors }),
            name,
            links: t('exposure.graph.links', { count: neighbourhood.edges.length }),
          })}
        />
      )}
    </Stack>
  );
};
