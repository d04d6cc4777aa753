import type { FeedbackPolicy, InterviewPlan } from '../domain';
import { readActivity } from '../domain';
import { apiKeyPurpose } from './context';
import type { SecretBox } from './secrets';
import type { SqlClient } from './sql';
import { insertAssessment, insertPlan, replaceTests } from './store';
import type { SeedData } from './types';

const SEED_LOCK = 7_310_511_423_918_213;

/** Writes `seed` into an empty database (no integration, plan or assessment yet); a database in use is left alone. */
export async function seedIfEmpty(sql: SqlClient, secrets: SecretBox, seed: SeedData): Promise<boolean> {
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [used] = await tx.query(
      `SELECT 1 AS used WHERE EXISTS (SELECT 1 FROM ak_integrations) OR EXISTS (SELECT 1 FROM ak_interview_plans) OR EXISTS (SELECT 1 FROM ak_assessments)`,
    );
    if (used) return false;
    for (const integration of seed.integrations) {
      const key = integration.state === 'not_connected' ? null : integration.apiKey;
      await tx.query(
        `INSERT INTO ak_integrations (provider_id, state, api_key_sealed, api_key_suffix, webhook_token, webhook_url, connected_at, connected_by,
           last_webhook_at, attention_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          integration.providerId,
          integration.state,
          key === null ? null : await secrets.seal(key, apiKeyPurpose(integration.providerId)),
          key === null ? null : key.slice(-4),
          integration.webhookUrl?.split('/').at(-1) ?? null,
          integration.webhookUrl,
          integration.connectedAt,
          integration.connectedBy,
          integration.lastWebhookAt,
          integration.attentionReason,
        ],
      );
    }
    for (const [providerId, tests] of Object.entries(seed.tests)) await replaceTests(tx, providerId, tests);
    for (const plan of seed.plans) await insertPlan(tx, plan);
    const policies = activityPolicies(seed.plans);
    for (const assessment of seed.assessments) {
      const policy = (assessment.activityId && policies.get(assessment.activityId)) || 'every_reviewer';
      await insertAssessment(tx, assessment, policy, assessment.history[0]?.at ?? new Date(0).toISOString());
    }
    for (const assessment of seed.assessments) {
      for (const [reviewerId, saved] of Object.entries(seed.feedback[assessment.id] ?? {})) {
        const submittedAt = assessment.feedback.find((f) => f.reviewerId === reviewerId && f.state === 'submitted')?.submittedAt ?? null;
        await tx.query(
          'INSERT INTO ak_feedback (assessment_id, reviewer_id, answers, updated_at, submitted_at) VALUES ($1, $2, $3::jsonb, $4, $5)',
          [assessment.id, reviewerId, JSON.stringify(saved.answers), saved.updatedAt, submittedAt],
        );
      }
    }
    return true;
  });
}

/** Each plan activity's feedback rule, by activity id. */
function activityPolicies(plans: readonly InterviewPlan[]): Map<string, FeedbackPolicy> {
  const policies = new Map<string, FeedbackPolicy>();
  for (const plan of plans) {
    for (const stage of plan.stages) {
      for (const activity of stage.activities) {
        const read = readActivity(activity);
        if (read.kind === 'assessment') policies.set(read.activity.id, read.activity.feedbackFrom ?? 'every_reviewer');
      }
    }
  }
  return policies;
}
