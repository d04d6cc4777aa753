import type {
  Activity,
  Assessment,
  AssessmentStatus,
  AssessmentTest,
  Candidate,
  InterviewPlan,
  Provider,
  Reviewer,
  ScorecardChoice,
  ScorecardQuestion,
  LifecycleStatus,
  ScorecardTemplate,
  SendAssessmentActivity,
  StatusChange,
} from '../domain';
import { isSendAssessmentActivity } from '../domain';
import { buildAssessment, disconnectedIntegrationFields } from './builders';
import { feedbackFixtureIds, seedFeedback } from './feedback-seed';
import { liveInterviewFixtureIds, seedLiveInterviews } from './live-interview-seed';
import { createPrng } from './prng';
import type { Prng } from './prng';
import type { MockCatalogue, MockDb, StoredIntegration } from './db';

/** The mock's "now": every seeded timestamp is relative to it, so stories render the same on every run. */
export const MOCK_NOW = '2026-11-02T09:00:00.000Z';
/** Who the mock thinks is signed in: named in `connectedBy` and in history notes of what the UI does. */
export const MOCK_CURRENT_USER = 'Dana Ruiz';
/** Days an invitation stays valid; resend starts the clock again. */
export const MOCK_LINK_VALID_DAYS = 7;

export type { MockCatalogue, MockDb, StoredIntegration } from './db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const nowMs = Date.parse(MOCK_NOW);
const at = (msBeforeNow: number) => new Date(nowMs - msBeforeNow).toISOString();

// ---------------------------------------------------------------------------------------------- providers

const mockProviders: Provider[] = [
  {
    id: 'codeinterview',
    name: 'CodeInterview',
    description: 'Live coding pads and take-home tests (RemoteInterview) with automatic scoring.',
    logoUrl: null,
    apiKeySteps: ['Sign in to CodeInterview', 'Click your profile icon', 'Open Integrations and copy the API key'],
    webhookSteps: [
      'In CodeInterview, open Tests',
      'Click your profile name icon, then Integrations',
      'Paste the URL into Outgoing Webhooks and save',
    ],
    docsUrl: 'https://codeinterview.io/docs/api',
    signsWebhooks: false,
    linkLifetime: { defaultDays: 7, maxDays: 30 },
    capabilities: { liveInterviews: true },
  },
  {
    id: 'skillforge',
    name: 'SkillForge',
    description: 'Role-based skill tests with plagiarism detection, live pairing rooms and signed webhooks.',
    logoUrl: null,
    apiKeySteps: ['Sign in to SkillForge as an admin', 'Open Settings > API access', 'Create a key named after your ATS and copy it'],
    webhookSteps: [
      'In SkillForge, open Settings > Webhooks',
      'Click Add endpoint and paste the URL',
      'Select the "assessment.*" events and save',
    ],
    docsUrl: 'https://docs.skillforge.example.com/webhooks',
    signsWebhooks: true,
    linkLifetime: { defaultDays: 7, maxDays: 14 },
    capabilities: { liveInterviews: true },
  },
  {
    id: 'devscreen',
    name: 'DevScreen',
    description: 'Short screening quizzes for high-volume roles.',
    logoUrl: null,
    apiKeySteps: ['Sign in to DevScreen', 'Go to Company settings > Developers', 'Copy the API key'],
    webhookSteps: ['In DevScreen, open Company settings > Developers', 'Paste the URL under Callback URL and save'],
    docsUrl: 'https://devscreen.example.com/help/ats',
    signsWebhooks: false,
    linkLifetime: { defaultDays: 3, maxDays: 10 },
    capabilities: { liveInterviews: false },
  },
];

/** Where each mock vendor hosts reports, for `reportUrl`. */
export const mockReportBaseUrls: Record<string, string> = {
  codeinterview: 'https://app.codeinterview.io/reports',
  skillforge: 'https://app.skillforge.example.com/results',
  devscreen: 'https://devscreen.example.com/r',
};

const testIdPrefix: Record<string, string> = { codeinterview: 'ci', skillforge: 'sf', devscreen: 'ds' };

export function webhookUrlFor(providerId: string, token: string): string {
  return `https://ats.example.com/webhooks/assessments/${providerId}/${token}`;
}

// ---------------------------------------------------------------------------------------------- catalogue

