// @vitest-environment node
/**
 * The exports we promise. Adding one is a decision (document it); removing or renaming one breaks embedders,
 * so this list changes only on purpose.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as contract from '../src/contract';
import * as domain from '../src/domain/index';
import * as kit from '../src/index';
import * as mock from '../src/mock/index';
import * as mockMsw from '../src/mock/msw';

describe('public API', () => {
  it('assessment-kit exports exactly the promised names', () => {
    expect(Object.keys(kit).sort()).toEqual(
      [
        // Provider and data layer
        'AssessmentKitProvider',
        'createKitQueryClient',
        'useAssessmentKit',
        'useKitText',
        'mergeText',
        'commonText',
        'assessmentKeys',
        'providersQueryOptions',
        'integrationQueryOptions',
        'testsInfiniteQueryOptions',
        'reviewersInfiniteQueryOptions',
        'scorecardTemplatesQueryOptions',
        'interviewPlanQueryOptions',
        'candidateQueryOptions',
        'candidateAssessmentsQueryOptions',
        'createIdempotencyKey',
        'useIdempotencyKey',
        'useProviders',
        'useIntegration',
        'useIntegrations',
        'useVerifyApiKey',
        'useDisconnectIntegration',
        'useTests',
        'useReviewers',
        'useScorecardTemplates',
        'useReviewersByIds',
        'reviewersByIdsQueryOptions',
        'pickerText',
        'dateFieldText',
        'useInterviewPlan',
        'useSaveInterviewPlan',
        'useCandidate',
        'useCandidateAssessments',
        'useSendAssessment',
        'useResendAssessment',
        'useCancelAssessment',
        'assessmentFeedbackQueryOptions',
        'useAssessmentFeedback',
        'useSaveFeedbackDraft',
        'useSubmitFeedback',
        'AssessmentFeedbackForm',
        'AssessmentFeedbackSummary',
        'useAssessmentFeedbackForm',
        'feedbackText',
        // Components and their text
        'AssessmentStatusBadge',
        'statusBadgeText',
        'CandidateAssessments',
        'candidateAssessmentsText',
        'assessmentItemText',
        'AssessmentSummary',
        'assessmentSummaryText',
        'InterviewPlanEditor',
        'AssessmentActivityDialog',
        'useAssessmentActivityOptions',
        'interviewPlanText',
        'AssessmentIntegrations',
        'ManageIntegrationDialog',
        'integrationsText',
        'EnableIntegrationDialog',
        'WebhookInstructions',
        'useEnableIntegrationFlow',
        'enableIntegrationText',
        'SendAssessmentDialog',
        'useSendAssessmentForm',
        'sendAssessmentText',
        'ScheduleLiveInterviewDialog',
        'useScheduleLiveInterviewForm',
        'liveInterviewText',
        'useCreateLiveInterview',
        'useSendInterviewLink',
        // Backend adapter
        'createHttpAdapter',
        'AssessmentBackendError',
        'isAssessmentBackendError',
        'backendErrorCodes',
      ].sort(),
    );
  });

  it('assessment-kit/domain exports exactly the promised schemas and helpers', () => {
    expect(Object.keys(domain).sort()).toEqual(
      [
        'providerSchema',
        'providerListSchema',
        'integrationStates',
        'integrationSchema',
        'connectResultSchema',
        'assessmentTestSchema',
        'assessmentTestPageSchema',
        'reviewerSchema',
        'reviewerPageSchema',
        'reviewerListSchema',
        'MAX_REVIEWER_LOOKUP',
        'scorecardQuestionTypes',
        'scorecardQuestionSchema',
        'scorecardTemplateSchema',
        'scorecardTemplateListSchema',
        'scorecardChoiceSchema',
        'feedbackPolicies',
        'activitySchema',
        'sendAssessmentActivitySchema',
        'otherActivitySchema',
        'interviewStageSchema',
        'interviewPlanSchema',
        'isSendAssessmentActivity',
        'readActivity',
        'candidateSchema',
        'assessmentStatuses',
        'assessmentStatusSchema',
        'normalizeAssessmentStatus',
        'isActiveStatus',
        'isTerminalStatus',
        'isResendAsNewStatus',
        'reviewerFeedbackStates',
        'reviewerFeedbackStatusSchema',
        'assessmentKinds',
        'liveInterviewDetailsSchema',
        'createLiveInterviewInputSchema',
        'LIVE_INTERVIEW_TITLE_MAX_LENGTH',
        'assessmentSchema',
        'assessmentListSchema',
        'sendAssessmentInputSchema',
        'SEND_MESSAGE_MAX_LENGTH',
        'feedbackAnswerSchema',
        'feedbackAnswersSchema',
        'reviewerFeedbackSchema',
        'assessmentFeedbackSchema',
        'feedbackAnswersBodySchema',
        'FEEDBACK_TEXT_MAX_LENGTH',
        'isFeedbackComplete',
        'isAnswered',
        'feedbackAnswerProblems',
        'aggregateFeedback',
        'aggregateQuestion',
      ].sort(),
    );
  });

  it('assessment-kit/contract exports exactly the promised names', () => {
    expect(Object.keys(contract).sort()).toEqual(
      [
        'restRoutes',
        'buildPath',
        'errorBodySchema',
        'IDEMPOTENCY_HEADER',
        'apiKeyBodySchema',
        'cancelBodySchema',
        'saveInterviewPlanBodySchema',
        'REVIEWER_IDS_PARAM',
        'serverErrorCodes',
        'conflictReasons',
      ].sort(),
    );
  });

  it('assessment-kit/mock exports exactly the promised names', () => {
    expect(Object.keys(mock).sort()).toEqual(
      [
        'createMockBackend',
        'buildAssessment',
        'MOCK_INVALID_API_KEY',
        'MOCK_RATE_LIMITED_API_KEY',
        'MOCK_RATE_LIMIT_RETRY_AFTER_SECONDS',
        'MOCK_REVOKED_API_KEY',
        'MOCK_VALID_API_KEY',
        'createSeed',
        'MOCK_CURRENT_USER',
        'MOCK_LINK_VALID_DAYS',
        'MOCK_NOW',
        'mockIds',
      ].sort(),
    );
  });

  it('assessment-kit/mock/msw exports exactly the promised names', () => {
    expect(Object.keys(mockMsw).sort()).toEqual(
      ['createMockServer', 'createMockHandlers', 'mockHttpStatusByCode', 'createMockFaults'].sort(),
    );
  });

  it('promises the domain, options and contract types (a missing one fails the type-check)', () => {
    // Each tuple names every promised type of an entry; removing or renaming one is a compile error here.
    expectTypeOf<
      [
        kit.Provider,
        kit.Integration,
        kit.IntegrationState,
        kit.ConnectResult,
        kit.AssessmentTest,
        kit.Reviewer,
        kit.ScorecardQuestionType,
        kit.ScorecardQuestion,
        kit.ScorecardTemplate,
        kit.ScorecardChoice,
        kit.Activity,
        kit.SendAssessmentActivity,
        kit.OtherActivity,
        kit.UnreadableActivity,
        kit.ReadActivity,
        kit.FeedbackPolicy,
        kit.InterviewStage,
        kit.InterviewPlan,
        kit.Candidate,
        kit.AssessmentStatus,
        kit.LifecycleStatus,
        kit.ReviewerFeedbackState,
        kit.ReviewerFeedbackStatus,
        kit.Assessment,
        kit.AssessmentSource,
        kit.Score,
        kit.StatusChange,
        kit.SendAssessmentInput,
        kit.Page<kit.Reviewer>,
        kit.PageParams,
        kit.UseIntegrationOptions,
        kit.UseTestsOptions,
        kit.SendAssessmentDialogProps,
        kit.SendAssessmentDefaults,
        kit.SendAssessmentForm,
        kit.SendAssessmentFormError,
        kit.UseSendAssessmentFormOptions,
        kit.SendAssessmentText,
        kit.PickerText,
        kit.ConflictReason,
        kit.UseEnableIntegrationFlowOptions,
        kit.EnableIntegrationFlow,
        kit.FormField<string>,
        kit.RequestSetupHandler,
        kit.ServerErrorCode,
        kit.CandidateAssessmentsProps,
        kit.CandidateAssessmentsText,
        kit.AssessmentItemText,
        kit.AssessmentSummaryProps,
        kit.AssessmentSummaryText,
        kit.InterviewPlanEditorProps,
        kit.AssessmentActivityDialogProps,
        kit.AssessmentActivityOption,
        kit.AssessmentActivityOptions,
        kit.UseAssessmentActivityOptionsOptions,
        kit.InterviewPlanText,
        kit.AssessmentFeedback,
        kit.FeedbackAnswer,
        kit.FeedbackAnswers,
        kit.ReviewerFeedback,
        kit.QuestionAggregate,
        kit.OptionCount,
        kit.FeedbackInput,
        kit.AssessmentFeedbackFormProps,
        kit.AssessmentFeedbackSummaryProps,
        kit.UseAssessmentFeedbackFormOptions,
        kit.AssessmentFeedbackFormState,
        kit.FeedbackQuestionBinding,
        kit.FeedbackFieldValue,
        kit.FeedbackView,
        kit.DraftStatus,
        kit.FeedbackRefusal,
        kit.FeedbackText,
        kit.ScheduleLiveInterviewDialogProps,
        kit.UseScheduleLiveInterviewFormOptions,
        kit.ScheduleLiveInterviewForm,
        kit.ScheduleLiveInterviewFormError,
        kit.LiveInterviewProviderOption,
        kit.LiveInterviewText,
        kit.AssessmentKind,
        kit.LiveInterviewDetails,
        kit.CreateLiveInterviewInput,
      ]
    >().toBeArray();
    expectTypeOf<[domain.Assessment, domain.Provider, domain.Page<domain.AssessmentTest>]>().toBeArray();
    expectTypeOf<[contract.RestOperation, contract.ErrorBody, contract.ServerErrorCode]>().toBeArray();
    expectTypeOf<kit.UseIntegrationOptions>().toEqualTypeOf<{
      pollIntervalMs?: number | false | ((integration: domain.Integration | undefined) => number | false);
      enabled?: boolean;
    }>();
    expectTypeOf<kit.UseTestsOptions>().toEqualTypeOf<{ enabled?: boolean }>();
    // Headless hooks answer in the kit's own terms (no react-hook-form or TanStack objects) and take the components' text.
    expectTypeOf<kit.EnableIntegrationFlow['apiKey']>().toEqualTypeOf<kit.FormField<string>>();
    expectTypeOf<kit.EnableIntegrationFlow>().not.toHaveProperty('form');
    expectTypeOf<kit.EnableIntegrationFlow>().not.toHaveProperty('providers');
    expectTypeOf<kit.UseEnableIntegrationFlowOptions['text']>().toEqualTypeOf<kit.TextOverrides | undefined>();
    expectTypeOf(kit.useAssessmentActivityOptions).returns.toEqualTypeOf<kit.AssessmentActivityOptions>();
    expectTypeOf<kit.UseAssessmentActivityOptionsOptions['text']>().toEqualTypeOf<kit.TextOverrides | undefined>();
    expectTypeOf<kit.InterviewPlanEditorProps['onRequestSetup']>().toEqualTypeOf<kit.RequestSetupHandler | undefined>();
    expectTypeOf<kit.AssessmentFeedbackFormState>().not.toHaveProperty('form');
    expectTypeOf<kit.AssessmentFeedbackFormState>().not.toHaveProperty('query');
    expectTypeOf<kit.FeedbackQuestionBinding['field']>().toEqualTypeOf<kit.FormField<kit.FeedbackFieldValue>>();
    expectTypeOf<kit.UseAssessmentFeedbackFormOptions['text']>().toEqualTypeOf<kit.TextOverrides | undefined>();
    expectTypeOf<kit.CandidateAssessmentsProps['onRequestSetup']>().toEqualTypeOf<kit.RequestSetupHandler | undefined>();
    expectTypeOf(kit.useSendAssessmentForm).returns.toEqualTypeOf<kit.SendAssessmentForm>();
    expectTypeOf<kit.SendAssessmentForm>().not.toHaveProperty('form');
    expectTypeOf<kit.SendAssessmentForm['fields']['reviewerIds']>().toEqualTypeOf<kit.FormField<string[]>>();
    expectTypeOf<kit.UseSendAssessmentFormOptions['text']>().toEqualTypeOf<kit.TextOverrides | undefined>();
    expectTypeOf<kit.SendAssessmentDialogProps['onRequestSetup']>().toEqualTypeOf<kit.RequestSetupHandler | undefined>();
    expectTypeOf(kit.useScheduleLiveInterviewForm).returns.toEqualTypeOf<kit.ScheduleLiveInterviewForm>();
    expectTypeOf<kit.ScheduleLiveInterviewForm>().not.toHaveProperty('form');
    expectTypeOf<kit.ScheduleLiveInterviewForm['fields']['title']>().toEqualTypeOf<kit.FormField<string>>();
    expectTypeOf<kit.UseScheduleLiveInterviewFormOptions['text']>().toEqualTypeOf<kit.TextOverrides | undefined>();
    expectTypeOf<kit.ScheduleLiveInterviewDialogProps['onRequestSetup']>().toEqualTypeOf<kit.RequestSetupHandler | undefined>();
    // Send and Schedule share one provider option and one form-error type.
    expectTypeOf<kit.ScheduleLiveInterviewForm['providers']['options'][number]>().toEqualTypeOf<kit.SendAssessmentForm['providers']['options'][number]>();
    expectTypeOf<kit.ScheduleLiveInterviewFormError>().toEqualTypeOf<kit.SendAssessmentFormError>();
    // The contract's error codes are the server's: client-side codes never appear in a body.
    expectTypeOf<contract.ErrorBody['error']['code']>().toEqualTypeOf<contract.ServerErrorCode>();
    expect(contract.serverErrorCodes).not.toContain('network');
    expect(contract.serverErrorCodes).not.toContain('bad_response');
  });

  it('the main entry pulls in no mock server or MSW code', () => {
    const reached = moduleGraph(resolve(srcDir, 'index.ts'));
    const offenders = [...reached].filter((file) => file.includes('/src/mock/') || isMsw(file));
    expect(reached.size).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });

  it('assessment-kit/mock (the in-memory backend) never reaches msw, so it works without the optional peer', () => {
    const reached = moduleGraph(resolve(srcDir, 'mock/index.ts'));
    expect(reached).toContain(resolve(srcDir, 'mock/mock-backend.ts'));
    expect([...reached].filter(isMsw)).toEqual([]);
    expect(moduleGraph(resolve(srcDir, 'mock/msw.ts'))).toContain('msw');
  });

  it.each(['contract.ts', 'domain/index.ts'])('%s has no React and no client code, so server code can import it', (entry) => {
    const reached = [...moduleGraph(resolve(srcDir, entry))];
    const react = reached.filter((file) => /^(react|react-dom|@tanstack|@radix-ui|react-hook-form|msw)(\/|$)/.test(file));
    const clientModules = reached.filter((file) => file.startsWith('/') && /^\s*'use client'/.test(readFileSync(file, 'utf8')));
    expect(reached).toContain('zod/mini');
    expect(react).toEqual([]);
    expect(clientModules).toEqual([]);
  });
});

const isMsw = (file: string) => file === 'msw' || file.startsWith('msw/');

const srcDir = resolve(fileURLToPath(new URL('../src', import.meta.url)));

/** Every module reachable from `entry` through static imports and re-exports (type-only imports excluded). */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  if (!entry.startsWith('/')) return seen; // a package
  const source = readFileSync(entry, 'utf8');
  for (const [, specifier] of source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'"]*?from\s+)?'([^']+)'/gm)) {
    if (!specifier) continue;
    moduleGraph(specifier.startsWith('.') ? resolveModule(dirname(entry), specifier) : specifier, seen);
  }
  return seen;
}

function resolveModule(dir: string, specifier: string): string {
  const base = resolve(dir, specifier);
  const candidate = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(existsSync);
  if (!candidate) throw new Error(`Cannot resolve ${specifier} from ${dir}`);
  return candidate;
}
