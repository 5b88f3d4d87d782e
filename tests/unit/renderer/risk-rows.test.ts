import { describe, expect, it } from 'vitest';
import { isActionOverdue, isReviewOverdue, type Licence, type Risk } from '@shared/domain';
import { buildActionRows } from '@renderer/features/risks/actionRows';
import {
  quickDependencyRisk,
  quickLicenceRisk,
  quickRiskLink,
  quickVendorRisk,
} from '@renderer/features/risks/quickRisk';
import { summariseRisks } from '@renderer/features/risks/riskDashboard';
import { buildRiskRows, filterRiskRows } from '@renderer/features/risks/riskRows';
import {
  hasActiveRiskFilters,
  noRiskFilters,
  type RiskFilterValues,
} from '@renderer/features/risks/useRiskFilters';
import { storedDependency, storedVendor } from '../fixtures/records';

const today = '2026-03-15';

const storedRisk = (title: string, extra: Partial<Risk> = {}): Risk => ({
  id: crypto.randomUUID(),
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  title,
  description: '',
  category: 'supply',
  vendorIds: [],
  dependencyIds: [],
  licenceIds: [],
  likelihood: 3,
  impact: 3,
  treatment: 'mitigate',
  status: 'open',
  actions: [],
  ...extra,
});

const action = (title: string, extra: Partial<Risk['actions'][number]> = {}) => ({
  id: crypto.randomUUID(),
  title,
  status: 'todo' as const,
  ...extra,
});

describe('risk register filtering', () => {
  const risks = [
    storedRisk('Sovereignty exposure to Huawei', {
      category: 'sovereignty',
      likelihood: 4,
      impact: 5,
      residualLikelihood: 2,
      owner: 'CISO',
      reviewDate: '2026-03-01',
    }),
    storedRisk('Fibre supply', { likelihood: 2, impact: 2, owner: 'CTO', reviewDate: '2026-04-01' }),
    storedRisk('Old licence issue', {
      category: 'licence',
      likelihood: 4,
      impact: 5,
      status: 'closed',
      reviewDate: '2025-01-01',
    }),
  ];
  const rows = buildRiskRows(risks, today);
  const titles = (filters: Partial<RiskFilterValues>) =>
    filterRiskRows(rows, { ...noRiskFilters, ...filters }).map((row) => row.risk.title);

  it('scores each row inherent and residual, the residual axis falling back to the inherent one', () => {
    expect(rows.map((row) => [row.inherent, row.inherentLevel, row.residual, row.residualLevel])).toEqual([
      [20, 'critical', 10, 'high'],
      [4, 'low', 4, 'low'],
      [20, 'critical', 20, 'critical'],
    ]);
  });

  it('combines category, status, level, owner and search filters', () => {
    expect(titles({})).toHaveLength(3);
    expect(titles({ categories: ['sovereignty', 'licence'] })).toEqual([
      'Sovereignty exposure to Huawei',
      'Old licence issue',
    ]);
    expect(titles({ statuses: ['closed'] })).toEqual(['Old licence issue']);
    expect(titles({ inherentLevels: ['critical'], residualLevels: ['high'] })).toEqual([
      'Sovereignty exposure to Huawei',
    ]);
    expect(titles({ owners: ['CTO'] })).toEqual(['Fibre supply']);
    expect(titles({ search: 'huawei SOVEREIGNTY' })).toEqual(['Sovereignty exposure to Huawei']);
    expect(titles({ treatments: ['accept'] })).toEqual([]);
  });

  it('keeps only overdue reviews of risks that are not closed', () => {
    expect(titles({ overdueReview: true })).toEqual(['Sovereignty exposure to Huawei']);
  });

  it('filters to a heatmap cell in the view clicked, leaving closed risks out as the heatmap does', () => {
    expect(titles({ cell: { view: 'inherent', likelihood: 4, impact: 5 } })).toEqual([
      'Sovereignty exposure to Huawei',
    ]);
    expect(titles({ cell: { view: 'residual', likelihood: 4, impact: 5 } })).toEqual([]);
    expect(titles({ cell: { view: 'residual', likelihood: 2, impact: 5 } })).toEqual([
      'Sovereignty exposure to Huawei',
    ]);
    expect(
      hasActiveRiskFilters({ ...noRiskFilters, cell: { view: 'residual', likelihood: 2, impact: 5 } }),
    ).toBe(true);
    expect(hasActiveRiskFilters(noRiskFilters)).toBe(false);
  });
});