const roles: ReadonlyArray<{ title: string; languages: string[] }> = [
  { title: 'Senior Frontend (React)', languages: ['TypeScript', 'JavaScript'] },
  { title: 'Backend (Go)', languages: ['Go'] },
  { title: 'Data Engineer (SQL + Python)', languages: ['SQL', 'Python'] },
  { title: 'Backend (Node.js)', languages: ['TypeScript', 'JavaScript'] },
  { title: 'Frontend (Vue)', languages: ['JavaScript', 'TypeScript'] },
  { title: 'Backend (Java, Spring)', languages: ['Java', 'Kotlin'] },
  { title: 'Python Backend (Django)', languages: ['Python'] },
  { title: 'Machine Learning Engineer', languages: ['Python'] },
  { title: 'Mobile (iOS, Swift)', languages: ['Swift'] },
  { title: 'Mobile (Android, Kotlin)', languages: ['Kotlin'] },
  { title: 'Site Reliability Engineer', languages: ['Go', 'Bash'] },
  { title: 'Full-stack (Ruby on Rails)', languages: ['Ruby', 'JavaScript'] },
  { title: 'Embedded (C++)', languages: ['C++', 'C'] },
];
const formats: ReadonlyArray<{ name: string; durations: number[] }> = [
  { name: 'Take-home', durations: [120, 180, 240] },
  { name: 'Live pairing', durations: [60, 90] },
  { name: 'Screening quiz', durations: [30, 45] },
  { name: 'System design', durations: [60, 75] },
];
const DEFAULT_TESTS_PER_PROVIDER = 52;
const LARGE_TESTS_PER_PROVIDER = 10_000;

/** Every 26th test, from the 13th (`ci-test-13`, `ci-test-39`...), was archived in the vendor. No plan or seeded send uses one. */
const isArchivedTestIndex = (index: number) => index % 26 === 12;

/** Ids are `ci-test-1`, `sf-test-1`...; the default catalogue is a prefix of the large one. */
function mockTestId(providerId: string, index: number): string {
  return `${testIdPrefix[providerId] ?? providerId}-test-${index + 1}`;
}

function generateTests(providerId: string, count: number): AssessmentTest[] {
  const prng = createPrng(hashString(providerId));
  const tests: AssessmentTest[] = [];
  for (let i = 0; i < count; i++) {
    const role = roles[i % roles.length]!;
    const format = formats[Math.floor(i / roles.length) % formats.length]!;
    const revision = Math.floor(i / (roles.length * formats.length));
    tests.push({
      id: mockTestId(providerId, i),
      providerId,
      title: `${role.title} — ${format.name}${revision > 0 ? ` (rev. ${revision + 1})` : ''}`,
      durationMinutes: prng.pick(format.durations),
      languages: [...role.languages],
      updatedAt: at(i * 5 * HOUR + prng.int(0, 59) * 60_000),
      archived: isArchivedTestIndex(i),
    });
  }
  return tests;
}

// ---------------------------------------------------------------------------------------------- people

const seededReviewers: ReadonlyArray<[name: string, title: string | null]> = [
  ['Maya Goldberg', 'Staff Frontend Engineer'],
  ['Tomás Herrera', 'Engineering Manager, Web'],
  ['Aisha Bello', 'Senior Backend Engineer'],
  ['Kenji Watanabe', 'Principal Engineer'],
  ['Sofia Lindqvist', 'Senior Data Engineer'],
  ['Rahul Mehta', 'Engineering Manager, Platform'],
  ['Chloé Dubois', 'Frontend Engineer'],
  ['Daniel Kim', 'Site Reliability Engineer'],
  ['Fatima Al-Sayed', 'Machine Learning Engineer'],
  ['Oliver Brennan', 'Senior Backend Engineer'],
  ['Lucía Fernández', 'Data Platform Lead'],
  ['Noah Schmidt', 'Staff Engineer'],
  ['Grace Owusu', 'Senior Frontend Engineer'],
  ['Ivan Petrov', 'Backend Engineer'],
  ['Hannah Müller', 'Engineering Manager, Data'],
  ['Samuel Adeyemi', 'Mobile Engineer'],
  ['Emma Rossi', 'QA Lead'],
  ['Wei Zhang', 'Senior Software Engineer'],
  ['Zoe Patel', 'Security Engineer'],
  ['Lucas Martin', 'Frontend Engineer'],
  ['Amara Nwosu', 'Senior Site Reliability Engineer'],
  ['Jonas Berg', 'Backend Engineer'],
  ['Isabella Costa', 'Director of Engineering'],
  ['Mohammed Rahman', 'Data Scientist'],
  ['Priya Natarajan', null],
];
const firstNames = ['Alex', 'Jordan', 'Taylor', 'Morgan', 'Riley', 'Casey', 'Jamie', 'Avery', 'Quinn', 'Rowan', 'Sasha', 'Robin', 'Elena', 'Mateo', 'Yuki', 'Nadia', 'Kofi', 'Leila', 'Arjun', 'Ingrid'];
const lastNames = ['Nguyen', 'Silva', 'Kowalski', 'Okoro', 'Haddad', 'Johansson', 'Tanaka', 'García', 'Novak', 'Murphy', 'Singh', 'Cohen', 'Dimitrov', 'Larsen', 'Moreau', 'Ali', 'Park', 'Schneider', 'Rossi', 'Mensah'];
const reviewerTitles = ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Engineering Manager', 'Tech Lead', 'Data Engineer'];
const SEEDED_REVIEWER_COUNT = seededReviewers.length;
const LARGE_REVIEWER_COUNT = 2_000;

