import { Health } from '@masswerk/shared/domain';
import { attentionWhy } from './council-briefing.pdf';
import type { AttentionMeasure } from './council-briefing.service';

const aMeasure = (over: Partial<AttentionMeasure>): AttentionMeasure => ({
  code: 'EIF-M01',
  title: 'Datenplattform',
  health: Health.OFF_TRACK,
  healthReason: 'weil das geplante Ende seit 30 Tagen überschritten ist',
  manualHealthReason: null,
  lateMilestones: [],
  daysPastPlannedEnd: 30,
  latestReport: null,
  ...over,
});
const late = (title: string, daysOverdue: number) => ({ title, due: '2026-10-01', daysOverdue });

describe('why a measure is in the briefing', () => {
  it('gives the health’s reason and does not repeat the passed end', () => {
    expect(attentionWhy(aMeasure({}))).toBe('Kritisch, weil das geplante Ende seit 30 Tagen überschritten ist.');
  });

  it('adds the overdue milestones the reason does not name', () => {
    expect(attentionWhy(aMeasure({ lateMilestones: [late('Ausschreibung', 51), late('Pilot', 10)] }))).toBe(
      'Kritisch, weil das geplante Ende seit 30 Tagen überschritten ist; 2 Meilensteine sind überfällig, der älteste („Ausschreibung“) seit 51 Tagen.',
    );
  });

  it('only counts the milestones when the reason already names the oldest', () => {
    const reason = 'weil der Meilenstein „Ausschreibung“ seit 01.10.2026 überfällig ist (51 Tage)';
    const one = aMeasure({
      healthReason: reason,
      daysPastPlannedEnd: null,
      lateMilestones: [late('Ausschreibung', 51)],
    });
    expect(attentionWhy(one)).toBe(`Kritisch, ${reason}.`);
    expect(attentionWhy({ ...one, lateMilestones: [late('Ausschreibung', 51), late('Pilot', 3)] })).toBe(
      `Kritisch, ${reason}; insgesamt sind 2 Meilensteine überfällig.`,
    );
  });

  it('names a late measure that is not critical by what is late, and a manual rating by its reason', () => {
    expect(
      attentionWhy(
        aMeasure({ health: Health.AT_RISK, daysPastPlannedEnd: null, lateMilestones: [late('Konzept', 12)] }),
      ),
    ).toBe('Der Meilenstein „Konzept“ ist seit 12 Tagen überfällig.');
    expect(attentionWhy(aMeasure({ manualHealthReason: 'Förderzusage fehlt' }))).toBe(
      'Kritisch (manuell bewertet: Förderzusage fehlt); das geplante Ende ist seit 30 Tagen überschritten.',
    );
  });
});
