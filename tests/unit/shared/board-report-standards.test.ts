import { describe, expect, it } from 'vitest';
import { buildBoardReport, type ReportData, type StandardsSection } from '@shared/report';
import {
  declarationsInForce,
  gNodeB,
  harbour,
  iotModule,
  standardsReportData,
} from '../fixtures/report-standards';
import { reportData, reportOptions } from '../fixtures/report-workspace';

/** The board report's standards section (figures worked out in fixtures/report-standards.ts). */
const standardsOf = (data: ReportData, scope = {}): StandardsSection => {
  const section = buildBoardReport(data, reportOptions({ sections: ['standards'], scope })).sections
    .standards;
  if (!section) throw new Error('The standards section was not built');
  return section;
};

describe('buildBoardReport: standards and patent exposure', () => {
  const section = standardsOf(standardsReportData());

  it('ranks the standards by uncovered share of declared families, with families, holders and HHI band', () => {
    expect(section.standardsInUse).toBe(3);
    expect(section.declaredStandards).toBe(3);
    expect(
      section.topStandards.map(({ standard, families, partyCount, dependencyCount, hhi, band }) => ({
        standard,
        families,
        partyCount,
        dependencyCount,
        hhi: Math.round(hhi ?? -1),
        band,
      })),
    ).toEqual([
      // 75² + 25²; Eastern 30 and Lone 10, nobody covered.
      { standard: 'TS 36.331', families: 40, partyCount: 2, dependencyCount: 2, hhi: 6250, band: 'high' },
      // 40² + 40² + 20²; Nordic licensed.
      { standard: 'TS 38.331', families: 100, partyCount: 3, dependencyCount: 1, hhi: 3600, band: 'high' },
      // Nordic alone; the AMF's supply contract indemnifies IP.
      { standard: 'TS 23.501', families: 10, partyCount: 1, dependencyCount: 1, hhi: 10000, band: 'high' },
    ]);
    const shares = section.topStandards.map((row) => row.uncoveredShare);
    [1, 0.6, 0].forEach((share, at) => expect(shares[at]).toBeCloseTo(share, 10));
    expect(section.topStandards[0]?.source).toBe('/standards/view/TS%2036.331');
  });

  it('counts holders and their share of declared families by country, the unknown country last', () => {
    expect(section.countries).toEqual([
      { country: 'CN', holders: 2, families: 90, share: 90 / 150 },
      { country: 'FI', holders: 1, families: 50, share: 50 / 150 },
      { holders: 1, families: 10, share: 10 / 150 },
    ]);
  });

  it('gives the royalty stack per unit of the most critical devices and modules implementing a standard', () => {
    expect(section.devices).toEqual([
      {
        dependencyId: gNodeB.id,
        name: 'gNodeB',
        criticality: 5,
        standards: ['TS 38.331', 'TS 36.331'],
        holders: 4,
        counted: 2,
        licensed: 1,
        withoutRate: 1,
        // Harbour 1 % of 1,000 EUR, then Eastern's 2.50 USD: currencies are not converted.
        totals: [
          { currency: 'EUR', amount: 10 },
          { currency: 'USD', amount: 2.5 },
        ],
        source: `/dependencies/${gNodeB.id}`,
      },
      {
        dependencyId: iotModule.id,
        name: 'IoT module',
        criticality: 3,
        standards: ['TS 36.331'],
        holders: 2,
        counted: 1,
        licensed: 0,
        withoutRate: 1,
        totals: [{ currency: 'USD', amount: 2.5 }],
        source: `/dependencies/${iotModule.id}`,
      },
    ]);
  });

  it('reads only the declarations in force, and names them', () => {
    expect(section.declarations).toEqual([
      { source: 'template', fileName: 'declarations-2026.csv', importedOn: '2026-05-01' },
    ]);
  });

  it('keeps to the standards of the in-scope dependencies', () => {
    const scoped = standardsOf(standardsReportData(), { vendorIds: [harbour.id] });
    expect(scoped.standardsInUse).toBe(1);
    expect(scoped.topStandards.map((row) => row.standard)).toEqual(['TS 36.331']);
    expect(scoped.countries).toEqual([
      { country: 'CN', holders: 1, families: 30, share: 0.75 },
      { holders: 1, families: 10, share: 0.25 },
    ]);
    expect(scoped.devices.map((device) => device.name)).toEqual(['IoT module']);
  });

  it('says no standard is in use when no in-scope dependency lists one', () => {
    const none = standardsOf(reportData());
    expect(none).toMatchObject({ standardsInUse: 0, topStandards: [], countries: [], devices: [] });
  });

  it('gives no share without declarations in force, but still counts the standards in use', () => {
    const undeclared = standardsOf(standardsReportData({ declarationSets: [] }));
    expect(undeclared).toMatchObject({
      standardsInUse: 3,
      declarations: [],
      topStandards: [],
      countries: [],
      devices: [],
    });
  });

  it('leaves a replaced set out even when it is the only one', () => {
    const replacedOnly = standardsOf(
      standardsReportData({
        declarationSets: [{ ...declarationsInForce, replacedAt: '2026-05-02T00:00:00.000Z' }],
      }),
    );
    expect(replacedOnly.declarations).toEqual([]);
  });
});
