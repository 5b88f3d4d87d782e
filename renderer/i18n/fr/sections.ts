import type { sections as en } from '../en/sections';
import type { Translations } from '../types';

export const sections: Translations<typeof en> = {
  dashboard: {
    title: 'Tableau de bord',
    emptyTitle: 'Votre vue de due diligence commence ici',
    emptyBody:
      'Dès que vous enregistrez fournisseurs, dépendances, licences et risques, cette page affiche les chiffres clés demandés par le conseil : concentration par domaine de réseau, exposition aux fournisseurs à haut risque, échéances de préavis et risques ouverts.',
    emptyAction: 'Renseigner votre organisation',
    vendorsStat: 'Fournisseurs',
    dependenciesStat: 'Dépendances',
    levelsTitle: 'Fournisseurs par niveau de souveraineté',
    standards: {
      title: 'Normes et exposition aux brevets',
      summary_one: '{{count}} norme utilisée · {{families}} familles de brevets déclarées',
      summary_other: '{{count}} normes utilisées · {{families}} familles de brevets déclarées',
      noStandards:
        'Aucune dépendance n’indique encore de norme. Ajoutez les normes qu’une dépendance met en œuvre dans son formulaire pour voir qui détient des brevets sur elles.',
      noDeclarations:
        'Aucune déclaration importée : importez l’export ISLD de l’ETSI ou le modèle de déclarations pour voir qui a déclaré des brevets sur les normes que vous utilisez, et quelle part vous en couvrez.',
      importAction: 'Importer des déclarations',
      noDeclared: 'Aucune déclaration en vigueur ne nomme une norme utilisée.',
      topTitle: 'Plus forte part non couverte',
      topLabel: 'Normes dont la part non couverte est la plus forte',
      uncovered: '{{share}} non couverte sur {{families}} familles déclarées',
      countriesTitle: 'Titulaires par pays',
      countriesLabel: 'Titulaires de brevets déclarés par pays',
      country_one: '{{holders}} titulaire · {{share}} des familles déclarées',
      country_other: '{{holders}} titulaires · {{share}} des familles déclarées',
      unknownCountry: 'Pays inconnu',
      explanation:
        'Non couverte : aucune licence SEP de notre part avec le titulaire ne couvre la norme et aucun contrat de fourniture d’une dépendance qui la met en œuvre ne comporte de garantie d’éviction (PI). Les parts sont celles des familles déclarées, auto-déclarées et non vérifiées quant à leur caractère essentiel.',
      open: 'Ouvrir Normes',
    },
  },
  vendors: {
    title: 'Fournisseurs',
    emptyTitle: 'Aucun fournisseur pour l’instant',
    emptyBody:
      'Enregistrez chaque fournisseur dont dépend votre réseau — équipementiers, éditeurs de logiciels et fournisseurs cloud, donneurs de licences de brevets et de normes — avec son actionnariat, les juridictions qui peuvent le contraindre, ses inscriptions sur des listes et son profil de souveraineté.',
  },
  dependencies: {
    title: 'Dépendances',
    emptyTitle: 'Aucune dépendance pour l’instant',
    emptyBody:
      'Enregistrez ce sur quoi repose votre réseau : produits, services, composants et technologies sous licence (brevets, normes, logiciels libres), avec leur criticité, leur domaine de réseau et la difficulté à les remplacer.',
  },
  licences: {
    title: 'Licences',
    emptyTitle: 'Aucune licence ni aucun contrat pour l’instant',
    emptyBody:
      'Enregistrez les conditions de chaque dépendance : contrats commerciaux, conditions SaaS, licences de brevets essentiels (SEP) et autres brevets, droits de propriété intellectuelle des normes et licences libres, avec leurs échéances et leurs clauses de protection.',
  },
  risks: {
    title: 'Risques',
    emptyTitle: 'Aucun risque pour l’instant',
    emptyBody:
      'Tenez ici le registre des risques : pour chacun, la probabilité et l’impact avant et après traitement, le responsable, la date de revue et les actions qui le traitent.',
  },
  decisions: {
    title: 'Décisions',
    emptyTitle: 'Aucune décision pour l’instant',
    emptyBody:
      'Posez les issues possibles d’une dépendance critique — rester et renégocier, ajouter une seconde source, changer de fournisseur, passer au libre ou à l’interne, ou sortir —, comparez ce que chacune change à la concentration, à l’exposition de souveraineté, aux risques et aux coûts, puis décidez et faites approuver le choix.',
  },
  checklists: {
    title: 'Listes de contrôle',
  },
  reports: {
    title: 'Rapports',
  },
};