const emailFor = (name: string, n?: number) =>
  `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}${n === undefined ? '' : n}@acme.example.com`;

const mockReviewerId = (index: number) => `rev-${index + 1}`;

function generateReviewers(count: number): Reviewer[] {
  const reviewers: Reviewer[] = seededReviewers.map(([name, title], i) => ({
    id: mockReviewerId(i),
    name,
    email: emailFor(name),
    title,
    avatarUrl: null,
  }));
  for (let i = SEEDED_REVIEWER_COUNT; i < count; i++) {
    const k = i - SEEDED_REVIEWER_COUNT;
    const name = `${firstNames[k % firstNames.length]!} ${lastNames[Math.floor(k / firstNames.length) % lastNames.length]!}`;
    // The name pairs repeat after 400 people, so a number keeps emails unique.
    reviewers.push({ id: mockReviewerId(i), name, email: emailFor(name, k), title: reviewerTitles[k % reviewerTitles.length]!, avatarUrl: null });
  }
  return reviewers;
}

// ---------------------------------------------------------------------------------------------- scorecards

const question = (
  id: string,
  prompt: string,
  type: ScorecardQuestion['type'],
  required: boolean,
  options: string[] = [],
): ScorecardQuestion => ({ id, prompt, type, required, options });

const mockScorecardTemplates: ScorecardTemplate[] = [
  {
    id: 'tpl-frontend-takehome',
    name: 'Frontend take-home review',
    questions: [
      question('q-fe-quality', 'Code quality and structure', 'stars', true),
      question('q-fe-overall', 'Overall score', 'score', true),
      question('q-fe-a11y', 'Is the UI keyboard and screen-reader accessible?', 'yes_no', true),
      question('q-fe-level', 'Seniority signal', 'single_select', true, ['Junior', 'Mid-level', 'Senior', 'Staff']),
      question('q-fe-areas', 'Areas handled well', 'multi_select', false, ['State management', 'Testing', 'Performance', 'Accessibility', 'CSS architecture']),
      question('q-fe-notes', 'Strengths and concerns', 'text', false),
    ],
  },
  {
    id: 'tpl-backend-design',
    name: 'Backend system design',
    questions: [
      question('q-be-api', 'API design', 'stars', true),
      question('q-be-scaling', 'Reasoning about scale and failure', 'stars', true),
      question('q-be-storage', 'Storage choice', 'single_select', true, ['Relational', 'Document', 'Key-value', 'Event log']),
      question('q-be-hire', 'Would you like to work with this person?', 'yes_no', true),
      question('q-be-notes', 'Notes for the debrief', 'text', false),
    ],
  },
  {
    id: 'tpl-data-pipeline',
    name: 'Data pipeline exercise',
    questions: [
      question('q-data-sql', 'SQL fluency', 'score', true),
      question('q-data-modeling', 'Data modelling', 'stars', true),
      question('q-data-tools', 'Tools used appropriately', 'multi_select', false, ['dbt', 'Airflow', 'Spark', 'Pandas', 'Window functions']),
      question('q-data-tests', 'Did they test the pipeline?', 'yes_no', false),
    ],
  },
  {
    id: 'tpl-general-screen',
    name: 'General technical screen',
    questions: [
      question('q-gen-problem', 'Problem solving', 'stars', true),
      question('q-gen-communication', 'Communication', 'stars', true),
      question('q-gen-recommendation', 'Recommendation', 'single_select', true, ['Strong no', 'No', 'Yes', 'Strong yes']),
      question('q-gen-notes', 'Summary', 'text', true),
    ],
  },
  {
    id: 'tpl-pairing-debrief',
    name: 'Pairing session debrief',
    questions: [
      question('q-pair-collab', 'Collaboration', 'score', true),
      question('q-pair-debug', 'Debugging approach', 'stars', false),
      question('q-pair-again', 'Would pair with them again?', 'yes_no', true),
    ],
  },
];

