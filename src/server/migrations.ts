import type { SqlClient } from './sql';

/**
 * The schema, as numbered migrations applied in order and recorded in `ak_schema_migrations`. A released migration
 * is never edited: a change is a new one. Several instances may start at once: an advisory lock makes one of them
 * migrate while the others wait, then find nothing left to do.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'core',
    sql: `
      CREATE TABLE ak_integrations (
        provider_id text PRIMARY KEY,
        state text NOT NULL CHECK (state IN ('not_connected', 'connected', 'needs_attention')),
        -- The vendor key, AES-256-GCM with the id of the key that sealed it; never stored in the clear.
        api_key_sealed text,
        api_key_suffix text,
        signing_secret_sealed text,
        webhook_token text UNIQUE,
        webhook_url text,
        connected_at text,
        connected_by text,
        last_webhook_at text,
        attention_reason text,
        CHECK ((state = 'not_connected') = (api_key_sealed IS NULL))
      );

      -- The vendors' catalogues as last synced: listTests pages and searches here, not at the vendor.
      CREATE TABLE ak_tests (
        provider_id text NOT NULL,
        test_id text NOT NULL,
        position integer NOT NULL,
        archived boolean NOT NULL,
        search_text text NOT NULL,
        doc jsonb NOT NULL,
        PRIMARY KEY (provider_id, test_id)
      );
      CREATE INDEX ak_tests_order ON ak_tests (provider_id, position);

      -- Plans keep their text as written (json, not jsonb): the host's own fields and key order come back byte for byte.
      CREATE TABLE ak_interview_plans (
        job_id text PRIMARY KEY,
        version integer NOT NULL CHECK (version >= 0),
        doc json NOT NULL
      );

      CREATE TABLE ak_assessments (
        id text PRIMARY KEY,
        seq bigserial UNIQUE,
        candidate_id text NOT NULL,
        provider_id text NOT NULL,
        test_id text NOT NULL,
        kind text NOT NULL,
        status text NOT NULL,
        activity_id text,
        -- Whose feedback completes the review, taken from the plan activity when it was created.
        feedback_policy text NOT NULL CHECK (feedback_policy IN ('every_reviewer', 'any_reviewer')),
        created_at timestamptz NOT NULL,
        revision integer NOT NULL,
        doc jsonb NOT NULL
      );
      CREATE INDEX ak_assessments_candidate ON ak_assessments (candidate_id, created_at DESC, seq DESC);
      CREATE INDEX ak_assessments_active_test ON ak_assessments (candidate_id, provider_id, test_id)
        WHERE status IN ('sent', 'in_progress');
      -- One new invitation per ended one, whichever request asks first.
      CREATE UNIQUE INDEX ak_assessments_resent_from ON ak_assessments ((doc->>'resentFromId'))
        WHERE doc->>'resentFromId' IS NOT NULL;
      -- Re-entering a stage creates nothing twice.
      CREATE UNIQUE INDEX ak_assessments_plan_activity ON ak_assessments (candidate_id, activity_id)
        WHERE activity_id IS NOT NULL AND status <> 'cancelled';

      -- Each reviewer's answers; their state (due, draft, submitted) is on the assessment.
      CREATE TABLE ak_feedback (
        assessment_id text NOT NULL REFERENCES ak_assessments (id),
        reviewer_id text NOT NULL,
        answers jsonb NOT NULL,
        updated_at text NOT NULL,
        submitted_at text,
        PRIMARY KEY (assessment_id, reviewer_id)
      );

      -- docs/rest-contract.md "Idempotency": a success, stored in the transaction of the write it answers.
      CREATE TABLE ak_idempotency (
        user_id text NOT NULL,
        operation text NOT NULL,
        idempotency_key text NOT NULL,
        fingerprint text NOT NULL,
        status integer,
        body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, operation, idempotency_key)
      );
      CREATE INDEX ak_idempotency_age ON ak_idempotency (created_at);
    `,
  },
  {
    version: 2,
    name: 'vendors',
    sql: `
      -- The vendor's id of the invitation or pad: what its webhooks and status reads name.
      ALTER TABLE ak_assessments ADD COLUMN vendor_assessment_id text;
      CREATE UNIQUE INDEX ak_assessments_vendor ON ak_assessments (provider_id, vendor_assessment_id)
        WHERE vendor_assessment_id IS NOT NULL;
      -- A send recorded before the vendor was called, not yet confirmed by it: hidden from lists, finished by a retry
      -- under the same key or by the reconciler.
      ALTER TABLE ak_assessments ADD COLUMN send_pending boolean NOT NULL DEFAULT false;
      -- A pending send of a plan activity: the activity as it was, put back if the vendor refuses the send.
      ALTER TABLE ak_assessments ADD COLUMN pending_restore jsonb;
      -- When it last changed, and when the reconciler may next ask the vendor about it (its backoff).
      ALTER TABLE ak_assessments ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      ALTER TABLE ak_assessments ADD COLUMN next_check_at timestamptz;
      ALTER TABLE ak_assessments ADD COLUMN check_failures integer NOT NULL DEFAULT 0;
      CREATE INDEX ak_assessments_reconcile ON ak_assessments (updated_at)
        WHERE status IN ('sent', 'in_progress');

      -- The assessment a claimed key's send recorded before calling the vendor (its answer is not stored yet).
      ALTER TABLE ak_idempotency ADD COLUMN pending_assessment_id text;
      CREATE INDEX ak_idempotency_pending ON ak_idempotency (pending_assessment_id) WHERE pending_assessment_id IS NOT NULL;

      -- Every webhook event, stored before the vendor hears 2xx: the primary key drops a repeated delivery.
      CREATE TABLE ak_webhook_events (
        provider_id text NOT NULL,
        dedupe_key text NOT NULL,
        vendor_assessment_id text,
        event_type text,
        occurred_at text,
        reading jsonb,
        confirm_with_vendor boolean NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        -- Set once, in the transaction that applied it (or found nothing to change).
        applied_at timestamptz,
        outcome text CHECK (outcome IN ('applied', 'no_change', 'unmatched')),
        attempts integer NOT NULL DEFAULT 0,
        PRIMARY KEY (provider_id, dedupe_key)
      );
      CREATE INDEX ak_webhook_events_pending ON ak_webhook_events (received_at) WHERE applied_at IS NULL;
    `,
  },
  {
    version: 3,
    name: 'pending send message',
    sql: `
      -- The recruiter's message for a pending send's invitation, kept until the vendor confirms it: a retry or the
      -- reconciler finishing the send asks with the same words.
      ALTER TABLE ak_assessments ADD COLUMN pending_message text;
    `,
  },
];

/** Any 64-bit number works, as long as it is the same in every instance: "ak-migrate". */
const MIGRATION_LOCK = 7_310_511_423_918_212;

/** Applies the migrations this database lacks; returns the versions it applied (none when up to date). */
export async function migrate(sql: SqlClient): Promise<number[]> {
  await sql.exec(`CREATE TABLE IF NOT EXISTS ak_schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const rows = await tx.query<{ version: number }>('SELECT version FROM ak_schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const pending = migrations.filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO ak_schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    return pending.map((m) => m.version);
  });
}

/** One statement at a time, so the same migration runs in a transaction on both drivers (no `;` in our literals). */
function splitStatements(text: string): string[] {
  return text
    .replace(/--[^\n]*/g, '')
    .split(/;\s*\n/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}
