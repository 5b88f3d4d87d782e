import { decisionSchema, type Decision } from '../../../../shared/domain';
import type { DeclarationSet, RoyaltyRate } from '../../../../shared/domain/standards';
import { created, ids, meta, uuid } from './records';

/**
 * The French workspace's declared patents and its open decision: the base station implements TS 38.331 and
 * TS 36.331, on which Radiocom Nordique, Dragon Réseaux and a holder that supplies nothing (Brevets Lumière)
 * have declared families; Dragon publishes a rate. The decision asks whether the radio stays with Radiocom.
 */

const holder = (key: string, name: string, families: number) => ({ key, name, spellings: [], families });

export const declarationSets: DeclarationSet[] = [
  {
    ...meta(ids.declarations),
    source: 'template',
    fileName: 'declarations-2026.csv',
    sha256: 'b'.repeat(64),
    importedAt: created,
    rowCount: 90,
    aggregates: {
      families: 90,
      holders: [
        holder('brevets lumiere', 'Brevets Lumière', 20),
        holder('dragon reseaux', 'Dragon Réseaux', 40),
        holder('radiocom nordique', 'Radiocom Nordique', 30),
      ],
      standards: [
        {
          number: 'TS 36.331',
          families: [
            [0, 10],
            [1, 15],
          ],
        },
        {
          number: 'TS 38.331',
          families: [
            [0, 10],
            [1, 25],
            [2, 30],
          ],
        },
      ],
      generations: [],
    },
  },
];

export const royaltyRates: RoyaltyRate[] = [
  {
    ...meta(uuid(102)),
    holderId: ids.dragon,
    basis: 'per-unit',
    value: 2.5,
    currency: 'EUR',
    source: 'Barème publié par le détenteur',
  },
];

export const decisions: Decision[] = [
  decisionSchema.parse({
    ...meta(ids.decision),
    question: 'Restons-nous avec Radiocom Nordique pour la radio ?',
    subject: { type: 'domain', domain: 'ran' },
    owner: 'Direction technique',
    options: [
      {
        id: ids.stay,
        kind: 'renegotiate',
        title: 'Rester et renégocier',
        oneOffCost: 50_000,
        monthsToImplement: 3,
        targetClauses: ['sanctionsExit'],
      },
      {
        id: ids.second,
        kind: 'dual-source',
        title: 'Second fournisseur pour la station',
        moves: [{ dependencyId: ids.station, toVendorId: ids.cables, share: 50 }],
        oneOffCost: 400_000,
        monthsToImplement: 12,
        expectedResidual: { [ids.singleCore]: [3, 4] },
      },
      {
        id: ids.exit,
        kind: 'exit',
        title: 'Sortir de la puce',
        moves: [{ dependencyId: ids.puce, share: 100 }],
        annualCostDelta: -10_000,
        monthsToImplement: 6,
      },
    ],
  }),
];
