import type { concentration as en } from '../en/concentration';
import type { Translations } from '../types';

export const concentration: Translations<typeof en> = {
  title: 'Concentration par domaine de réseau',
  explanation:
    'La part d’un fournisseur dans un domaine est la criticité de ses dépendances dans ce domaine divisée par la criticité de toutes les dépendances du domaine. L’IHH additionne les carrés des parts, en pourcentage : de presque 0 (de nombreux petits fournisseurs) à 10 000 (un seul). En dessous de 1 000, un domaine est peu concentré, de 1 000 à 1 800 modérément et au-dessus de 1 800 fortement concentré (seuils des lignes directrices américaines de 2023 sur les concentrations).',
  tableLabel: 'Concentration par domaine de réseau',
  columns: {
    domain: 'Domaine de réseau',
    dependencies: 'Dépendances',
    topVendor: 'Premier fournisseur',
    hhi: 'IHH',
    band: 'Niveau',
  },
  band: {
    unconcentrated: 'Peu concentré',
    moderate: 'Modérément concentré',
    high: 'Fortement concentré',
  },
  topVendor: '{{vendor}} ({{share}})',
  showShares: 'Parts des fournisseurs : {{domain}}',
  sharesLabel: 'Parts des fournisseurs : {{domain}}',
  shareColumns: {
    vendor: 'Fournisseur',
    dependencies: 'Dépendances',
    weight: 'Criticité (sur le total du domaine)',
    share: 'Part',
    contribution: 'Contribution à l’IHH',
  },
  weightOf: '{{weight}} sur {{total}}',
  others: '{{count}} autres fournisseurs',
  total: 'Total',
  chartLabel: 'IHH par domaine de réseau : {{summary}}.',
  chartItem: '{{domain}} {{hhi}} ({{band}})',
  chartTooltip: '{{domain}} : IHH {{hhi}}, {{band}}',
  thresholdLines:
    'Les lignes pointillées marquent 1 000 (modérément concentré à partir de là) et 1 800 (fortement concentré au-delà).',
  unknownVendor: 'Fournisseur inconnu',
  empty: 'Ajoutez des dépendances pour voir la concentration de chaque domaine de réseau.',
};
