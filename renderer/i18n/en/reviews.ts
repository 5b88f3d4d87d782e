/** Review cycles (Settings), the next review an approval schedules, and a risk's review. */
export const reviews = {
  tier: {
    '5': 'Vital (5)',
    '4': 'Major (4)',
    '3': 'Significant (3)',
    '2': 'Minor (2)',
    '1': 'Marginal (1)',
    none: 'Supplies nothing yet',
  },
  tierFact: {
    label: 'Review tier',
    value: '{{tier}}: assessed again {{months}} months after each approval.',
    driver: 'Its most critical dependency: {{dependency}}.',
  },
  cycles: {
    title: 'Review cycles',
    description:
      'How long an approved assessment holds before it is due again, and how far reviewing a risk moves its next review. A vendor’s tier is the highest criticality of the dependencies it supplies; a dependency’s, its own criticality; a licence’s, that of the dependencies it covers (or of its vendor’s when it names none).',
    tiersTitle: 'Assessments, by tier',
    months: ' months',
    checklistsTitle: 'Assessments, by checklist',
    checklistsHint:
      'A checklist with a cycle of its own is due again after it, whatever the tier — when a regulation sets the period, for instance.',
    checklist: 'Checklist',
    checklistMonths: 'Months',
    checklistRow: 'Cycle {{number}}',
    addChecklist: 'Add a checklist cycle',
    removeChecklist: 'Remove cycle {{number}}',
    noChecklists: 'Every checklist follows the tiers.',
    risksTitle: 'Risk reviews, by category',
    risksHint:
      'Marking a risk reviewed moves its review date this far ahead; an empty category uses 3 months.',
    riskPlaceholder: '3 (default)',
    save: 'Save review cycles',
    saved: 'Review cycles saved.',
    saveFailed: 'The review cycles could not be saved: {{reason}}',
  },
  next: {
    label: 'Next review',
    byTier:
      'Proposed: {{months}} months from today, the cycle of tier {{tier}} (Settings → Review cycles). Change it if this assessment needs another date.',
    byChecklist:
      'Proposed: {{months}} months from today, this checklist’s own cycle (Settings → Review cycles). Change it if this assessment needs another date.',
    fact: 'Next review',
    approved: 'Next review due on {{date}}.',
  },
  risk: {
    markReviewed: 'Mark reviewed',
    title: 'Record a review of this risk',
    body: 'The review is recorded today, in the audit trail, and the review date moves forward.',
    byCategory: 'Proposed: {{months}} months from today, the cycle of {{category}} risks.',
    byDefault:
      'Proposed: {{months}} months from today, the default (no cycle is set for {{category}} risks in Settings → Review cycles).',
    confirm: 'Record the review',
    cancel: 'Cancel',
    done: 'Review recorded; next review on {{date}}.',
    lastReviewed: 'Last reviewed on {{date}} by {{actor}}.',
    lastReviewedAnonymous: 'Last reviewed on {{date}}.',
  },
  errors: {
    notFound: 'This risk no longer exists.',
    closed: 'A closed risk is not reviewed; reopen it first.',
    nextReviewDate: 'The next review must be a date after today ({{date}} is not).',
  },
} as const;