describe('overdue logic', () => {
  it('marks a review overdue the day after its date, never for a closed risk', () => {
    expect(isReviewOverdue({ reviewDate: '2026-03-14', status: 'open' }, today)).toBe(true);
    expect(isReviewOverdue({ reviewDate: '2026-03-15', status: 'open' }, today)).toBe(false);
    expect(isReviewOverdue({ reviewDate: '2026-03-14', status: 'closed' }, today)).toBe(false);
    expect(isReviewOverdue({ status: 'open' }, today)).toBe(false);
  });

  it('marks an action overdue when its due date is past and it is not done', () => {
    expect(isActionOverdue({ dueDate: '2026-03-14', status: 'doing' }, today)).toBe(true);
    expect(isActionOverdue({ dueDate: '2026-03-14', status: 'done' }, today)).toBe(false);
    expect(isActionOverdue({ dueDate: '2026-03-15', status: 'todo' }, today)).toBe(false);
    expect(isActionOverdue({ status: 'todo' }, today)).toBe(false);
  });

  it('lists every action of every risk in the treatment plan with its risk', () => {
    const risk = storedRisk('Supply', {
      actions: [
        action('Second source', { dueDate: '2026-01-01' }),
        action('Audit', { dueDate: '2027-01-01' }),
      ],
    });
    expect(buildActionRows([risk, storedRisk('No action')], today)).toEqual([
      expect.objectContaining({ riskId: risk.id, riskTitle: 'Supply', overdue: true }),
      expect.objectContaining({ riskId: risk.id, riskTitle: 'Supply', overdue: false }),
    ]);
  });
});

describe('risk dashboard', () => {
  it('counts open risks by residual level, the top five, overdue actions and reviews due', () => {
    const risks = [
      storedRisk('A', { likelihood: 5, impact: 5, reviewDate: '2026-03-01' }),
      storedRisk('B', { likelihood: 2, impact: 3, reviewDate: '2026-04-10' }),
      storedRisk('C', { likelihood: 1, impact: 1, reviewDate: '2026-06-01' }),
      storedRisk('D', {
        likelihood: 4,
        impact: 4,
        residualImpact: 1,
        actions: [action('x', { dueDate: '2026-01-01' })],
      }),
      storedRisk('E', { likelihood: 3, impact: 4 }),
      storedRisk('F', { likelihood: 2, impact: 1 }),
      storedRisk('Closed', { likelihood: 5, impact: 5, status: 'closed', reviewDate: '2026-01-01' }),
    ];
    const summary = summariseRisks(risks, today);
    expect(summary.openByLevel).toEqual({ low: 3, medium: 1, high: 1, critical: 1 });
    expect(summary.topFive.map(({ risk }) => risk.title)).toEqual(['A', 'E', 'B', 'D', 'F']);
    expect(summary.overdueActions).toBe(1);
    expect(summary.reviewsPast).toBe(1);
    expect(summary.reviewsSoon).toBe(1);
  });
});

describe('quick risk creation', () => {
  it('suggests a sovereignty risk only for a vendor rated high or critical', () => {
    const critical = storedVendor('Huawei', {
      sovereignty: { c1a: 4, c1b: null, c1c: null, c1d: null, c2: null, c3: null },
    });
    expect(quickVendorRisk(critical)).toEqual({
      category: 'sovereignty',
      titleKey: 'sovereigntyTitle',
      name: 'Huawei',
    });
    expect(quickVendorRisk(storedVendor('Nokia'))).toEqual({ name: 'Nokia' });
  });

  it('suggests a concentration risk for a hard-to-replace dependency, a supply risk otherwise', () => {
    const vendorId = crypto.randomUUID();
    expect(
      quickDependencyRisk(storedDependency('Core', vendorId, { substitutability: 'none' })).category,
    ).toBe('concentration');
    expect(quickDependencyRisk(storedDependency('Fibre', vendorId)).category).toBe('supply');
  });

  it('suggests the sanctions exit risk for a licence without that clause', () => {
    const licence = { title: 'RAN support', clauses: { sanctionsExit: 'no' } } as Licence;
    expect(quickLicenceRisk(licence)).toEqual({
      category: 'licence',
      titleKey: 'sanctionsExitTitle',
      name: 'RAN support',
    });
  });

  it('builds the prefilled link', () => {
    const link = quickRiskLink(
      { vendorId: 'v1' },
      { category: 'sovereignty', name: 'X' },
      'Sovereignty exposure to X',
    );
    expect(link).toBe('/risks/new?vendorId=v1&title=Sovereignty+exposure+to+X&category=sovereignty');
  });
});