// ---------------------------------------------------------------------------------------------- jobs and plans

const backendInlineQuestions: ScorecardQuestion[] = [
  question('q-inline-correctness', 'Correctness of the solution', 'score', true),
  question('q-inline-concurrency', 'Handles concurrency safely?', 'yes_no', true),
  question('q-inline-notes', 'Anything the onsite panel should probe', 'text', false),
];

function sendActivity(
  id: string,
  providerId: string,
  testIndex: number,
  reviewerIndexes: number[],
  scorecard: ScorecardChoice,
  tests: Record<string, AssessmentTest[]>,
  policy: Pick<SendAssessmentActivity, 'feedbackFrom' | 'autoSend'> = { feedbackFrom: 'every_reviewer', autoSend: false },
): SendAssessmentActivity {
  const test = tests[providerId]![testIndex]!;
  return {
    id,
    type: 'send_assessment',
    providerId,
    testId: test.id,
    testTitle: test.title,
    testArchived: test.archived,
    reviewerIds: reviewerIndexes.map(mockReviewerId),
    scorecard,
    ...policy,
  };
}

/** A host's own activity; `fields` are the host's (duration, interviewers, location...), which the kit never reads. */
const other = (id: string, type: string, title: string, fields: Record<string, unknown> = {}): Activity => ({ id, type, title, ...fields });

