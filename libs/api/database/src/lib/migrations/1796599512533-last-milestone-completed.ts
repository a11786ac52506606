import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The latest completion date among a measure's milestones, kept up to date with the other maintained columns: the
 * progress rule (decision 0046) takes the latest status report unless a milestone was reached after it.
 */
export class LastMilestoneCompleted1796599512533 implements MigrationInterface {
  name = 'LastMilestoneCompleted1796599512533';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE measure ADD COLUMN last_milestone_completed_on date`);
    await q.query(
      `UPDATE measure m SET last_milestone_completed_on = x.last_completed_on
         FROM (SELECT measure_id, max(completed_on) AS last_completed_on FROM milestone GROUP BY measure_id) x
        WHERE x.measure_id = m.id AND x.last_completed_on IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE measure DROP COLUMN last_milestone_completed_on`);
  }
}
