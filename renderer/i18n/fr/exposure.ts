import type { exposure as en } from '../en/exposure';
import type { Translations } from '../types';

export const exposure: Translations<typeof en> = {
  title: 'Exposition',
  explanation:
    'Directe : les dépendances propres au fournisseur. Indirecte : les autres dépendances dont la chaîne amont (ce dont elles dépendent, et ce dont cela dépend, à toute profondeur) atteint l’une d’elles.',
  directTitle: 'Directe ({{count}})',
  indirectTitle: 'Indirecte ({{count}})',
  directLabel: 'Dépendances directes envers {{vendor}}',
  indirectLabel: 'Dépendances exposées à {{vendor}} par leur chaîne amont',
  noDirect: 'Le réseau ne dépend encore de rien chez ce fournisseur.',
  noIndirect: 'Aucune autre dépendance n’atteint ce fournisseur par sa chaîne amont.',
  columns: {
    name: 'Dépendance',
    vendor: 'Fournisseur',
    domain: 'Domaine',
    criticality: 'Criticité',
    chain: 'Exposée par',
  },
  graph: {
    title: 'Voisinage',
    vendorHelp:
      'Le fournisseur, ce qu’il fournit, ce dont cela dépend et ce qui en dépend. Choisissez un nœud pour l’ouvrir ; faites glisser pour déplacer, défilez pour zoomer.',
    dependencyHelp:
      'La dépendance, son fournisseur, ce dont elle dépend et ce qui dépend d’elle. Choisissez un nœud pour l’ouvrir ; faites glisser pour déplacer, défilez pour zoomer.',
    depth: 'Profondeur (liens suivis)',
    label:
      'Graphe de {{vendors}} et {{dependencies}} autour de {{name}}, {{links}}. Les mêmes liens figurent sur la page de chaque dépendance.',
    vendors_one: '{{count}} fournisseur',
    vendors_other: '{{count}} fournisseurs',
    dependencies_one: '{{count}} dépendance',
    dependencies_other: '{{count}} dépendances',
    links_one: '{{count}} lien',
    links_other: '{{count}} liens',
    truncated:
      'Seuls les {{count}} nœuds les plus proches sont affichés : réduisez la profondeur pour une vue complète.',
    vendorCategory: 'Fournisseur',
    dependencyCategory: 'Dépendance',
    empty: 'Rien n’y est encore relié.',
  },
  board: {
    title: 'Dépendances critiques exposées à des fournisseurs à risque élevé',
    value: '{{exposed}} sur {{critical}}',
    share: '{{share}} des dépendances critiques',
    none: 'Aucune dépendance de criticité 4 ou 5 n’est encore enregistrée.',
    explanation:
      'Dépendances de criticité 4 ou 5 fournies par un fournisseur de niveau de souveraineté Élevé ou Critique, ou reposant sur une telle dépendance en un point de leur chaîne amont.',
  },
};