function buildPlans(tests: Record<string, AssessmentTest[]>): Record<string, InterviewPlan> {
  return {
    'job-frontend': {
      jobId: 'job-frontend',
      jobTitle: 'Senior Frontend Engineer',
      version: 3,
      // The host's own plan and stage fields: the kit never reads them, and a save keeps them.
      hiringTeamId: 'team-web-platform',
      stages: [
        { id: 'stage-fe-review', name: 'Application Review', activities: [other('act-fe-resume', 'review', 'Resume review')] },
        { id: 'stage-fe-recruiter', name: 'Recruiter Screen', slaDays: 3, activities: [other('act-fe-recruiter', 'interview', 'Recruiter call', { durationMinutes: 30, interviewerIds: ['rev-25'], location: 'Phone' })] },
        {
          id: 'stage-fe-technical',
          name: 'Technical Assessment',
          activities: [
            sendActivity('act-fe-codeinterview', 'codeinterview', 0, [0, 1], { kind: 'template', templateId: 'tpl-frontend-takehome' }, tests),
          ],
        },
        { id: 'stage-fe-hm', name: 'Hiring Manager Screen', activities: [other('act-fe-hm', 'interview', 'Hiring manager screen', { durationMinutes: 45, interviewerIds: ['rev-2'], location: 'Video call' })] },
        {
          id: 'stage-fe-onsite',
          name: 'Onsite',
          activities: [
            other('act-fe-onsite-design', 'interview', 'Frontend system design', { durationMinutes: 60, interviewerIds: ['rev-4', 'rev-13'], location: 'Berlin office, room 3.14' }),
            other('act-fe-onsite-pairing', 'interview', 'Pairing session', { durationMinutes: 90, interviewerIds: ['rev-7'], location: 'Berlin office, room 3.14' }),
            other('act-fe-onsite-values', 'interview', 'Values interview', { durationMinutes: 45, interviewerIds: ['rev-23'], location: 'Video call' }),
          ],
        },
        { id: 'stage-fe-offer', name: 'Offer', activities: [other('act-fe-offer', 'email', 'Send offer letter', { templateId: 'email-offer-standard' })] },
      ],
    },
    'job-backend': {
      jobId: 'job-backend',
      jobTitle: 'Backend Engineer, Platform',
      version: 1,
      stages: [
        { id: 'stage-be-review', name: 'Application Review', activities: [] },
        {
          id: 'stage-be-technical',
          name: 'Technical Assessment',
          activities: [
            sendActivity('act-be-codeinterview', 'codeinterview', 1, [2, 5], { kind: 'questions', questions: backendInlineQuestions }, tests),
            other('act-be-email', 'email', 'Assessment instructions email'),
          ],
        },
        {
          id: 'stage-be-deep-dive',
          name: 'Technical Deep Dive',
          activities: [
            sendActivity('act-be-skillforge', 'skillforge', 40, [3, 9], { kind: 'template', templateId: 'tpl-backend-design' }, tests, {
              feedbackFrom: 'any_reviewer',
              autoSend: true,
            }),
          ],
        },
        { id: 'stage-be-onsite', name: 'Onsite', activities: [other('act-be-onsite', 'interview', 'Onsite loop')] },
        { id: 'stage-be-offer', name: 'Offer', activities: [] },
      ],
    },
    'job-data': {
      jobId: 'job-data',
      jobTitle: 'Data Engineer',
      version: 2,
      stages: [
        { id: 'stage-data-review', name: 'Application Review', activities: [other('act-data-resume', 'review', 'Resume review')] },
        { id: 'stage-data-recruiter', name: 'Recruiter Screen', activities: [other('act-data-recruiter', 'interview', 'Recruiter call')] },
        { id: 'stage-data-technical', name: 'Technical Assessment', activities: [] },
        { id: 'stage-data-onsite', name: 'Onsite', activities: [other('act-data-onsite', 'interview', 'Onsite loop')] },
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------- candidates

const candidateNames = [
  'Ava Chen', 'Ben Okafor', 'Carla Mendes', 'Dev Sharma', 'Elif Yılmaz', 'Finn O’Connor', 'Gabriela Souza', 'Hiro Sato',
  'Imani Brooks', 'Jakub Nowak', 'Kiara Thompson', 'Liam Walsh', 'Mei Lin', 'Nikolai Ivanov', 'Olivia Grant',
  'Pedro Alvarez', 'Qi Wang', 'Rosa Jimenez', 'Sven Andersson', 'Tara Reddy', 'Umar Farouk', 'Valentina Ricci',
  'Will Harper', 'Ximena Ortiz', 'Yusuf Demir', 'Zara Hussain', 'Aaron Blake', 'Bianca Vogel', 'Caleb Wright', 'Divya Iyer',
];
const jobStages: Record<string, string[]> = {
  // Weighted towards the technical stage so plan-created assessments are common.
  'job-frontend': ['stage-fe-review', 'stage-fe-recruiter', 'stage-fe-technical', 'stage-fe-technical', 'stage-fe-hm', 'stage-fe-onsite', 'stage-fe-offer'],
  'job-backend': ['stage-be-review', 'stage-be-technical', 'stage-be-technical', 'stage-be-deep-dive', 'stage-be-onsite'],
  'job-data': ['stage-data-review', 'stage-data-recruiter', 'stage-data-technical', 'stage-data-onsite'],
};
/** Ad-hoc sends pick tests that fit the job (indexes into `roles`). */
const jobRoleIndexes: Record<string, number[]> = {
  'job-frontend': [0, 4],
  'job-backend': [1, 3, 5, 6],
  'job-data': [2, 7],
};
const jobTitles: Record<string, string> = {
  'job-frontend': 'Senior Frontend Engineer',
  'job-backend': 'Backend Engineer, Platform',
  'job-data': 'Data Engineer',
};

const mockCandidateId = (index: number) => `cand-${String(index + 1).padStart(2, '0')}`;

/** Ids stories and tests can rely on. */
export const mockIds = {
  providers: { codeinterview: 'codeinterview', skillforge: 'skillforge', devscreen: 'devscreen' },
  /** Not connected / connected (signs webhooks) / needs attention. */
  notConnectedProvider: 'codeinterview',
  connectedProvider: 'skillforge',
  needsAttentionProvider: 'devscreen',
  /** One assessment in each of the seven statuses. */
  candidateWithEveryStatus: 'cand-01',
  candidateWithNoAssessments: 'cand-02',
  /** Only a plan-created CodeInterview activity waiting to be sent. */
  candidateWithPendingActivity: 'cand-03',
  /** Only a completed assessment with a score and report. */
  candidateWithCompletedAssessment: 'cand-04',
  /** Only a sent SkillForge assessment (connected provider, so resend works). */
  candidateWithActiveAssessment: 'cand-05',
  assessmentsOfCandidateWithEveryStatus: {
    not_sent: 'asmt-01-not-sent',
    sent: 'asmt-01-sent',
    in_progress: 'asmt-01-in-progress',
    completed: 'asmt-01-completed',
    expired: 'asmt-01-expired',
    cancelled: 'asmt-01-cancelled',
    failed: 'asmt-01-failed',
  } satisfies Record<LifecycleStatus, string>,
  /** Plan with a CodeInterview activity under "Technical Assessment" (version 3). */
  jobWithPlan: 'job-frontend',
  /** Plan with CodeInterview and SkillForge activities, inline scorecard questions (version 1). */
  jobWithTwoProviders: 'job-backend',
  /** Plan without any assessment activity (version 2). */
  jobWithoutAssessmentActivity: 'job-data',
  planActivity: 'act-fe-codeinterview',
  technicalStage: 'stage-fe-technical',
  codeInterviewTest: 'ci-test-1',
  skillForgeTest: 'sf-test-1',
  /** Archived in SkillForge: listed, but sending it is refused. */
  archivedSkillForgeTest: 'sf-test-13',
  scorecardTemplate: 'tpl-frontend-takehome',
  reviewers: ['rev-1', 'rev-2', 'rev-3'],
  /** Reviewer feedback in each situation (sign in as a reviewer with the seed option `currentUserId`). */
  feedback: feedbackFixtureIds,
  /** A candidate with a live interview in each state, and a test beside them. */
  liveInterviews: liveInterviewFixtureIds,
} as const;

// ---------------------------------------------------------------------------------------------- assessments

const recruiters = [MOCK_CURRENT_USER, 'Marcus Lee', 'Priya Natarajan'];
const cancelReasons = ['Candidate withdrew', 'Sent the wrong test', 'Position filled'];
const failReasons = ['The invitation email bounced.', 'The test was archived in the vendor.'];

interface AssessmentSpec {
  id: string;
  candidateId: string;
  providerId: string;
  testIndex: number;
  status: AssessmentStatus;
  /** When it was sent (or, for not_sent, created), before MOCK_NOW. */
  msAgo: number;
  plan?: PlanActivity;
  reviewerIds: string[];
  scorecard: ScorecardChoice | null;
}

/** Builds a consistent assessment: timestamps in order and in the past, history from creation to the current status. */
function seedAssessment(spec: AssessmentSpec, db: Pick<MockDb, 'testsByProvider' | 'reviewers'>, prng: Prng): Assessment {
  const activity = spec.plan?.activity;
  const tests = db.testsByProvider[activity?.providerId ?? spec.providerId]!;
  const test = activity ? tests.find((t) => t.id === activity.testId)! : tests[spec.testIndex]!;
  const history: StatusChange[] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const recruiter = prng.pick(recruiters);
  const assessment = buildAssessment({
    id: spec.id,
    candidateId: spec.candidateId,
    providerId: test.providerId,
    testId: test.id,
    testTitle: test.title,
    status: spec.status,
    source: activity ? 'plan' : 'ad_hoc',
    activityId: activity?.id ?? null,
    stageName: spec.plan?.stageName ?? null,
    reviewers: spec.reviewerIds.map((id) => db.reviewers.find((r) => r.id === id)!),
    scorecard: spec.scorecard,
    history,
  });
  const sent = nowMs - spec.msAgo;
  if (spec.plan) {
    // A plan activity waits a few hours before a recruiter sends it.
    const created = spec.status === 'not_sent' ? sent : sent - prng.int(1, 20) * HOUR;
    history.push({ status: 'not_sent', at: iso(created), note: `Created by the interview plan (${spec.plan.stageName})` });
    if (spec.status === 'not_sent') return assessment;
  }
  assessment.sentAt = iso(sent);
  assessment.sentBy = recruiter;
  assessment.expiresAt = iso(sent + MOCK_LINK_VALID_DAYS * DAY);
  history.push({ status: 'sent', at: iso(sent), note: `Sent by ${recruiter}` });
  if (assessment.providerId === 'codeinterview') assessment.vendorStatus = 'accepted';

  const started = sent + Math.min(prng.int(2, 30) * HOUR, spec.msAgo - HOUR);
  switch (spec.status) {
    case 'in_progress':
      assessment.startedAt = iso(started);
      assessment.vendorStatus = 'started';
      history.push({ status: 'in_progress', at: iso(started), note: 'Vendor webhook' });
      break;
    case 'completed': {
      const completed = started + test.durationMinutes * 60_000 - prng.int(0, 20) * 60_000;
      assessment.startedAt = iso(started);
      assessment.completedAt = iso(completed);
      assessment.score = { got: prng.int(38, 98), total: 100 };
      assessment.timeTakenSeconds = Math.round((completed - started) / 1000);
      assessment.reportUrl = `${mockReportBaseUrls[assessment.providerId]}/${prng.hex(16)}`;
      assessment.vendorStatus = 'completed';
      // The first reviewer has submitted, the others are still due.
      assessment.feedback = assessment.reviewers.map((reviewer, index) => ({
        reviewerId: reviewer.id,
        state: index === 0 ? 'submitted' : 'due',
        submittedAt: index === 0 ? iso(completed + 6 * HOUR) : null,
      }));
      history.push({ status: 'in_progress', at: iso(started), note: 'Vendor webhook' });
      history.push({ status: 'completed', at: iso(completed), note: 'Vendor webhook' });
      break;
    }
    case 'expired':
      assessment.vendorStatus = 'expired';
      history.push({ status: 'expired', at: assessment.expiresAt, note: 'Vendor webhook' });
      break;
    case 'cancelled':
      assessment.vendorStatus = null;
      history.push({
        status: 'cancelled',
        at: iso(sent + prng.int(4, 40) * HOUR),
        note: `Cancelled by ${recruiter}: ${prng.pick(cancelReasons)}`,
      });
      break;
    case 'failed':
      assessment.vendorStatus = 'error';
      assessment.failureReason = prng.pick(failReasons);
      history.push({ status: 'failed', at: iso(sent + prng.int(1, 10) * 60_000), note: `Vendor webhook: ${assessment.failureReason}` });
      break;
    default:
      break;
  }
  // One revision per recorded change.
  assessment.revision = history.length;
  return assessment;
}

/** How long ago an assessment in this status was created or sent, so its timestamps make sense against now. */
function msAgoFor(status: AssessmentStatus, prng: Prng): number {
  // Minutes too, so lists do not look machine-made.
  return roughMsAgoFor(status, prng) + prng.int(0, 59) * 60_000;
}

function roughMsAgoFor(status: AssessmentStatus, prng: Prng): number {
  switch (status) {
    case 'not_sent':
      return prng.int(2, 72) * HOUR;
    case 'sent':
      return prng.int(6, 5 * 24) * HOUR;
    case 'in_progress':
      return prng.int(3, 6 * 24) * HOUR;
    case 'completed':
      return prng.int(3, 30) * DAY;
    case 'expired':
      return prng.int(9, 40) * DAY;
    default:
      return prng.int(3, 30) * DAY;
  }
}

interface PlanActivity {
  stageId: string;
  stageName: string;
  activity: SendAssessmentActivity;
}

/** The job's first send_assessment activity for a provider, with the stage holding it. */
function findPlanActivity(plan: InterviewPlan | undefined, providerId: string): PlanActivity | undefined {
  for (const stage of plan?.stages ?? []) {
    for (const activity of stage.activities) {
      if (isSendAssessmentActivity(activity) && activity.providerId === providerId) {
        return { stageId: stage.id, stageName: stage.name, activity };
      }
    }
  }
  return undefined;
}

function buildCandidatesAndAssessments(db: Omit<MockDb, 'candidates' | 'assessments' | 'feedback'>, prng: Prng) {
  const candidates: Candidate[] = [];
  const assessments: Assessment[] = [];
  const jobFor = (i: number) => (i < 12 ? 'job-frontend' : i < 22 ? 'job-backend' : 'job-data');
  const statusesForGenerated: AssessmentStatus[] = ['sent', 'in_progress', 'completed', 'completed', 'expired', 'cancelled', 'failed'];
  const fixedStage: Record<number, string> = {
    0: 'stage-fe-onsite',
    1: 'stage-fe-review',
    2: 'stage-fe-technical',
    3: 'stage-fe-hm',
    4: 'stage-fe-technical',
  };
  const templateIds = db.scorecardTemplates.map((t) => t.id);

  candidateNames.forEach((name, i) => {
    const jobId = jobFor(i);
    const candidateId = mockCandidateId(i);
    const stageId = fixedStage[i] ?? prng.pick(jobStages[jobId]!);
    candidates.push({ id: candidateId, name, email: emailFor(name).replace('@acme.example.com', '@mail.example.com'), jobId, jobTitle: jobTitles[jobId]!, stageId });

    const plan = findPlanActivity(db.plans[jobId], 'codeinterview');
    const spec = (status: AssessmentStatus, id: string, providerId: string, fromPlan = false): AssessmentSpec => {
      const reviewerIds = [prng.int(0, 24), prng.int(0, 24)].map(mockReviewerId);
      const testIndex = prng.pick(jobRoleIndexes[jobId]!) + roles.length * prng.int(0, formats.length - 1);
      const common = { id, candidateId, providerId, testIndex, status, msAgo: msAgoFor(status, prng) };
      if (fromPlan && plan) return { ...common, plan, reviewerIds: plan.activity.reviewerIds, scorecard: plan.activity.scorecard };
      return {
        ...common,
        reviewerIds: [...new Set(reviewerIds)],
        scorecard: prng.next() < 0.8 ? { kind: 'template', templateId: prng.pick(templateIds) } : null,
      };
    };

    const specs: AssessmentSpec[] = [];
    if (candidateId === mockIds.candidateWithEveryStatus) {
      const ids = mockIds.assessmentsOfCandidateWithEveryStatus;
      specs.push(
        spec('not_sent', ids.not_sent, 'codeinterview', true),
        spec('sent', ids.sent, 'skillforge'),
        spec('in_progress', ids.in_progress, 'codeinterview'),
        spec('completed', ids.completed, 'codeinterview'),
        spec('expired', ids.expired, 'codeinterview'),
        spec('cancelled', ids.cancelled, 'skillforge'),
        spec('failed', ids.failed, 'devscreen'),
      );
    } else if (candidateId === mockIds.candidateWithPendingActivity) {
      specs.push(spec('not_sent', `asmt-${i + 1}-plan`, 'codeinterview', true));
    } else if (candidateId === mockIds.candidateWithCompletedAssessment) {
      specs.push(spec('completed', `asmt-${i + 1}-a`, 'codeinterview'));
    } else if (candidateId === mockIds.candidateWithActiveAssessment) {
      specs.push(spec('sent', `asmt-${i + 1}-a`, 'skillforge'));
    } else if (candidateId !== mockIds.candidateWithNoAssessments) {
      // Moving a candidate into a stage with an assessment activity creates the not_sent assessment.
      if (plan && stageId === plan.stageId) {
        specs.push(spec(prng.pick<AssessmentStatus>(['not_sent', 'not_sent', 'sent', 'in_progress']), `asmt-${i + 1}-plan`, 'codeinterview', true));
      }
      const adHocCount = prng.int(0, 2);
      for (let k = 0; k < adHocCount; k++) {
        const providerId = prng.pick(['codeinterview', 'codeinterview', 'codeinterview', 'skillforge', 'devscreen']);
        specs.push(spec(prng.pick(statusesForGenerated), `asmt-${i + 1}-${String.fromCharCode(97 + k)}`, providerId));
      }
    }
    for (const s of specs) assessments.push(seedAssessment(s, db, prng));
  });
  return { candidates, assessments };
}

// ---------------------------------------------------------------------------------------------- integrations

function buildIntegrations(prng: Prng): Record<string, StoredIntegration> {
  return {
    codeinterview: { providerId: 'codeinterview', ...disconnectedIntegrationFields },
    skillforge: {
      providerId: 'skillforge',
      state: 'connected',
      apiKey: 'sf_live_7d3e9a1c52b04f6e',
      apiKeySuffix: '4f6e',
      webhookUrl: webhookUrlFor('skillforge', prng.hex(32)),
      connectedAt: at(41 * DAY),
      connectedBy: 'Priya Natarajan',
      lastWebhookAt: at(3 * HOUR + 12 * 60_000),
      attentionReason: null,
    },
    devscreen: {
      providerId: 'devscreen',
      state: 'needs_attention',
      apiKey: 'ds_live_b81f0c6a9e27d43c',
      apiKeySuffix: 'd43c',
      webhookUrl: webhookUrlFor('devscreen', prng.hex(32)),
      connectedAt: at(120 * DAY),
      connectedBy: 'Marcus Lee',
      lastWebhookAt: at(12 * DAY),
      attentionReason: 'The API key was revoked in DevScreen.',
    },
  };
}

// ---------------------------------------------------------------------------------------------- entry point

/** A fresh, deterministic database. `large`: 10,000 tests per provider and 2,000 reviewers. */
export function createSeed(options: { catalogue?: MockCatalogue } = {}): MockDb {
  const large = options.catalogue === 'large';
  const prng = createPrng(20261102);
  const testsByProvider = Object.fromEntries(
    mockProviders.map((p) => [p.id, generateTests(p.id, large ? LARGE_TESTS_PER_PROVIDER : DEFAULT_TESTS_PER_PROVIDER)]),
  );
  const base = {
    providers: structuredClone(mockProviders),
    integrations: buildIntegrations(prng),
    testsByProvider,
    reviewers: generateReviewers(large ? LARGE_REVIEWER_COUNT : SEEDED_REVIEWER_COUNT),
    scorecardTemplates: structuredClone(mockScorecardTemplates),
    plans: buildPlans(testsByProvider),
    revokedApiKeys: ['ds_live_b81f0c6a9e27d43c'],
  };
  return seedLiveInterviews(seedFeedback({ ...base, ...buildCandidatesAndAssessments(base, prng) }, MOCK_NOW), MOCK_NOW);
}

function hashString(value: string): number {
  let hash = 2166136261;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 16777619);
  return hash >>> 0;
}
