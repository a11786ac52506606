import { Health, HEALTHS } from './health';
import { ROLES, Role } from './access';
import {
  ACTIVE_STATUSES,
  DONE_STATUSES,
  isStatusIn,
  MEASURE_STATUSES,
  MeasureStatus,
  Phase,
  PHASES,
  PRIORITIES,
  Priority,
  TRAFFIC_LIGHTS,
  TrafficLight,
  TRANSFERABILITIES,
  Transferability,
  UNFINISHED_STATUSES,
} from './measure';

describe('ordered lists of coded values', () => {
  it.each([
    ['statuses', MEASURE_STATUSES, MeasureStatus],
    ['phases', PHASES, Phase],
    ['priorities', PRIORITIES, Priority],
    ['transferabilities', TRANSFERABILITIES, Transferability],
    ['traffic lights', TRAFFIC_LIGHTS, TrafficLight],
    ['healths', HEALTHS, Health],
    ['roles', ROLES, Role],
  ])('name every %s once', (_name, list, values) => {
    expect([...list].sort()).toEqual(Object.values(values).sort());
  });

  it('keep a measure’s life in order', () => {
    expect(MEASURE_STATUSES).toEqual(['IDEA', 'PLANNING', 'IN_PROGRESS', 'IMPLEMENTED', 'CONTINUED', 'STOPPED']);
  });
});

describe('groups of statuses', () => {
  it('count an idea as unfinished but not as active, and neither done nor stopped as unfinished', () => {
    expect(isStatusIn(UNFINISHED_STATUSES, 'IDEA')).toBe(true);
    expect(isStatusIn(ACTIVE_STATUSES, 'IDEA')).toBe(false);
    for (const status of [...DONE_STATUSES, MeasureStatus.STOPPED]) {
      expect(isStatusIn(UNFINISHED_STATUSES, status)).toBe(false);
    }
    expect(ACTIVE_STATUSES.every((s) => isStatusIn(UNFINISHED_STATUSES, s))).toBe(true);
  });
});
