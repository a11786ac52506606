/**
 * Colours from the Okabe–Ito palette: distinguishable with the common colour-vision deficiencies and in greyscale
 * print. Colour never carries meaning alone: every badge has an icon and a label too.
 */
export const HEALTH_COLORS: Record<string, string> = {
  ON_TRACK: '#009E73',
  AT_RISK: '#E69F00',
  OFF_TRACK: '#D55E00',
  NOT_ASSESSED: '#8C8C8C',
};

export const HEALTH_ICONS: Record<string, string> = {
  ON_TRACK: 'check_circle',
  AT_RISK: 'warning',
  OFF_TRACK: 'error',
  NOT_ASSESSED: 'help',
};

export const STATUS_COLORS: Record<string, string> = {
  IDEA: '#CC79A7',
  PLANNING: '#56B4E9',
  IN_PROGRESS: '#0072B2',
  IMPLEMENTED: '#009E73',
  CONTINUED: '#00573F',
  STOPPED: '#8C8C8C',
};

export const STATUS_ICONS: Record<string, string> = {
  IDEA: 'lightbulb',
  PLANNING: 'edit_calendar',
  IN_PROGRESS: 'construction',
  IMPLEMENTED: 'task_alt',
  CONTINUED: 'autorenew',
  STOPPED: 'block',
};

export const FRESHNESS_ICONS: Record<string, string> = {
  CURRENT: 'schedule',
  DUE: 'notification_important',
  STALE: 'history',
  VERY_STALE: 'hourglass_disabled',
  NO_REPORT: 'report_off',
};

/** Series colours for charts, in order. */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#000000'];
