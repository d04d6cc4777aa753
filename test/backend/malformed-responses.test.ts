import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import type { JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentBackendError, createHttpAdapter } from '../../src/backend';
import { assessmentSchema, assessmentStatuses } from '../../src/domain';
import { backendFailure } from '../support/backend-error';
import * as fixtures from './fixtures';

const BASE = 'https://ats.test/api';
const backend = createHttpAdapter({ baseUrl: BASE });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Plays a server that answers 200 with whatever `body()` returns (an object as JSON, a string verbatim). */
function answer(body: () => JsonBodyType) {
  server.use(
    http.all(`${BASE}/*`, () => {
      const value = body();
      return typeof value === 'string' ? new HttpResponse(value) : HttpResponse.json(value);
    }),
  );
}

async function badResponse(promise: Promise<unknown>): Promise<AssessmentBackendError> {
  const error = await backendFailure(promise);
  expect(error).toMatchObject({ code: 'bad_response', status: 200 });
  return error;
}

const assessmentsWith = (overrides: Record<string, unknown>) => ({
  assessments: [{ ...fixtures.assessment, ...overrides }],
});

describe('malformed success bodies', () => {
  it('rejects a body with a required field missing, naming the operation and the field', async () => {
    const { name: _name, ...nameless } = fixtures.candidate;
    answer(() => nameless);
    const error = await badResponse(backend.getCandidate('cand_1'));
    expect(error.message).toContain('getCandidate');
    expect(error.message).toContain('name');
  });

  it('names the path of a wrongly typed field without quoting the value', async () => {
    answer(() => assessmentsWith({ history: 'MARKER-d41d8cd9' }));
    const error = await badResponse(backend.listCandidateAssessments('cand_1'));
    expect(error.message).toContain('listCandidateAssessments');
    expect(error.message).toContain('assessments[0].history');
    expect(error.message).not.toContain('MARKER-d41d8cd9');
  });

  it('never quotes a signing secret from a connect body that breaks the contract', async () => {
    answer(() => ({ integration: { ...fixtures.integration, canManage: 'whsec_MARKER' }, signingSecret: 'whsec_MARKER' }));
    const error = await badResponse(
      backend.connectIntegration({ providerId: 'codeinterview', apiKey: 'k' }, { idempotencyKey: 'i1' }),
    );
    expect(error.message).toContain('integration.canManage');
    expect(error.message).not.toContain('whsec_MARKER');
    expect(error.cause).toBeUndefined();
  });

  it.each([
    ['an HTML page', '<!doctype html><p>Sign in</p>'],
    ['an empty body', ''],
    ['truncated JSON', '{"assessments": ['],
  ])('rejects %s as bad_response without quoting it', async (_, text) => {
    answer(() => text);
    const error = await badResponse(backend.listCandidateAssessments('cand_1'));
    expect(error.message).toContain('listCandidateAssessments');
    if (text) expect(error.message).not.toContain(text);
    expect(error.cause).toBeUndefined();
  });

  it.each([
    ['Test Submitted', 'completed'],
    ['CANCELED', 'cancelled'],
  ])('maps the status %j onto the lifecycle (%s) instead of failing', async (status, expected) => {
    answer(() => assessmentsWith({ status }));
    const [assessment] = await backend.listCandidateAssessments('cand_1');
    expect(assessment?.status).toBe(expected);
    expect(assessmentStatuses).toContain(assessment?.status);
  });

  it.each([
    ['awaiting_vendor_review', 'awaiting_vendor_review'],
    [null, null],
    [42, null],
  ])('reads the status %j as unknown instead of failing, keeping a word as the vendor word', async (status, word) => {
    answer(() => assessmentsWith({ status, vendorStatus: null }));
    const [assessment] = await backend.listCandidateAssessments('cand_1');
    expect(assessment?.status).toBe('unknown');
    expect(assessment?.vendorStatus).toBe(word);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'not a url', 42])(
    'drops the unsafe report URL %j but keeps the assessment',
    async (reportUrl) => {
      answer(() => assessmentsWith({ reportUrl }));
      const [assessment] = await backend.listCandidateAssessments('cand_1');
      expect(assessment?.reportUrl).toBeNull();
      expect(assessment?.id).toBe(fixtures.assessment.id);
    },
  );

  it.each([{ got: 'a lot', total: 50 }, { got: 3, total: 0 }, { got: -1, total: 10 }, 'ten', [1, 2]])(
    'reads the garbage score %j as no score',
    async (score) => {
      answer(() => assessmentsWith({ score }));
      const [assessment] = await backend.listCandidateAssessments('cand_1');
      expect(assessment?.score).toBeNull();
    },
  );

  it('keeps an http(s) report URL and a valid score', async () => {
    answer(() => assessmentsWith({}));
    const [assessment] = await backend.listCandidateAssessments('cand_1');
    expect(assessment?.reportUrl).toBe(fixtures.assessment.reportUrl);
    expect(assessment?.score).toEqual(fixtures.assessment.score);
  });
});

describe('listCandidateAssessments under arbitrary bodies', () => {
  const fieldNames = Object.keys(fixtures.assessment);

  /** A valid assessment with some fields dropped and others replaced by arbitrary JSON. */
  const mutatedAssessment = fc
    .array(
      fc.record({
        field: fc.constantFrom(...fieldNames),
        replacement: fc.option(fc.jsonValue(), { nil: undefined }),
      }),
      { maxLength: 4 },
    )
    .map((mutations) => {
      const assessment: Record<string, unknown> = { ...fixtures.assessment };
      for (const { field, replacement } of mutations) {
        if (replacement === undefined) delete assessment[field];
        else assessment[field] = replacement;
      }
      return assessment;
    });

  const body = fc.oneof(
    fc.jsonValue(),
    fc.string(),
    fc.record({ assessments: fc.array(mutatedAssessment, { maxLength: 3 }) }),
    fc.record({ assessments: fc.jsonValue() }),
  );

  it('resolves with valid assessments or rejects with bad_response, never anything else', async () => {
    let current: JsonBodyType = null;
    answer(() => current);
    await fc.assert(
      fc.asyncProperty(body, async (generated) => {
        current = generated;
        const outcome = await backend.listCandidateAssessments('cand_1').then(
          (assessments) => ({ assessments }),
          (error: unknown) => ({ error }),
        );
        if ('error' in outcome) {
          expect(outcome.error).toBeInstanceOf(AssessmentBackendError);
          expect((outcome.error as AssessmentBackendError).code).toBe('bad_response');
        } else {
          for (const assessment of outcome.assessments) expect(assessmentSchema.safeParse(assessment).success).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
