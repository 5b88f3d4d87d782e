import type { Assessment, Checklist, Dependency, Licence, Risk, Vendor } from '../../../shared/domain';
import { builtInChecklists } from '../../../shared/checklists';
import type { WorkspaceRecords } from '../../../shared/workspace/workspace-data';
import { noRecords } from './workspace-file';

const stamp = '2026-01-05T09:00:00.000Z';
const meta = () => ({ id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp });

/** A day `offset` days from today, as YYYY-MM-DD in local time (the app judges deadlines by the local day). */
const day = (offset: number): string => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

const unrated = { c1a: null, c1b: null, c1c: null, c1d: null, c2: null, c3: null };

/** A vendor with every field a stored vendor has, `fields` over its defaults. */
export const vendor = (name: string, fields: Partial<Vendor> = {}): Vendor => ({
  ...meta(),
  name,
  hqCountry: 'FI',
  ownership: 'state-influenced',
  jurisdictions: [],
  listings: [],
  certifications: [],
  sovereignty: unrated,
  contacts: [],
  tags: ['radio-access-network-long-term-support'],
  notes: '',
  roles: ['supplier'],
  aliases: [],
  ...fields,
});

const noClauses: Licence['clauses'] = {
  terminationForConvenience: 'partial',
  changeOfControl: 'unknown',
  sanctionsExit: 'no',
  auditRights: 'yes',
  sourceEscrow: 'unknown',
  ipIndemnity: 'partial',
  exportControl: 'unknown',
  dataLocalisation: 'partial',
  stepIn: 'unknown',
  supportContinuity: 'partial',
};

/** The built-in checklists the assessments answer: one for vendors, one for dependencies. */
const vendorChecklist = builtInChecklists.find((checklist) => checklist.subjectType === 'vendor')!;
const dependencyChecklist = builtInChecklists.find((checklist) => checklist.subjectType === 'dependency')!;

export const longNames = {
  vendor: 'Northern Hemisphere Radio Access Equipment Manufacturing Corporation',
  dependency: 'Baseband processing units for the northern and western regions',
  topRisk: 'Single radio access vendor for the whole northern region with no second source',
} as const;

/**
 * A workspace whose every badge kind holds its longest word: sovereignty "Critical" and "Unrated", licence
 * statuses "Missed", "On track", "No end date", "Due soon" and "Expired", every licence class, clause
 * answers, risk levels "Critical", "High", "Medium", "Low" with an overdue review and action, assessment
 * statuses, conclusions ("Blocker", "Warning", "N/A") and "Overdue" / "Due soon" — next to long names that
 * take the width of a 1280 px window.
 */
