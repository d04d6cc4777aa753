// @vitest-environment node
/**
 * The exports we promise. Adding one is a decision (document it); removing or renaming one breaks embedders,
 * so this list changes only on purpose.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as kit from '../src/index';
import * as mock from '../src/mock/index';

describe('public API', () => {
  it('assessment-kit exports exactly the promised names', () => {
    expect(Object.keys(kit).sort()).toEqual(
      [
        // Provider and data layer
        'AssessmentKitProvider',
        'createKitQueryClient',
        'useAssessmentKit',
        'defaultText',
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
        'useInterviewPlan',
        'useSaveInterviewPlan',
        'useCandidate',
        'useCandidateAssessments',
        'useSendAssessment',
        'useResendAssessment',
        'useCancelAssessment',
        // Components and their text
        'AssessmentStatusBadge',
        'statusBadgeText',
        'AssessmentIntegrations',
        'ManageIntegrationDialog',
        'integrationsText',
        'EnableIntegrationDialog',
        'WebhookInstructions',
        'useEnableIntegrationFlow',
        'enableIntegrationText',
        // Backend adapter
        'createHttpAdapter',
        'AssessmentBackendError',
        'isAssessmentBackendError',
        'backendErrorCodes',
        'restRoutes',
        'buildPath',
        'errorBodySchema',
        'IDEMPOTENCY_HEADER',
        // Domain schemas and helpers
        'isoDateTime',
        'safeUrl',
        'id',
        'pageSchema',
        'providerSchema',
        'providerListSchema',
        'integrationStates',
        'integrationStateSchema',
        'integrationSchema',
        'connectResultSchema',
        'assessmentTestSchema',
        'assessmentTestPageSchema',
        'reviewerSchema',
        'reviewerPageSchema',
        'scorecardQuestionTypes',
        'scorecardQuestionTypeSchema',
        'scorecardQuestionSchema',
        'scorecardTemplateSchema',
        'scorecardTemplateListSchema',
        'scorecardChoiceSchema',
        'sendAssessmentActivitySchema',
        'otherActivitySchema',
        'activitySchema',
        'interviewStageSchema',
        'interviewPlanSchema',
        'isSendAssessmentActivity',
        'candidateSchema',
        'assessmentStatuses',
        'terminalStatuses',
        'activeStatuses',
        'isTerminalStatus',
        'isActiveStatus',
        'normalizeAssessmentStatus',
        'assessmentStatusSchema',
        'scoreSchema',
        'statusChangeSchema',
        'assessmentSourceSchema',
        'assessmentSchema',
        'assessmentListSchema',
        'sendAssessmentInputSchema',
      ].sort(),
    );
  });

  it('assessment-kit/mock exports exactly the promised names', () => {
    expect(Object.keys(mock).sort()).toEqual(
      [
        'createMockBackend',
        'createMockHandlers',
        'mockHttpStatusByCode',
        'createMockFaults',
        'createMockServer',
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

  it('the main entry pulls in no mock server or MSW code', () => {
    const reached = moduleGraph(resolve(srcDir, 'index.ts'));
    const offenders = [...reached].filter((file) => file.includes('/src/mock/') || file === 'msw' || file.startsWith('msw/'));
    expect(reached.size).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});

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
