import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Digitale Agenda: territorial units, clusters, model projects, strategies, fields of action, goals, measures,
 * milestones, status reports and indicators. Every project-owned table carries `model_project_id` so that indexes and
 * access filters lead with the tenant.
 */
export class Foundation1795262400000 implements MigrationInterface {
  name = 'Foundation1795262400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE territorial_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('LAND','LANDKREIS','KREISFREIE_STADT','VERBANDSGEMEINDE','GEMEINDE')),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        ars char(12) CHECK (ars ~ '^[0-9]{12}$'),
        ags char(8) CHECK (ags ~ '^[0-9]{8}$'),
        parent_id uuid REFERENCES territorial_unit(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (kind <> 'VERBANDSGEMEINDE' OR ags IS NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX territorial_unit_ars_key ON territorial_unit (ars) WHERE ars IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX territorial_unit_ags_key ON territorial_unit (ags) WHERE ags IS NOT NULL`);
    await q.query(`CREATE INDEX territorial_unit_parent_idx ON territorial_unit (parent_id, name, id)`);
    await q.query(`CREATE INDEX territorial_unit_name_idx ON territorial_unit (lower(name), id)`);

    await q.query(`
      CREATE TABLE cluster (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX cluster_name_key ON cluster (lower(name))`);

    await q.query(`
      CREATE TABLE model_project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[A-Z0-9]{2,10}$'),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        cohort_year smallint NOT NULL CHECK (cohort_year BETWEEN 2019 AND 2035),
        lead_unit_id uuid NOT NULL REFERENCES territorial_unit(id) ON DELETE RESTRICT,
        cluster_id uuid REFERENCES cluster(id) ON DELETE SET NULL,
        office_name text NOT NULL DEFAULT '',
        office_email text,
        office_phone text,
        office_address text NOT NULL DEFAULT '',
        website_url text,
        budgetary_emergency boolean NOT NULL DEFAULT false,
        phase_a_planned_start date, phase_a_planned_end date, phase_a_actual_start date, phase_a_actual_end date,
        phase_b_planned_start date, phase_b_planned_end date, phase_b_actual_start date, phase_b_actual_end date,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (phase_a_planned_end IS NULL OR phase_a_planned_start IS NULL OR phase_a_planned_end >= phase_a_planned_start),
        CHECK (phase_b_planned_end IS NULL OR phase_b_planned_start IS NULL OR phase_b_planned_end >= phase_b_planned_start)
      )`);
    await q.query(`CREATE UNIQUE INDEX model_project_code_key ON model_project (code)`);
    await q.query(`CREATE INDEX model_project_cluster_idx ON model_project (cluster_id, name, id)`);
    await q.query(`CREATE INDEX model_project_name_idx ON model_project (lower(name), id)`);

    await q.query(`
      CREATE TABLE model_project_member (
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        territorial_unit_id uuid NOT NULL REFERENCES territorial_unit(id) ON DELETE RESTRICT,
        PRIMARY KEY (model_project_id, territorial_unit_id)
      )`);
    await q.query(`CREATE INDEX model_project_member_unit_idx ON model_project_member (territorial_unit_id)`);

    await q.query(`
      CREATE TABLE strategy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL UNIQUE REFERENCES model_project(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE strategy_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id) ON DELETE CASCADE,
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        version_number integer NOT NULL CHECK (version_number >= 1),
        label text NOT NULL DEFAULT '',
        vision text NOT NULL DEFAULT '',
        target_pictures text[] NOT NULL DEFAULT '{}',
        "values" text[] NOT NULL DEFAULT '{}',
        adopted_on date,
        resolution_reference text,
        accepted_by_funder_on date,
        notes text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (strategy_id, version_number)
      )`);
    await q.query(`
      CREATE TABLE field_of_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        strategy_id uuid NOT NULL REFERENCES strategy(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9._-]{1,20}$'),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (model_project_id, code)
      )`);
    await q.query(`CREATE INDEX field_of_action_strategy_idx ON field_of_action (strategy_id, sort_order)`);
    await q.query(`
      CREATE TABLE goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        field_of_action_id uuid NOT NULL REFERENCES field_of_action(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9._-]{1,20}$'),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        description text NOT NULL DEFAULT '',
        sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (model_project_id, code)
      )`);
    await q.query(`CREATE INDEX goal_field_idx ON goal (field_of_action_id, sort_order)`);

    await q.query(`
      CREATE TABLE measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[A-Z0-9]{2,10}-M[0-9]{2,4}$'),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        summary text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        lead_unit_id uuid REFERENCES territorial_unit(id) ON DELETE RESTRICT,
        responsible_unit text NOT NULL DEFAULT '',
        contact_name text NOT NULL DEFAULT '',
        contact_email text,
        partners text[] NOT NULL DEFAULT '{}',
        priority text NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('HIGH','MEDIUM','LOW')),
        flagship boolean NOT NULL DEFAULT false,
        phase text NOT NULL CHECK (phase IN ('A','B')),
        planned_start date, planned_end date, actual_start date, actual_end date,
        status text NOT NULL DEFAULT 'IDEA' CHECK (status IN ('IDEA','PLANNING','IN_PROGRESS','IMPLEMENTED','CONTINUED','STOPPED')),
        oss_repository_url text,
        oss_licence text,
        oss_documentation_url text,
        transferability text NOT NULL DEFAULT 'NOT_ASSESSED' CHECK (transferability IN ('NOT_ASSESSED','LOW','MEDIUM','HIGH')),
        transferability_notes text NOT NULL DEFAULT '',
        continuation_plan text NOT NULL DEFAULT '',
        tags text[] NOT NULL DEFAULT '{}',
        published boolean NOT NULL DEFAULT false,
        manual_progress smallint CHECK (manual_progress BETWEEN 0 AND 100),
        manual_progress_reason text,
        manual_health text CHECK (manual_health IN ('ON_TRACK','AT_RISK','OFF_TRACK','NOT_ASSESSED')),
        manual_health_reason text,
        -- kept up to date by the API in the transaction that changes milestones or status reports:
        milestone_progress smallint,
        milestone_count integer NOT NULL DEFAULT 0,
        earliest_open_milestone_due date,
        last_report_on date,
        last_report_progress smallint,
        last_traffic_light text,
        search_document tsvector GENERATED ALWAYS AS (
          to_tsvector('german'::regconfig, code || ' ' || title || ' ' || summary || ' ' || responsible_unit)
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (model_project_id, code),
        CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
        CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start),
        CHECK (manual_progress IS NULL OR length(btrim(coalesce(manual_progress_reason, ''))) > 0),
        CHECK (manual_health IS NULL OR length(btrim(coalesce(manual_health_reason, ''))) > 0)
      )`);
    await q.query(`CREATE INDEX measure_project_status_idx ON measure (model_project_id, status)`);
    await q.query(`CREATE INDEX measure_project_title_idx ON measure (model_project_id, lower(title), id)`);
    await q.query(`CREATE INDEX measure_project_updated_idx ON measure (model_project_id, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX measure_project_planned_end_idx ON measure (model_project_id, planned_end, id)`);
    await q.query(`CREATE INDEX measure_lead_unit_idx ON measure (lead_unit_id)`);
    await q.query(`CREATE INDEX measure_search_idx ON measure USING gin (search_document)`);
    await q.query(`CREATE INDEX measure_tags_idx ON measure USING gin (tags)`);

    await q.query(`
      CREATE TABLE measure_field_of_action (
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        field_of_action_id uuid NOT NULL REFERENCES field_of_action(id) ON DELETE CASCADE,
        PRIMARY KEY (measure_id, field_of_action_id)
      )`);
    await q.query(
      `CREATE INDEX measure_field_of_action_field_idx ON measure_field_of_action (field_of_action_id, measure_id)`,
    );
    await q.query(`
      CREATE TABLE measure_goal (
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        goal_id uuid NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
        PRIMARY KEY (measure_id, goal_id)
      )`);
    await q.query(`CREATE INDEX measure_goal_goal_idx ON measure_goal (goal_id, measure_id)`);
    await q.query(`
      CREATE TABLE measure_participating_unit (
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        territorial_unit_id uuid NOT NULL REFERENCES territorial_unit(id) ON DELETE RESTRICT,
        PRIMARY KEY (measure_id, territorial_unit_id)
      )`);
    await q.query(
      `CREATE INDEX measure_participating_unit_unit_idx ON measure_participating_unit (territorial_unit_id, measure_id)`,
    );
    await q.query(`
      CREATE TABLE measure_adopter (
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        territorial_unit_id uuid NOT NULL REFERENCES territorial_unit(id) ON DELETE RESTRICT,
        PRIMARY KEY (measure_id, territorial_unit_id)
      )`);

    await q.query(`
      CREATE TABLE milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        description text NOT NULL DEFAULT '',
        baseline_date date NOT NULL,
        forecast_date date,
        completed_on date,
        weight smallint NOT NULL DEFAULT 1 CHECK (weight BETWEEN 0 AND 100),
        sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX milestone_measure_idx ON milestone (measure_id, baseline_date, id)`);
    await q.query(
      `CREATE INDEX milestone_open_due_idx ON milestone (model_project_id, (coalesce(forecast_date, baseline_date))) WHERE completed_on IS NULL`,
    );

    await q.query(`
      CREATE TABLE status_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        report_date date NOT NULL,
        traffic_light text NOT NULL CHECK (traffic_light IN ('GREEN','YELLOW','RED')),
        progress smallint NOT NULL CHECK (progress BETWEEN 0 AND 100),
        achieved text NOT NULL DEFAULT '',
        next_steps text NOT NULL DEFAULT '',
        risks text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(
      `CREATE INDEX status_report_measure_idx ON status_report (measure_id, report_date DESC, created_at DESC)`,
    );
    await q.query(`CREATE INDEX status_report_project_idx ON status_report (model_project_id, report_date DESC)`);

    await q.query(`
      CREATE TABLE indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        unit text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        baseline_value numeric(18,4),
        target_value numeric(18,4),
        target_date date,
        sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX indicator_measure_idx ON indicator (measure_id, sort_order)`);
    await q.query(`
      CREATE TABLE indicator_value (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        measured_on date NOT NULL,
        value numeric(18,4) NOT NULL,
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (indicator_id, measured_on)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'indicator_value',
      'indicator',
      'status_report',
      'milestone',
      'measure_adopter',
      'measure_participating_unit',
      'measure_goal',
      'measure_field_of_action',
      'measure',
      'goal',
      'field_of_action',
      'strategy_version',
      'strategy',
      'model_project_member',
      'model_project',
      'cluster',
      'territorial_unit',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
