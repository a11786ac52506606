import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Phase A/B funding: the programme (as data), cost categories, grants, cost plans, expenditures, call-offs and
 * proofs. Money is integer cents (bigint); rates are basis points (6500 = 65 %).
 */
export class Funding1795269600000 implements MigrationInterface {
  name = 'Funding1795269600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE funding_programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        funder text NOT NULL,
        standard_rate_bp integer NOT NULL CHECK (standard_rate_bp BETWEEN 0 AND 10000),
        emergency_rate_bp integer NOT NULL CHECK (emergency_rate_bp BETWEEN 0 AND 10000),
        phase_a_cap_cents bigint NOT NULL CHECK (phase_a_cap_cents >= 0),
        phase_a_measures_cap_cents bigint NOT NULL CHECK (phase_a_measures_cap_cents >= 0),
        phase_b_cap_cents bigint NOT NULL CHECK (phase_b_cap_cents >= 0),
        proof_months_a integer NOT NULL CHECK (proof_months_a > 0),
        proof_months_b integer NOT NULL CHECK (proof_months_b > 0),
        interim_proof_months integer NOT NULL CHECK (interim_proof_months > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      INSERT INTO funding_programme (code, name, funder, standard_rate_bp, emergency_rate_bp, phase_a_cap_cents,
        phase_a_measures_cap_cents, phase_b_cap_cents, proof_months_a, proof_months_b, interim_proof_months)
      VALUES ('MPSC-436', 'Modellprojekte Smart Cities', 'KfW (Programm 436) für das BMWSB', 6500, 9000, 250000000, 100000000,
        1500000000, 30, 66, 4)`);

    // The same rounding as splitShares() in the shared domain library: half up to the cent, sign kept. Applied per
    // plan entry and per expenditure, and summed, so that every total of a statement adds up.
    await q.query(`
      CREATE FUNCTION federal_share(amount bigint, rate_bp integer) RETURNS bigint
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE WHEN amount < 0 THEN -((-amount * rate_bp + 5000) / 10000) ELSE (amount * rate_bp + 5000) / 10000 END
      $$`);

    await q.query(`
      CREATE TABLE cost_category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z_]{2,40}$'),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        sort_order integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      INSERT INTO cost_category (code, name, sort_order) VALUES
        ('PERSONAL', 'Personal', 1),
        ('SACHKOSTEN', 'Sachkosten', 2),
        ('FREMDLEISTUNGEN', 'Fremdleistungen/Beratung', 3),
        ('INVESTITIONEN', 'Investitionen', 4),
        ('OEFFENTLICHKEITSARBEIT', 'Öffentlichkeitsarbeit/Beteiligung', 5)`);

    await q.query(`
      CREATE TABLE "grant" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        programme_id uuid NOT NULL REFERENCES funding_programme(id) ON DELETE RESTRICT,
        phase text NOT NULL CHECK (phase IN ('A','B')),
        commitment_number text NOT NULL DEFAULT '',
        commitment_date date,
        period_start date,
        period_end date,
        funding_rate_bp integer NOT NULL CHECK (funding_rate_bp BETWEEN 0 AND 10000),
        eligible_costs_cents bigint NOT NULL CHECK (eligible_costs_cents >= 0),
        grant_amount_cents bigint NOT NULL CHECK (grant_amount_cents >= 0),
        own_share_cents bigint NOT NULL CHECK (own_share_cents >= 0),
        notes text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (model_project_id, phase),
        CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
      )`);

    await q.query(`
      CREATE TABLE cost_plan_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        year smallint NOT NULL CHECK (year BETWEEN 2015 AND 2040),
        cost_category_id uuid NOT NULL REFERENCES cost_category(id) ON DELETE RESTRICT,
        planned_cents bigint NOT NULL CHECK (planned_cents >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (measure_id, year, cost_category_id)
      )`);
    await q.query(
      `CREATE INDEX cost_plan_entry_project_idx ON cost_plan_entry (model_project_id, year, cost_category_id)`,
    );

    await q.query(`
      CREATE TABLE expenditure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        cost_category_id uuid NOT NULL REFERENCES cost_category(id) ON DELETE RESTRICT,
        spent_on date NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents <> 0),
        description text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 500),
        document_reference text NOT NULL DEFAULT '',
        recorded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX expenditure_project_idx ON expenditure (model_project_id, spent_on, id)`);
    await q.query(`CREATE INDEX expenditure_measure_idx ON expenditure (measure_id, spent_on DESC, id)`);

    await q.query(`
      CREATE TABLE call_off (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        grant_id uuid NOT NULL REFERENCES "grant"(id) ON DELETE CASCADE,
        requested_on date NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        period_start date NOT NULL,
        period_end date NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED','PAID','REJECTED')),
        paid_on date,
        reference text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (period_end >= period_start),
        CHECK (status <> 'PAID' OR paid_on IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX call_off_grant_idx ON call_off (grant_id, requested_on)`);
    await q.query(`CREATE INDEX call_off_project_idx ON call_off (model_project_id, requested_on)`);

    await q.query(`
      CREATE TABLE proof (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_project_id uuid NOT NULL REFERENCES model_project(id) ON DELETE CASCADE,
        grant_id uuid NOT NULL REFERENCES "grant"(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('INTERIM','FINAL')),
        period_start date NOT NULL,
        period_end date NOT NULL,
        submitted_on date,
        notes text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (period_end >= period_start)
      )`);
    await q.query(`CREATE UNIQUE INDEX proof_final_key ON proof (grant_id) WHERE kind = 'FINAL'`);
    await q.query(`CREATE INDEX proof_project_idx ON proof (model_project_id, period_end)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'proof',
      'call_off',
      'expenditure',
      'cost_plan_entry',
      '"grant"',
      'cost_category',
      'funding_programme',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS federal_share(bigint, integer)`);
  }
}
