/** A row of a roll-up statement, live or maintained: the figures of `PortfolioSummary` as PostgreSQL returns them. */
export interface SummaryRow {
  group_key: string | null;
  measure_count: string;
  average_progress: string | null;
  stale_measures: string;
  overdue_milestones: string;
  milestones_due_soon: string;
  milestone_count: string;
  slipped_milestones: string;
  average_slippage: string | null;
  [key: string]: string | null;
}
