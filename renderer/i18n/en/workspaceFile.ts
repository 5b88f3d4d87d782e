export const workspaceFile = {
  section: {
    title: 'Backup, restore and merge',
    description:
      'A backup is one file (.zip) holding the whole workspace, evidence files included, whatever their size. Keep it somewhere safe: restoring it replaces everything in this workspace. Backups saved as .json by earlier versions still restore.',
    backUp: 'Back up the workspace',
    restore: 'Restore from a backup…',
  },
  backup: {
    saved: 'Workspace backed up to {{fileName}}.',
    failed: 'The workspace could not be backed up: {{reason}}',
    cancelled: 'Backup cancelled: no file was saved.',
  },
  progress: {
    backingUp: 'Backing up: {{done}} of {{total}} evidence files read.',
    checking: 'Checking the file: {{percent}} %.',
    restoring: 'Restoring: {{done}} of {{total}} records written.',
  },
  restore: {
    title: 'Replace this workspace with the backup?',
    from: 'The backup of {{date}} by {{app}} {{version}} ({{organisation}}) replaces everything in this workspace. Your profile stays as it is.',
    unnamedOrganisation: 'no organisation named',
    table: 'Records',
    now: 'Now',
    inBackup: 'In the backup',
    confirm: 'Replace the workspace',
    cancel: 'Cancel',
    done: 'Workspace restored from the backup of {{date}}.',
    dismiss: 'Dismiss',
    builtInWillStay:
      'This backup has no reference-list entries (it predates them): the {{count}} built-in entries of the FCC Covered List will be written, so the listing checks stay on.',
    referenceFromBackup_one: 'Reference lists: {{count}} entry restored from the backup.',
    referenceFromBackup_other: 'Reference lists: {{count}} entries restored from the backup.',
    referenceBuiltIn:
      'The backup had no reference-list entries: the {{count}} built-in entries of the FCC Covered List were written, so the listing checks stay on.',
    organisation: {
      question: 'Use the backup’s organisation ({{organisation}})?',
      current:
        'Your profile names {{organisation}}. The report cover and the backups take the organisation from the profile, which a restore keeps.',
      unnamed: 'no organisation',
      use: 'Use the backup’s organisation',
      keep: 'Keep mine',
      saved: 'The profile now names {{organisation}}.',
    },
    failed: 'The backup could not be restored: {{reason}}',
    writeCancelled: 'Restore cancelled: nothing was written, the workspace is as it was.',
    refused: 'The backup was not restored, and nothing was changed. Problems found in {{fileName}}:',
    location: 'Where',
    problem: 'Problem',
    record: 'record {{number}}',
    field: 'field {{field}}',
    wholeFile: 'the file',
    settingsGroup: 'Settings: {{group}}',
    settingsFromBackup: 'Settings taken from the backup, replacing yours: {{groups}}.',
    settingsToDefault:
      'Not in the backup (it was at its default when the backup was made, or the backup predates settings), so set back to the built-in list or default: {{groups}}.',
    settingsRestored: 'Settings restored from the backup: {{groups}}.',
    settingsDefaulted:
      'Set back to the built-in list or default (the backup has none of its own): {{groups}}.',
  },
  settings: {
    standardsReference: 'reference list of standards',
    patentAssumptions: 'patent assumptions (essentiality rates and share threshold)',
    reviewCycles: 'review cycles',
    signOffPolicy: 'sign-off policy',
  },
  tables: {
    vendors: 'Vendors',
    dependencies: 'Dependencies',
    licences: 'Licences',
    risks: 'Risks',
    checklists: 'Checklists (your own)',
    assessments: 'Assessments',
    evidence: 'Evidence files',
    auditLog: 'Audit trail events',
    reports: 'Reports',
    sbomComponents: 'SBOM components',
    referenceEntries: 'Reference list entries',
    declarationSets: 'Declared patent sets',
    royaltyRates: 'Royalty rates',
    decisions: 'Decisions',
  },
  problems: {
    notJson: 'The file is not JSON: it may be damaged or not a backup.',
    notWorkspace: 'The file is not a Diligence Workbench workspace backup.',
    badVersion: 'The file’s format version is missing or not a whole number.',
    newerVersion:
      'The file is in format version {{fileVersion}}, written by Diligence Workbench {{appVersion}}; this app reads up to version {{readVersion}}. Update the app to version {{appVersion}} or later to restore it.',
    notAList: 'This table is not a list of records.',
    settingsNotAnObject:
      'The workspace settings (“settings”) are missing or are not an object of settings groups: the file was altered.',
    duplicateId: 'Another record of this table has the same id.',
    builtInChecklist: 'A built-in checklist is not part of a backup; only your own checklists are.',
    unknownChecklistVersion:
      'Was made against version {{version}} of a built-in checklist, which this version of the app does not have: open the file with the app that wrote it, or a newer one.',
    missingReference: 'Points to a record of “{{table}}” that is not in the file (id {{id}}).',
    base64: 'The evidence file’s content is not valid base64.',
    future:
      'The time {{value}} is in the future (beyond 5 minutes of clock difference): it cannot be true, so the file was altered or written by a machine whose clock is wrong.',
    tooLarge: 'The file is {{size}} MB: a backup written as JSON is never larger than {{max}} MB.',
    recordsTooLarge:
      'The records take {{size}} MB of JSON; a workspace file holds at most {{max}} MB of records (evidence files are not counted).',
    damagedContainer:
      'The file is a ZIP container but it is damaged or truncated: its table of contents cannot be read.',
    damagedEntry: 'The entry {{name}} of the file is damaged or truncated.',
    packedEntry:
      'The entry {{name}} is compressed or encrypted; a workspace file stores its entries as they are, so it was not written by this app.',
    duplicateEntry: 'The file holds the entry {{name}} twice.',
    tooManyEntries: 'The file holds more than {{max}} entries: it is not a workspace file.',
    missingEntry: 'The file lacks the entry {{name}}.',
    unexpectedEntry: 'The file holds an entry {{name}} that no record names: it was altered.',
    evidenceTooLarge: 'The evidence file is {{size}} MB, larger than the {{max}} MB the app accepts.',
    jsonInContainer:
      'The records inside the ZIP container say format version {{fileVersion}}, which is plain JSON, never a container: the file was altered.',
    containerAsJson:
      'The file is plain JSON but says format version {{fileVersion}}, which is always a ZIP container: the file was altered.',
    sizeMismatch: 'The evidence file has {{actual}} bytes where its record says {{expected}}.',
    hashMismatch: 'The evidence file’s SHA-256 does not match its record: it was altered or damaged.',
    more: '…and {{count}} more problems.',
  },
  reminder: {
    never: 'This workspace has never been backed up.',
    last: 'Last backup {{date}}.',
    backUpNow: 'Back up now',
    dismiss: 'Dismiss the backup reminder',
  },
} as const;
