import type { Assessment, Candidate, FeedbackAnswer, FeedbackAnswers, ScorecardQuestion, StatusChange } from '../domain';
import { scorecardToFill } from '../domain/feedback-parts';
import { buildAssessment } from './builders';
import type { MockDb, StoredFeedback } from './db';
import { createPrng, type Prng } from './prng';

/**
 * Reviewer feedback in the seed: a candidate whose assessments show each feedback situation, and answers for every
 * seeded reviewer who submitted. Made with a PRNG of its own, so the rest of the seed stays as it was.
 */
export const feedbackFixtureIds = {
  /** Noor Haddad (Backend Engineer, Platform): the assessments below. */
  candidate: 'cand-31',
  /**
   * Completed, ad hoc, the "Frontend take-home review" template (every question type), every reviewer's feedback
   * counts: Maya Goldberg (`rev-1`) is due, Tomás Herrera (`rev-2`) saved a draft, Aisha Bello (`rev-3`) submitted.
   */
  open: 'asmt-31-review',
  /** In progress, with the same reviewers: feedback is not open yet. */
  notCompleted: 'asmt-31-in-progress',
  /** Completed; both reviewers (Maya Goldberg, Tomás Herrera) submitted: feedback complete. */
  allSubmitted: 'asmt-31-reviewed',
  /**
   * Completed, from the "Technical Deep Dive" plan activity, whose rule is any one reviewer's feedback: Kenji
   * Watanabe (`rev-4`) submitted, so it is complete; Maya Goldberg (`rev-1`) is still due.
   */
  anyReviewer: 'asmt-31-any',
  reviewers: { due: 'rev-1', draft: 'rev-2', submitted: 'rev-3', anySubmitted: 'rev-4' },
} as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const LINK_DAYS = 7;

const notes = [
  'Clean separation of concerns; the tests cover the tricky cases.',
  'Solid solution. I would probe error handling in the onsite.',
  'Good instincts, but the state handling got tangled towards the end.',
  'Explained trade-offs clearly in the README.',
];

/** A plausible answer, made deterministic by the PRNG. */
function answerFor(question: ScorecardQuestion, prng: Prng): FeedbackAnswer {
  switch (question.type) {
    case 'stars':
      return prng.int(3, 5);
    case 'score':
      return prng.int(5, 9);
    case 'yes_no':
      return prng.next() < 0.75;
    case 'text':
      return prng.pick(notes);
    case 'single_select':
      return prng.pick(question.options);
    case 'multi_select': {
      const chosen = question.options.filter(() => prng.next() < 0.45);
      return chosen.length > 0 ? chosen : [prng.pick(question.options)];
    }
  }
}

/** Every question answered (submitted), or the first half (a draft in progress). */
function answersFor(questions: readonly ScorecardQuestion[], prng: Prng, { draft }: { draft: boolean }): FeedbackAnswers {
  const answered = draft ? questions.slice(0, Math.ceil(questions.length / 2)) : questions;
  return Object.fromEntries(answered.map((question) => [question.id, answerFor(question, prng)]));
}

interface FixtureSpec {
  id: string;
  status: 'completed' | 'in_progress';
  reviewerIds: string[];
  /** Feedback state by reviewer id (completed only). */
  states?: Record<string, 'draft' | 'submitted'>;
  sentDaysAgo: number;
  /** Another vendor's test (index into its catalogue) than CodeInterview's first. */
  test?: { providerId: string; index: number };
  extra?: Partial<Assessment>;
}

