/** Bulk import of vendors, dependencies, licences and risks from CSV or XLSX: the screen, its problems and the template. */
export const importer = {
  button: 'Import',
  title: {
    vendors: 'Import vendors',
    dependencies: 'Import dependencies',
    licences: 'Import licences',
    risks: 'Import risks',
  },
  backToList: {
    vendors: 'Back to the vendors',
    dependencies: 'Back to the dependencies',
    licences: 'Back to the licences',
    risks: 'Back to the risks',
  },
  intro: {
    vendors:
      'Add or update many vendors at once from a spreadsheet. A row whose id or name matches a vendor already here updates it; any other row adds a vendor. Nothing is saved until you confirm.',
    dependencies:
      'Add or update many dependencies at once from a spreadsheet. Their vendors must already be in the workspace. A row whose id or name matches a dependency already here updates it; any other row adds one. Nothing is saved until you confirm.',
    licences:
      'Add or update many licences at once from a spreadsheet. The vendors and dependencies they name must already be in the workspace. A row whose id or title matches a licence already here updates it; any other row adds one. Nothing is saved until you confirm.',
    risks:
      'Add or update many risks at once from a spreadsheet, each with its treatment actions. The vendors, dependencies and licences they name must already be in the workspace. A row whose id or title matches a risk already here updates it; any other row adds one. Nothing is saved until you confirm.',
  },
  unknownEntity: 'Only vendors, dependencies, licences and risks can be imported.',
  template: {
    title: 'Template',
    description:
      'Start from the template (one column per field, with an example row), or from the workbook or CSV file exported from Reports, which imports as it is. The XLSX template also explains each column and its allowed values.',
    csv: 'Download the CSV template',
    xlsx: 'Download the XLSX template',
    fileName: {
      vendors: 'vendors-import-template',
      dependencies: 'dependencies-import-template',
      licences: 'licences-import-template',
      risks: 'risks-import-template',
    },
    failed: 'The template could not be saved: {{message}}',
    instructionsSheet: 'Instructions',
    headings: {
      column: 'Column',
      required: 'Required',
      description: 'Description',
      allowed: 'Allowed values',
      example: 'Example',
    },
    yes: 'yes',
    no: 'no',
  },
  file: {
    label: 'Choose a CSV or XLSX file',
    description:
      'CSV (UTF-8, comma or semicolon separated) or XLSX, up to 10 MB. The first row holds the column headers. In the registers workbook, the sheet of the same name is read.',
  },
  preview: {
    title: 'Preview of {{name}}',
    counts: '{{created}} new, {{updated}} updated',
    problemCount_one: '{{count}} problem to fix before importing. Correct the file and choose it again.',
    problemCount_other: '{{count}} problems to fix before importing. Correct the file and choose it again.',
    ready: 'No problems found. Nothing is saved until you import.',
    problemsTable: 'Problems',
    noProblems: 'No problems.',
    unchanged_one: '{{count}} row matches its record exactly and changes nothing.',
    unchanged_other: '{{count}} rows match their records exactly and change nothing.',
    rowsTitle: 'What each row will write',
    rowsHint:
      'Each row as the workbook would show it. Cells an update changes are highlighted; hover one, or read its description, to see what it changes from.',
    rowsTable: 'Rows of the file',
    noRows: 'No row to write.',
    status: {
      new: 'New',
      changed: 'Changed',
      unchanged: 'Unchanged',
    },
    changedFrom: 'Changed from “{{before}}”',
    changedFromEmpty: 'Changed from empty',
    columns: {
      row: 'Row',
      status: 'Record',
      column: 'Column',
      problem: 'Problem',
    },
    fileLevel: 'File',
    import_one: 'Import {{count}} record',
    import_other: 'Import {{count}} records',
    importing: 'Importing…',
  },
  result: {
    vendors_one: 'Imported {{count}} vendor: {{created}} new, {{updated}} updated.',
    vendors_other: 'Imported {{count}} vendors: {{created}} new, {{updated}} updated.',
    dependencies_one: 'Imported {{count}} dependency: {{created}} new, {{updated}} updated.',
    dependencies_other: 'Imported {{count}} dependencies: {{created}} new, {{updated}} updated.',
    licences_one: 'Imported {{count}} licence: {{created}} new, {{updated}} updated.',
    licences_other: 'Imported {{count}} licences: {{created}} new, {{updated}} updated.',
    risks_one: 'Imported {{count}} risk: {{created}} new, {{updated}} updated.',
    risks_other: 'Imported {{count}} risks: {{created}} new, {{updated}} updated.',
    failed: 'Nothing was imported: {{message}}',
  },
  problem: {
    cell: 'Row {{row}}, {{column}}: {{message}}',
    cellWithValue: 'Row {{row}}, {{column}} “{{value}}”: {{message}}',
    row: 'Row {{row}}: {{message}}',
  },
  problems: {
    checkFailed: 'The file could not be checked: {{reason}}',
    tooLarge:
      'The file is {{size}}, larger than the {{limit}} an import accepts. Split it into smaller files.',
    empty: 'The file is empty.',
    noRows: 'The file has column headers but no rows to import.',
    notText:
      'This is neither a CSV text file nor an XLSX workbook (it looks like binary data or uses another text encoding). Save the spreadsheet as CSV UTF-8 or as XLSX and choose it again.',
    unreadableXlsx:
      'This XLSX workbook could not be read: it may be damaged, password-protected or not a workbook. Open it in your spreadsheet and save it again as XLSX.',
    invalidDate:
      'Cell {{cell}} holds a date outside the calendar (its number is no real day). Enter the date as YYYY-MM-DD.',
    unclosedQuote: 'A quoted cell is never closed (a " is missing), so the rows after it cannot be read.',
    unnamedColumn:
      'Column {{position}} has values but no header. Give it the header of a template column or delete it.',
    repeatedColumn: 'This column appears twice. Keep only one.',
    unknownColumns:
      'Unknown columns: {{columns}}. Use the headers of the template ({{expected}}); letter case and spaces do not matter.',
    missingColumns: 'Required columns are missing: {{columns}}.',
    repeatedId: 'The same id is already on row {{first}}; each record can appear only once.',
    repeatedName: 'Row {{first}} already has this; each record can appear only once.',
    sameRecord: 'Row {{first}} already updates the same record (one by its id, the other by its name).',
    ambiguousName:
      '{{count}} records in the workspace are called this; add their id in the id column to say which one to update.',
    notFound: {
      parentVendor: 'No vendor has this name or id, in the file or in the workspace.',
      vendor: 'No vendor has this name or id in the workspace. Import the vendors first.',
      upstream: 'No dependency has this name or id, in the file or in the workspace.',
      dependencies: 'No dependency has this name or id in the workspace. Import the dependencies first.',
      vendors: 'No vendor has this name or id in the workspace. Import the vendors first.',
      licences: 'No licence has this title or id in the workspace. Import the licences first.',
    },
    ambiguous: {
      parentVendor: '{{count}} vendors have this name; give the parent vendor’s id instead.',
      vendor: '{{count}} vendors have this name; give the vendor’s id instead.',
      upstream: '{{count}} dependencies have this name; give the dependency’s id instead.',
      dependencies: '{{count}} dependencies have this name; give the dependency’s id instead.',
      vendors: '{{count}} vendors have this name; give the vendor’s id instead.',
      licences: '{{count}} licences have this title; give the licence’s id instead.',
    },
  },
  commit: {
    linkGone:
      'a record the file refers to was deleted since the preview. Choose the file again to see what changed.',
    recordGone:
      'a record the file updates was deleted since the preview. Choose the file again to see what changed.',
  },
  columns: {
    rating:
      'Sovereignty criterion {{criterion}}: {{question}} Rated 0 (no concern) to 4 (severe); empty if not rated.',
    vendors: {
      id: 'The vendor’s identifier in this workspace (a UUID). Leave empty for a new vendor; keep it to update one.',
      name: 'The name the vendor is known by. A vendor with the same name (letter case aside) is updated.',
      legalName: 'The registered legal name.',
      lei: 'The 20-character Legal Entity Identifier (checked).',
      hqCountry: 'Country of the headquarters, as an ISO 3166-1 two-letter code (FR, DE, US…).',
      parentVendor:
        'The parent company: the name or id of another vendor, in this file or already in the workspace.',
      ownership: 'Who owns the vendor. Empty means unknown.',
      stateOwnershipPct: 'Share held by a state, from 0 to 100.',
      jurisdictions: 'Countries whose law can compel the vendor: two-letter codes separated by “;”.',
      listings:
        'Regulatory lists the vendor is on, separated by “;”: the list, then optionally “:” and the date added (YYYY-MM-DD), then “:” and a note.',
      certifications:
        'Certifications separated by “;”, each as scheme|reference|valid until (YYYY-MM-DD); only the scheme is required.',
      rationale: 'Why the sovereignty ratings are what they are.',
      contacts: 'Contacts separated by “;”, each as name|role|e-mail|phone; only the name is required.',
      tags: 'Free labels separated by “;”.',
      notes: 'Free text.',
    },
    dependencies: {
      id: 'The dependency’s identifier in this workspace (a UUID). Leave empty for a new one; keep it to update one.',
      name: 'What the network depends on. A dependency with the same name (letter case aside) is updated.',
      vendor: 'The vendor that supplies it: the name or id of a vendor already in the workspace.',
      kind: 'What kind of dependency it is.',
      domain: 'The network domain it belongs to.',
      criticality: 'How critical it is: 1 (marginal) to 5 (the network stops without it).',
      footprintPct: 'Share of the domain it covers, from 0 to 100.',
      substitutability: 'How easily it could be replaced.',
      exitMonths: 'Months needed to replace it (a whole number).',
      vendorRemoteAccess: 'Whether the vendor has remote access to it: yes or no.',
      dataLocations: 'Countries where its data is stored or processed: two-letter codes separated by “;”.',
      upstream:
        'Dependencies it relies on: names or ids separated by “;”, in this file or already in the workspace.',
      tags: 'Free labels separated by “;”.',
      notes: 'Free text.',
    },
    licences: {
      id: 'The licence’s identifier in this workspace (a UUID). Leave empty for a new one; keep it to update one.',
      title: 'What the licence is called. A licence with the same title (letter case aside) is updated.',
      type: 'What kind of licence it is.',
      vendor: 'The vendor that grants it: the name or id of a vendor already in the workspace. Optional.',
      dependencies:
        'Dependencies it covers: names or ids of dependencies already in the workspace, separated by “;”.',
      spdxExpression: 'For open source: the SPDX licence expression (MIT, Apache-2.0 OR MIT…), checked.',
      standard: 'The standard it relates to, for patent and standard licences.',
      frand: 'Whether it is offered on FRAND terms: yes or no.',
      startDate: 'When it starts (YYYY-MM-DD).',
      endDate: 'When it ends (YYYY-MM-DD), not before the start.',
      noticeDays: 'Days of notice needed to terminate or not renew (a whole number).',
      autoRenew: 'Whether it renews by itself unless notice is given: yes or no.',
      governingLaw: 'Country whose law governs it, as an ISO 3166-1 two-letter code (FR, DE, US…).',
      annualCost: 'What it costs a year (a number, without the currency).',
      currency: 'Currency of the cost, as a three-letter ISO 4217 code (EUR, USD…).',
      royaltyBasis: 'How royalties are computed.',
      terminationForConvenience: 'Clause: the operator may terminate for convenience.',
      changeOfControl: 'Clause: rights if the vendor changes hands.',
      sanctionsExit: 'Clause: the operator may exit if sanctions hit the vendor.',
      auditRights: 'Clause: the operator may audit the vendor.',
      sourceEscrow: 'Clause: the source code is held in escrow.',
      ipIndemnity: 'Clause: the vendor indemnifies against IP claims.',
      exportControl: 'Clause: export-control obligations are covered.',
      dataLocalisation: 'Clause: data stays in agreed countries.',
      stepIn: 'Clause: the operator may step in to run the service.',
      supportContinuity: 'Clause: support is guaranteed for a stated period.',
      fieldOfUse: 'Where and for what the licence may be used.',
      notes: 'Free text.',
    },
    risks: {
      id: 'The risk’s identifier in this workspace (a UUID). Leave empty for a new one; keep it to update one.',
      title: 'What could go wrong. A risk with the same title (letter case aside) is updated.',
      category: 'The kind of risk.',
      status: 'Where its treatment stands. Empty means open.',
      treatment: 'How it is treated. Empty means mitigate.',
      likelihood: 'How likely it is before treatment: 1 (rare) to 5 (almost certain).',
      impact: 'How bad it would be before treatment: 1 (minor) to 5 (severe).',
      residualLikelihood: 'How likely it is once treated, 1 to 5; empty if not assessed.',
      residualImpact: 'How bad it would be once treated, 1 to 5; empty if not assessed.',
      owner: 'Who answers for it.',
      reviewDate: 'When it is next reviewed (YYYY-MM-DD).',
      vendors: 'Vendors it concerns: names or ids of vendors already in the workspace, separated by “;”.',
      dependencies:
        'Dependencies it concerns: names or ids of dependencies already in the workspace, separated by “;”.',
      licences: 'Licences it concerns: titles or ids of licences already in the workspace, separated by “;”.',
      actions:
        'Its treatment actions separated by “;”, each as title|owner|due date (YYYY-MM-DD)|status; only the title is required, the status is To do when empty. An action keeps its history when its title stays the same.',
      description: 'Free text.',
    },
  },
} as const;
