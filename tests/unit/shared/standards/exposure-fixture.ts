import {
  buildExposureIndex,
  builtInStandards,
  type DeclarationAggregates,
  type ExposureInput,
  type ExposureLicence,
} from '@shared/domain/standards';

/**
 * Four declaring companies: "Alpha Comms" and "Alpha Mobile" are both vendor Alpha (CN), "Beta" is vendor
 * Beta (FI), "Gamma" is no vendor (its declarations give US). On TS 38.331 they declared 30, 10, 20 and 40
 * families; flagged 5G, Alpha Comms 5 and Gamma 5.
 */
export const aggregates: DeclarationAggregates = {
  families: 105,
  holders: [
    { key: 'alpha comms', name: 'Alpha Comms', spellings: [], families: 35 },
    { key: 'beta', name: 'Beta', spellings: [], families: 20 },
    { key: 'gamma', name: 'Gamma', spellings: [], country: 'US', families: 45 },
    { key: 'alpha mobile', name: 'Alpha Mobile', spellings: [], families: 10 },
  ],
  standards: [
    {
      number: 'TS 38.331',
      families: [
        [0, 30],
        [1, 20],
        [2, 40],
        [3, 10],
      ],
    },
  ],
  generations: [
    {
      generation: '5G',
      families: [
        [0, 5],
        [2, 5],
      ],
    },
  ],
};

const clauses = (ipIndemnity: 'yes' | 'no') =>
  ({
    terminationForConvenience: 'unknown',
    changeOfControl: 'unknown',
    sanctionsExit: 'unknown',
    auditRights: 'unknown',
    sourceEscrow: 'unknown',
    ipIndemnity,
    exportControl: 'unknown',
    dataLocalisation: 'unknown',
    stepIn: 'unknown',
    supportContinuity: 'unknown',
  }) as const;

export const licences: ExposureLicence[] = [
  // Our SEP licence with Beta for 5G up to Release 17: covers TS 38.331 (series 38 is 5G).
  {
    id: 'L1',
    type: 'patent-sep',
    vendorId: 'VB',
    dependencyIds: [],
    standard: '5G NR Rel-17',
    clauses: clauses('no'),
  },
  // D1's supply contract indemnifies IP; D2 has none.
  { id: 'L2', type: 'commercial', vendorId: 'VB', dependencyIds: ['D1'], clauses: clauses('yes') },
  // Not SEP licences covering TS 38.331: another kind of patent licence, and a SEP licence for LTE only.
  {
    id: 'L3',
    type: 'patent-other',
    vendorId: 'VA',
    dependencyIds: [],
    standard: 'TS 38.331',
    clauses: clauses('no'),
  },
  {
    id: 'L4',
    type: 'patent-sep',
    vendorId: 'VA',
    dependencyIds: [],
    standard: 'LTE',
    clauses: clauses('no'),
  },
  // A patent licence with indemnity is no supply contract.
  {
    id: 'L5',
    type: 'patent-sep',
    vendorId: 'VA',
    dependencyIds: ['D2'],
    standard: 'LTE',
    clauses: clauses('yes'),
  },
];

export const input: ExposureInput = {
  aggregates,
  holderVendorIds: ['VA', 'VB', undefined, 'VA'],
  vendors: [
    { id: 'VA', name: 'Alpha', hqCountry: 'CN' },
    { id: 'VB', name: 'Beta', hqCountry: 'FI' },
  ],
  dependencies: [
    { id: 'D1', standards: ['TS 38.331', '5G'] },
    { id: 'D2', standards: ['3gpp ts 38.331', 'Rel-17'] },
  ],
  licences,
  references: builtInStandards,
  essentialityRates: { VA: 50, 'holder:gamma': 50 },
};

export const index = buildExposureIndex(input);
