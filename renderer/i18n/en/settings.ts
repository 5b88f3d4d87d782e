export const settings = {
  title: 'Settings',
  profile: {
    title: 'You and your organisation',
    description:
      'Your name is recorded as the author of every change you make. The organisation appears on reports.',
    userName: 'Your name',
    userNameHint: 'Shown in the audit trail next to each change.',
    organisationName: 'Organisation name',
    organisationCountry: 'Organisation country',
    organisationCountryPlaceholder: 'Pick a country',
    save: 'Save',
    saved: 'Settings saved.',
    saveFailed: 'Settings could not be saved: {{reason}}',
  },
  language: {
    title: 'Language',
    label: 'Language of the app',
    en: 'English',
    fr: 'Français',
  },
  signOff: {
    title: 'Sign-off',
    allow: 'Allow single-person sign-off',
    description:
      'Off (recommended): an assessment is approved by someone other than the person who created it or last changed its answers, so every approval is a second pair of eyes. Turn it on only if one person must do both; each approval made that way is marked on the assessment and listed in the board report.',
    saved: 'Sign-off rule saved.',
    saveFailed: 'The sign-off rule could not be saved: {{reason}}',
  },
  storage: {
    title: 'Storage',
    persistent: 'This browser has agreed to keep your data even when disk space runs low.',
    bestEffort:
      'This browser may delete your data if disk space runs low. Back up your workspace regularly, or use the desktop app.',
    unknown: 'This browser does not say whether it will keep your data. Back up your workspace regularly.',
  },
} as const;
