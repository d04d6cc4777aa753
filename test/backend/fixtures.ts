import type {
  Assessment,
  AssessmentFeedback,
  AssessmentTest,
  Candidate,
  Integration,
  InterviewPlan,
  Provider,
  Reviewer,
  ScorecardTemplate,
} from '../../src/domain';

/** Valid wire bodies for every route, written as a server would send them (dates as ISO strings). */
export const provider: Provider = {
  id: 'codeinterview',
  name: 'CodeInterview',
  description: 'Live and take-home coding assessments.',
  logoUrl: 'https://cdn.example.com/codeinterview.svg',
  apiKeySteps: ['Open CodeInterview', 'Profile icon > Integrations'],
  webhookSteps: ['Open Outgoing Webhooks', 'Paste the URL'],
  docsUrl: 'https://codeinterview.example/docs',
  signsWebhooks: true,
  linkLifetime: { defaultDays: 7, maxDays: 30 },
  capabilities: { liveInterviews: true },
};

export const integration: Integration = {
  providerId: 'codeinterview',
  state: 'connected',
  apiKeySuffix: '9f2c',
  webhookUrl: 'https://ats.example/hooks/codeinterview/t_8d1e',
  connectedAt: '2026-11-02T09:30:00Z',
  connectedBy: 'Dana Ruiz',
  lastWebhookAt: null,
  attentionReason: null,
  canManage: true,
};

export const test: AssessmentTest = {
  id: 'test_1',
  providerId: 'codeinterview',
  title: 'Backend take-home',
  durationMinutes: 90,
  languages: ['TypeScript', 'Go'],
  updatedAt: '2026-10-01T12:00:00Z',
  archived: false,
};

export const reviewer: Reviewer = {
  id: 'user_1',
  name: 'Sam Lee',
  email: 'sam@example.com',
  title: 'Staff Engineer',
  avatarUrl: null,
};

export const template: ScorecardTemplate = {
  id: 'tpl_1',
  name: 'Backend',
  questions: [{ id: 'q1', prompt: 'Code quality', type: 'stars', required: true, options: [] }],
};

export const plan: InterviewPlan = {
  jobId: 'job_1',
  jobTitle: 'Backend Engineer',
  version: 3,
  stages: [{ id: 'stage_1', name: 'Screen', activities: [{ id: 'act_0', type: 'call', title: 'Recruiter call' }] }],
};

export const candidate: Candidate = {
  id: 'cand_1',
  name: 'Ada Park',
  email: 'ada@example.com',
  jobId: 'job_1',
  jobTitle: 'Backend Engineer',
  stageId: 'stage_1',
};

export const assessment: Assessment = {
  id: 'asmt_1',
  candidateId: 'cand_1',
  providerId: 'codeinterview',
  testId: 'test_1',
  testTitle: 'Backend take-home',
  status: 'completed',
  vendorStatus: 'Test Submitted',
  revision: 4,
  source: 'ad_hoc',
  activityId: null,
  stageName: null,
  sentBy: 'Dana Ruiz',
  reviewers: [reviewer],
  scorecard: { kind: 'template', templateId: 'tpl_1' },
  sentAt: '2026-11-02T09:30:00Z',
  startedAt: '2026-11-03T10:00:00Z',
  completedAt: '2026-11-03T11:15:00+01:00',
  expiresAt: null,
  score: { got: 42, total: 50 },
  timeTakenSeconds: 4_500,
  reportUrl: 'https://codeinterview.example/reports/r1',
  failureReason: null,
  resentFromId: null,
  feedback: [{ reviewerId: reviewer.id, state: 'due', submittedAt: null }],
  kind: 'test',
  interview: null,
  history: [{ status: 'sent', at: '2026-11-02T09:30:00Z', note: 'Sent by Dana Ruiz' }],
};

/** A live interview as a vendor with separate links answers it: Scheduled, nothing emailed yet. */
export const liveInterview: Assessment = {
  ...assessment,
  id: 'live_1',
  testId: 'pad_7f2a',
  testTitle: 'Ada Park · Backend Engineer',
  status: 'sent',
  vendorStatus: null,
  revision: 1,
  sentBy: null,
  sentAt: null,
  startedAt: null,
  completedAt: null,
  score: null,
  timeTakenSeconds: null,
  reportUrl: null,
  feedback: [],
  kind: 'live_interview',
  interview: {
    scheduledAt: '2026-11-04T14:00:00Z',
    candidateUrl: 'https://pads.example/pad_7f2a',
    interviewerUrl: 'https://pads.example/pad_7f2a/host',
    playbackUrl: null,
  },
  history: [{ status: 'sent', at: '2026-11-02T09:30:00Z', note: 'Scheduled by Dana Ruiz' }],
};

export const page = <T>(items: T[]) => ({ items, nextCursor: null, total: items.length });

export const assessmentFeedback: AssessmentFeedback = {
  assessment,
  scorecardName: template.name,
  questions: template.questions,
  policy: 'every_reviewer',
  complete: false,
  showOthersBeforeSubmit: false,
  viewerReviewerId: reviewer.id,
  reviewers: [{ reviewerId: reviewer.id, state: 'draft', submittedAt: null, updatedAt: '2026-11-03T12:00:00Z', answers: { q1: 4 } }],
};