export const longLabelsWorkspace = (): WorkspaceRecords => {
  const critical = vendor(longNames.vendor, {
    sovereignty: { ...unrated, c1a: 4, c2: 3 },
    listings: [{ list: 'fcc-covered' }, { list: 'us-entity-list' }],
  });
  const unknown = vendor('Unrated Managed Services Provider of Last Resort Incorporated', {});
  const medium = vendor('Mid-European Transport and Optical Networking Equipment', {
    sovereignty: { ...unrated, c1a: 2 },
  });
  const dependency = (name: string, vendorId: string, criticality: number): Dependency => ({
    ...meta(),
    name,
    vendorId,
    kind: 'hardware',
    domain: 'ran',
    criticality,
    substitutability: 'none',
    vendorRemoteAccess: true,
    dataLocations: [],
    upstreamIds: [],
    tags: [],
    notes: '',
    standards: [],
  });
  const dependencies = [
    dependency(longNames.dependency, critical.id, 5),
    dependency('Managed network operations centre for the southern regions', unknown.id, 4),
    dependency('Dense wavelength division multiplexing backbone', medium.id, 3),
  ];
  const [main] = dependencies;
  const licence = (title: string, fields: Partial<Licence>): Licence => ({
    ...meta(),
    title,
    type: 'open-source',
    vendorId: critical.id,
    dependencyIds: [main!.id],
    autoRenew: false,
    clauses: noClauses,
    notes: '',
    ...fields,
  });
  const licences = [
    licence('Radio software subscription that renews by itself every year', {
      type: 'commercial',
      endDate: day(20),
      noticeDays: 90,
      autoRenew: true,
      spdxExpression: 'AGPL-3.0-only',
    }),
    licence('Baseband firmware long-term support agreement with escrow', {
      endDate: day(800),
      noticeDays: 30,
      spdxExpression: 'GPL-3.0-only',
    }),
    licence('Open-source operating system components shipped in the baseband', {
      spdxExpression: 'LGPL-2.1-only',
    }),
    licence('Network management software licence with a renewal window', {
      type: 'commercial',
      endDate: day(60),
      noticeDays: 30,
      spdxExpression: 'CC-BY-NC-4.0',
    }),
    licence('Legacy transmission software licence that ended last month', {
      endDate: day(-30),
      spdxExpression: 'MIT',
    }),
    licence('Unclassified licence expression found in a delivery note', {
      spdxExpression: 'LicenseRef-unclear-terms',
    }),
  ];
  const risk = (title: string, fields: Partial<Risk>): Risk => ({
    ...meta(),
    title,
    description: '',
    category: 'sanctions-export',
    vendorIds: [critical.id],
    dependencyIds: [main!.id],
    licenceIds: [licences[0]!.id],
    likelihood: 3,
    impact: 3,
    treatment: 'transfer',
    status: 'treating',
    owner: 'Chief Information Security Officer',
    actions: [],
    ...fields,
  });
  const risks = [
    risk(longNames.topRisk, {
      likelihood: 5,
      impact: 5,
      reviewDate: day(-40),
      actions: [
        {
          id: crypto.randomUUID(),
          title: 'Qualify a second radio access vendor for the northern region',
          owner: 'Head of radio access network engineering',
          dueDate: day(-15),
          status: 'doing',
        },
      ],
    }),
    risk('Export-control licence of the baseband chipsets may be withdrawn', {
      likelihood: 4,
      impact: 4,
      residualLikelihood: 3,
      residualImpact: 3,
      reviewDate: day(-5),
    }),
    risk('Remote maintenance access by the vendor from outside the union', { likelihood: 3, impact: 2 }),
    risk('Minor documentation gaps in the optical networking equipment', { likelihood: 1, impact: 2 }),
  ];
  const ownChecklist: Checklist = {
    ...meta(),
    name: 'Operator supplier due-diligence questionnaire for radio access vendors',
    version: '2026.1-draft',
    builtIn: false,
    subjectType: 'vendor',
    sections: [
      {
        id: 'governance',
        title: 'Governance',
        items: [{ id: 'board', text: 'Is the board informed?', answerType: 'yes-no', weight: 1 }],
      },
    ],
  };
  const assessment = (checklist: Checklist, subject: Assessment['subject'], fields: Partial<Assessment>) => ({
    ...meta(),
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    subject,
    status: 'draft' as const,
    answers: {},
    revision: 1,
    ...fields,
  });
  const assessments: Assessment[] = [
    assessment(
      vendorChecklist,
      { type: 'vendor', id: critical.id },
      {
        status: 'in-review',
        conclusion: 'blocker',
        dueDate: day(-10),
      },
    ),
    assessment(
      ownChecklist,
      { type: 'vendor', id: critical.id },
      {
        conclusion: 'warning',
        dueDate: day(10),
      },
    ),
    assessment(
      dependencyChecklist,
      { type: 'dependency', id: main!.id },
      {
        status: 'approved',
        conclusion: 'na',
        approvedBy: 'Chief Technology Officer',
        approvedAt: stamp,
      },
    ),
  ];
  return {
    ...noRecords(),
    vendors: [critical, unknown, medium],
    dependencies,
    licences,
    risks,
    checklists: [ownChecklist],
    assessments,
  };
};
