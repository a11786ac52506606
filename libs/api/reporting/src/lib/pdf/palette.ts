import { Health, MeasureStatus } from '@masswerk/shared/domain';

/**
 * Okabe–Ito colours, the same values the dashboard uses (libs/dashboard/shared/ui palette; copied, since API code
 * never imports dashboard code). Distinguishable with the common colour-vision deficiencies and in greyscale print;
 * every chart also prints its numbers, so colour never carries meaning alone.
 */
export const HEALTH_COLORS: Record<Health, string> = {
  [Health.ON_TRACK]: '#009E73',
  [Health.AT_RISK]: '#E69F00',
  [Health.OFF_TRACK]: '#D55E00',
  [Health.NOT_ASSESSED]: '#8C8C8C',
};

export const STATUS_COLORS: Record<MeasureStatus, string> = {
  [MeasureStatus.IDEA]: '#CC79A7',
  [MeasureStatus.PLANNING]: '#56B4E9',
  [MeasureStatus.IN_PROGRESS]: '#0072B2',
  [MeasureStatus.IMPLEMENTED]: '#009E73',
  [MeasureStatus.CONTINUED]: '#00573F',
  [MeasureStatus.STOPPED]: '#8C8C8C',
};

export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#000000'];

/** Text and lines. */
export const INK = '#1A1A1A';
export const MUTED = '#555555';
export const RULE = '#B8C2CC';
export const TABLE_HEAD = '#E3EAF2';
export const ACCENT = '#0072B2';
