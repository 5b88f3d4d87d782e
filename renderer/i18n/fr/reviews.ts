import type { reviews as en } from '../en/reviews';
import type { Translations } from '../types';

export const reviews: Translations<typeof en> = {
  tier: {
    '5': 'Vitale (5)',
    '4': 'Majeure (4)',
    '3': 'Notable (3)',
    '2': 'Mineure (2)',
    '1': 'Marginale (1)',
    none: 'Ne fournit rien encore',
  },
  tierFact: {
    label: 'Niveau de revue',
    value: '{{tier}} : réévalué {{months}} mois après chaque approbation.',
    driver: 'Sa dépendance la plus critique : {{dependency}}.',
  },
  cycles: {
    title: 'Cycles de revue',
    description:
      'Combien de temps une évaluation approuvée reste valable avant d’être à refaire, et de combien la revue d’un risque repousse la suivante. Le niveau d’un fournisseur est la criticité la plus haute des dépendances qu’il fournit ; celui d’une dépendance, sa propre criticité ; celui d’une licence, celui des dépendances qu’elle couvre (ou de son fournisseur si elle n’en nomme aucune).',
    tiersTitle: 'Évaluations, par niveau',
    months: ' mois',
    checklistsTitle: 'Évaluations, par liste de contrôle',
    checklistsHint:
      'Une liste de contrôle qui a son propre cycle est à refaire après ce délai, quel que soit le niveau — lorsqu’un règlement fixe la période, par exemple.',
    checklist: 'Liste de contrôle',
    checklistMonths: 'Mois',
    checklistRow: 'Cycle {{number}}',
    addChecklist: 'Ajouter un cycle de liste de contrôle',
    removeChecklist: 'Retirer le cycle {{number}}',
    noChecklists: 'Toutes les listes de contrôle suivent les niveaux.',
    risksTitle: 'Revues des risques, par catégorie',
    risksHint:
      'Marquer un risque comme revu repousse sa date de revue d’autant ; une catégorie vide utilise 3 mois.',
    riskPlaceholder: '3 (par défaut)',
    save: 'Enregistrer les cycles de revue',
    saved: 'Cycles de revue enregistrés.',
    saveFailed: 'Les cycles de revue n’ont pas pu être enregistrés : {{reason}}',
  },
  next: {
    label: 'Prochaine revue',
    byTier:
      'Proposée : dans {{months}} mois, le cycle du niveau {{tier}} (Paramètres → Cycles de revue). Modifiez-la si cette évaluation demande une autre date.',
    byChecklist:
      'Proposée : dans {{months}} mois, le cycle propre à cette liste de contrôle (Paramètres → Cycles de revue). Modifiez-la si cette évaluation demande une autre date.',
    fact: 'Prochaine revue',
    approved: 'Prochaine revue prévue le {{date}}.',
  },
  risk: {
    markReviewed: 'Marquer comme revu',
    title: 'Enregistrer une revue de ce risque',
    body: 'La revue est enregistrée à la date du jour, dans la piste d’audit, et la date de revue est repoussée.',
    byCategory: 'Proposée : dans {{months}} mois, le cycle des risques de catégorie {{category}}.',
    byDefault:
      'Proposée : dans {{months}} mois, la valeur par défaut (aucun cycle n’est fixé pour la catégorie {{category}} dans Paramètres → Cycles de revue).',
    confirm: 'Enregistrer la revue',
    cancel: 'Annuler',
    done: 'Revue enregistrée ; prochaine revue le {{date}}.',
    lastReviewed: 'Dernière revue le {{date}} par {{actor}}.',
    lastReviewedAnonymous: 'Dernière revue le {{date}}.',
  },
  errors: {
    notFound: 'Ce risque n’existe plus.',
    closed: 'Un risque clos ne se revoit pas ; rouvrez-le d’abord.',
    nextReviewDate: 'La prochaine revue doit tomber après aujourd’hui ({{date}} ne convient pas).',
  },
};