function fixtureAssessment(db: Pick<MockDb, 'testsByProvider' | 'reviewers'>, spec: FixtureSpec, nowMs: number, prng: Prng): Assessment {
  const iso = (ms: number) => new Date(ms).toISOString();
  const sent = nowMs - spec.sentDaysAgo * DAY;
  const started = sent + 5 * HOUR;
  const { providerId, index } = spec.test ?? { providerId: 'codeinterview', index: 0 };
  const test = db.testsByProvider[providerId]![index]!;
  const history: StatusChange[] = [];
  if (spec.extra?.source === 'plan') history.push({ status: 'not_sent', at: iso(sent - 3 * HOUR), note: `Created by the interview plan (${spec.extra.stageName})` });
  history.push({ status: 'sent', at: iso(sent), note: 'Sent by Dana Ruiz' }, { status: 'in_progress', at: iso(started), note: 'Vendor webhook' });
  const assessment = buildAssessment({
    id: spec.id,
    candidateId: feedbackFixtureIds.candidate,
    providerId: test.providerId,
    testId: test.id,
    testTitle: test.title,
    status: spec.status,
    vendorStatus: 'started',
    sentBy: 'Dana Ruiz',
    reviewers: spec.reviewerIds.map((id) => db.reviewers.find((r) => r.id === id)!),
    scorecard: { kind: 'template', templateId: 'tpl-frontend-takehome' },
    sentAt: iso(sent),
    startedAt: iso(started),
    expiresAt: iso(sent + LINK_DAYS * DAY),
    history,
    ...spec.extra,
  });
  if (spec.status === 'completed') {
    const completed = started + (test.durationMinutes - 17) * 60_000;
    Object.assign(assessment, {
      vendorStatus: 'completed',
      completedAt: iso(completed),
      score: { got: prng.int(62, 91), total: 100 },
      timeTakenSeconds: Math.round((completed - started) / 1000),
      reportUrl: `https://app.${test.providerId}.example.com/reports/${prng.hex(16)}`,
    } satisfies Partial<Assessment>);
    history.push({ status: 'completed', at: iso(completed), note: 'Vendor webhook' });
    assessment.feedback = spec.reviewerIds.map((reviewerId, index) => {
      const state = spec.states?.[reviewerId] ?? 'due';
      return { reviewerId, state, submittedAt: state === 'submitted' ? iso(completed + (index + 2) * HOUR) : null };
    });
  }
  assessment.revision = history.length + assessment.feedback.filter((f) => f.state !== 'due').length;
  return assessment;
}

/** Adds the feedback candidate and their assessments, then answers for every seeded draft and submission. */
export function seedFeedback(db: Omit<MockDb, 'feedback'>, nowIso: string): MockDb {
  const prng = createPrng(311);
  const nowMs = Date.parse(nowIso);
  const ids = feedbackFixtureIds;
  const candidate: Candidate = {
    id: ids.candidate,
    name: 'Noor Haddad',
    email: 'noor.haddad@mail.example.com',
    jobId: 'job-backend',
    jobTitle: 'Backend Engineer, Platform',
    stageId: 'stage-be-onsite',
  };
  const { due, draft, submitted, anySubmitted } = ids.reviewers;
  const fixtures = [
    fixtureAssessment(db, { id: ids.open, status: 'completed', reviewerIds: [due, draft, submitted], states: { [draft]: 'draft', [submitted]: 'submitted' }, sentDaysAgo: 3 }, nowMs, prng),
    fixtureAssessment(db, { id: ids.notCompleted, status: 'in_progress', reviewerIds: [due, draft, submitted], sentDaysAgo: 1 }, nowMs, prng),
    fixtureAssessment(db, { id: ids.allSubmitted, status: 'completed', reviewerIds: [due, draft], states: { [due]: 'submitted', [draft]: 'submitted' }, sentDaysAgo: 9 }, nowMs, prng),
    fixtureAssessment(
      db,
      {
        id: ids.anyReviewer,
        status: 'completed',
        reviewerIds: [anySubmitted, due],
        states: { [anySubmitted]: 'submitted' },
        sentDaysAgo: 6,
        // The plan activity's own test; the recruiter chose other reviewers when sending.
        test: { providerId: 'skillforge', index: 40 },
        extra: { source: 'plan', activityId: 'act-be-skillforge', stageName: 'Technical Deep Dive', scorecard: { kind: 'template', templateId: 'tpl-backend-design' } },
      },
      nowMs,
      prng,
    ),
  ];
  const full: MockDb = { ...db, candidates: [...db.candidates, candidate], assessments: [...db.assessments, ...fixtures], feedback: {} };
  for (const assessment of full.assessments) {
    const { questions } = scorecardToFill(assessment, full.scorecardTemplates);
    for (const entry of assessment.feedback) {
      if (entry.state === 'due') continue;
      const stored: StoredFeedback = {
        answers: answersFor(questions, prng, { draft: entry.state === 'draft' }),
        updatedAt: entry.submittedAt ?? assessment.completedAt ?? nowIso,
      };
      (full.feedback[assessment.id] ??= {})[entry.reviewerId] = stored;
    }
  }
  return full;
}
