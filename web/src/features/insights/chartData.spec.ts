import { monthlyWindows, participation, responseTrend, statusFunnel } from './chartData';
import { periodRange } from './periods';

describe('chart data', () => {
  it('orders the funnel by the life of an initiative, zeros kept, MERGED only when present', () => {
    const rows = [
      { status: 'IMPLEMENTED' as const, count: 2 },
      { status: 'SUBMITTED' as const, count: 9 },
      { status: 'MERGED' as const, count: 0 },
    ];
    expect(statusFunnel(rows, (status) => status)).toEqual({
      labels: ['SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DECLINED'],
      values: [9, 0, 0, 0, 2, 0],
    });
    expect(statusFunnel([{ status: 'MERGED', count: 1 }], (status) => status).labels).toContain('MERGED');
  });

  it('puts customers first among contributors and leaves out empty roles', () => {
    const rows = [
      { role: 'MANAGER' as const, count: 1 },
      { role: 'CUSTOMER' as const, count: 12 },
      { role: 'ADMIN' as const, count: 0 },
    ];
    expect(participation(rows, (role) => role.toLowerCase())).toEqual({ labels: ['customer', 'manager'], values: [12, 1] });
  });

  it('builds a constant number of monthly windows, oldest first, the current one up to the hour', () => {
    const windows = monthlyWindows(6, new Date('2026-03-15T10:42:00.000Z'));
    expect(windows).toHaveLength(6);
    expect(windows[0]).toEqual({ from: '2025-10-01T00:00:00.000Z', to: '2025-11-01T00:00:00.000Z', month: '2025-10' });
    expect(windows[5]).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-15T10:00:00.000Z', month: '2026-03' });
  });

  it('keeps months without answers as gaps, rounds the rest to one decimal', () => {
    const windows = monthlyWindows(3, new Date('2026-03-15T10:42:00.000Z'));
    expect(responseTrend(windows, [12.345, null, 0], (month) => month)).toEqual({
      labels: ['2026-01', '2026-02', '2026-03'],
      values: [12.3, null, 0],
    });
  });

  it('gives each period a window that starts at a UTC midnight (stable all day); all time is unbounded', () => {
    const now = new Date('2026-03-15T10:42:00.000Z');
    expect(periodRange('30d', now)).toEqual({ from: '2026-02-13T00:00:00.000Z', to: null });
    expect(periodRange('all', now)).toEqual({ from: null, to: null });
  });
});
