import type { decisionComparison as en } from '../en/decisionComparison';
import type { Translations } from '../types';

export const decisionComparison: Translations<typeof en> = {
  title: 'Comparer les options',
  back: 'Retour à la décision',
  loading: 'Calcul de l’effet de chaque option…',
  notFound: {
    title: 'Décision introuvable',
    description:
      'Cette décision n’est pas dans l’espace de travail : elle a été supprimée, ou le lien est erroné.',
    back: 'Toutes les décisions',
  },
  intro:
    'Chaque option est appliquée à une copie des enregistrements — la part de chaque dépendance qu’elle déplace passe au nouveau fournisseur, avec sa criticité — puis les calculs de concentration et d’exposition de l’application sont refaits sur cette copie. Aujourd’hui est le même calcul sans rien déplacer. Vos enregistrements ne sont pas modifiés.',
  today: 'Aujourd’hui',
  criteria: {
    cost: 'Coût',
    time: 'Délai',
    concentration: 'Concentration',
    sovereignty: 'Exposition souveraineté',
    continuity: 'Continuité',
    licence: 'Charge des licences',
  },
  whatIf: {
    title: 'Ce que fait chaque option, à côté d’aujourd’hui',
    tableLabel: 'Simulation de chaque option à côté d’aujourd’hui',
    criterion: 'Critère',
    unchanged: 'inchangé',
    domainHhi: '{{domain}} : IHH',
    hhiExplanation:
      'IHH d’un domaine = somme des carrés des parts de ses fournisseurs, en pourcentage (part = criticité détenue par un fournisseur ÷ criticité totale du domaine) : sous 1 000 non concentré, de 1 000 à 1 800 modérément, au-delà de 1 800 fortement concentré.',
    hhiTerm: '{{percent}}²',
    hhiOthers: '{{count}} autres',
    hhiArithmetic: '{{terms}} = {{sum}}',
    exposedRow: 'Dépendances critiques exposées à des fournisseurs de niveau élevé ou critique',
    exposed: '{{exposed}} sur {{critical}} ({{share}})',
    exposedNone: 'Aucune dépendance critique',
    exposedDetail: '{{direct}} directes, {{indirect}} par les chaînes amont',
    partly: 'comptées {{weighted}} : les doubles sources en partie',
    mixRow: 'Fournisseurs concernés, par niveau de souveraineté (part de la criticité)',
    mixItem_one: '{{level}} {{share}} ({{count}} fournisseur)',
    mixItem_other: '{{level}} {{share}} ({{count}} fournisseurs)',
    mixNone: 'Plus aucun fournisseur',
    licenceRow: 'Classe de licence la plus exigeante',
    licenceNone: 'Plus rien à licencier',
    licenceNotRecorded: 'Aucune licence enregistrée',
    residualGroup: 'Scores de risque résiduel attendus',
    residualRow: '{{risk}} : score résiduel',
    residualUnknownRisk: 'Risque qui n’est plus dans l’espace de travail',
    residual: '{{score}} {{level}} ({{likelihood}} × {{impact}})',
    oneOff: 'Coût ponctuel',
    switching: 'Coûts de changement (équipement, intégration, migration, formation, licences)',
    annual: 'Variation du coût annuel',
    total_one: 'Coût sur {{count}} an',
    total_other: 'Coût sur {{count}} ans',
    totalArithmetic: '{{oneOff}} + {{switching}} + {{annual}} × {{years}}',
    months: 'Mois de mise en œuvre',
    continuityRow:
      'Mois d’approvisionnement en jeu si le principal fournisseur s’arrêtait (moyenne pondérée par la criticité)',
  },
  charts: {
    title: 'Chaque critère, aujourd’hui et par option',
    lowerIsBetter:
      'Plus bas vaut mieux sur chaque graphique : coût sur l’horizon, mois, IHH moyen des domaines touchés, dépendances critiques exposées, mois en jeu, charge des licences (0 rien à licencier … 6 conditions inconnues).',
    label: '{{criterion}} : {{summary}}.',
    item: '{{column}} {{value}}',
  },
  weights: {
    title: 'Pondérations',
    legend: 'Poids de chaque critère, en pourcentage',
    field: 'Poids {{criterion}}',
    total: 'Total',
    totalValue: '{{total}} %',
    save: 'Enregistrer les pondérations',
    saved: 'Pondérations enregistrées.',
    notSaved: 'Les pondérations n’ont pas été enregistrées : corrigez les champs signalés.',
    locked:
      'Cette décision est approuvée : ses pondérations sont verrouillées. Rouvrez-la pour les modifier.',
    rankingOnSaved:
      'Le classement ci-dessous utilise les pondérations enregistrées tant que celles saisies ne totalisent pas 100 %.',
  },
  ranking: {
    title: 'Classement',
    tableLabel: 'Score pondéré de chaque option',
    rank: 'Rang',
    option: 'Option',
    score: 'Score pondéré',
    criterionColumn: '{{criterion}} ({{weight}} %)',
    cell: 'note {{score}} → {{contribution}}',
    explanation:
      'Sur chaque critère, les options sont notées de 0 (la moins bonne d’entre elles) à 100 (la meilleure) : 100 × (pire − valeur) ÷ (pire − meilleure), une valeur plus basse étant meilleure sur chaque critère ; si toutes les options sont égales, chacune obtient 100. Le score pondéré additionne poids × note ÷ 100 sur les critères, de 0 à 100.',
    winner: 'En tête : {{option}}.',
  },
  sensitivity: {
    rises:
      'Le gagnant change si le poids {{criterion}} augmente de {{points}} points (de {{from}} % à {{to}} %, les autres poids réduits en proportion) : {{option}} passerait alors en tête.',
    falls:
      'Le gagnant change si le poids {{criterion}} baisse de {{points}} points (de {{from}} % à {{to}} %, les autres poids augmentés en proportion) : {{option}} passerait alors en tête.',
    robust: 'Aucun changement d’un seul poids, de 0 à 100 %, ne change le gagnant.',
  },
};
