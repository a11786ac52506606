import type { ClusterComparison, ClusterProject, ClusterSummary } from './cluster.api';
import {
  comparisonRows,
  formatMillions,
  formatShare,
  healthShares,
  spentShare,
  totalMoney,
  wholeShares,
} from './cluster.model';

function aSummary(
  health: Partial<Record<'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NOT_ASSESSED', number>>,
): ClusterSummary {
  const byHealth = Object.entries(health).map(([h, count]) => ({
    health: h as ClusterSummary['byHealth'][0]['health'],
    count,
  }));
  return {
    measureCount: byHealth.reduce((s, h) => s + h.count, 0),
    averageProgress: 40,
    staleMeasures: 1,
    overdueMilestones: 2,
    milestoneCount: 20,
    slippedMilestones: 5,
    averageSlippageDays: 12.5,
    byHealth,
  };
}

function aProject(name: string, overrides: Partial<ClusterProject> = {}): ClusterProject {
  return {
    id: name,
    code: name.slice(0, 3).toUpperCase(),
    name,
    cohortYear: 2020,
    viewerRole: 'ADMIN',
    summary: aSummary({ ON_TRACK: 2, AT_RISK: 1 }),
    funding: { plannedTotal: { total: '1000.00' }, actualTotal: { total: '250.00' }, calledOffTotal: '200.00' },
    ...overrides,
  };
}

function aPeerProject(name: string): ClusterProject {
  return aProject(name, { viewerRole: null, funding: null });
}

function aCluster(projects: ClusterProject[]): ClusterComparison {
  return { id: 'c', name: 'Südwest-Cluster', description: '', summary: aSummary({}), modelProjects: projects };
}

describe('shares that add up', () => {
  it('rounds by largest remainder to exactly 100', () => {
    expect(wholeShares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholeShares([2, 1, 0])).toEqual([67, 33, 0]);
    expect(wholeShares([0, 0, 0])).toBeNull();
  });

  it('counts health among the assessed measures only', () => {
    expect(healthShares(aSummary({ ON_TRACK: 3, AT_RISK: 1, NOT_ASSESSED: 6 }))).toEqual({
      onTrack: 75,
      atRisk: 25,
      offTrack: 0,
      assessed: 4,
      notAssessed: 6,
    });
    expect(healthShares(aSummary({ NOT_ASSESSED: 2 }))).toBeNull();
  });
});

describe('money compared', () => {
  it('gives the spent share of the plan with one decimal, exactly', () => {
    expect(spentShare('250.00', '1000.00')).toBe(25);
    expect(spentShare('1.00', '3.00')).toBe(33.3);
    expect(spentShare('2.00', '3.00')).toBe(66.7);
    expect(spentShare('12.00', '0.00')).toBeNull();
  });

  it('shows no money of a project where the viewer is only a cluster partner', () => {
    const rows = comparisonRows(aCluster([aProject('Smarte Region MYK10'), aPeerProject('EIFELKREIS VERBINDET')]));
    expect(rows.map((r) => [r.name, r.peer, r.money?.spentShare ?? null])).toEqual([
      ['EIFELKREIS VERBINDET', true, null],
      ['Smarte Region MYK10', false, 25],
    ]);
  });

  it('sums the cluster only when every project’s money is visible', () => {
    const all = comparisonRows(aCluster([aProject('A'), aProject('B')]));
    expect(totalMoney(all)).toEqual({ planned: '2000.00', spent: '500.00', calledOff: '400.00', spentShare: 25 });
    expect(totalMoney(comparisonRows(aCluster([aProject('A'), aPeerProject('B')])))).toBeNull();
    expect(totalMoney([])).toBeNull();
  });
});

describe('amounts in a comparison', () => {
  it('are stated in millions with one decimal, the German way by default', () => {
    expect(formatMillions('15854321.00')).toBe('15,9');
    expect(formatMillions('15000000.00', 'en')).toBe('15.0');
    expect(formatMillions('849999.99')).toBe('0,8');
  });

  it('state shares with one decimal at most, and a dash for none', () => {
    expect(formatShare(77.9)).toBe('77,9\u00a0%');
    expect(formatShare(25, 'en')).toBe('25%');
    expect(formatShare(null)).toBe('–');
  });
});
