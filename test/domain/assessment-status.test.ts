import { describe, expect, it } from 'vitest';
import {
  assessmentStatuses,
  isActiveStatus,
  isResendAsNewStatus,
  isTerminalStatus,
  normalizeAssessmentStatus,
  type AssessmentStatus,
} from '../../src/domain/assessment-status';
import * as z from 'zod/mini';
import { assessmentSchema, assessmentStatusSchema } from '../../src/domain/assessment';
import { buildAssessment } from '../../src/mock/builders';

// Every word the kit recognises, spelled the way vendors send it (see shared/reference/vendors.md).
const vendorWords: [string, AssessmentStatus][] = [
  ['Not sent', 'not_sent'],
  ['Needs action', 'not_sent'],
  ['NEW', 'not_sent'],
  ['draft', 'not_sent'],
  ['Sent', 'sent'],
  ['invited', 'sent'],
  ['Pending', 'sent'],
  ['Pending submission', 'sent'],
  ['Invitation Pending', 'sent'],
  ['OPEN', 'sent'],
  ['accepted', 'sent'],
  ['IN_PROGRESS', 'in_progress'],
  ['Started', 'in_progress'],
  ['Test Left', 'in_progress'],
  ['COMPLETED', 'completed'],
  ['complete', 'completed'],
  ['submitted', 'completed'],
  ['Test Submitted', 'completed'],
  ['Results', 'completed'],
  ['Expired', 'expired'],
  ['CANCELLED', 'cancelled'],
  ['canceled', 'cancelled'],
  ['FAILED', 'failed'],
  ['REJECTED', 'failed'],
  ['error', 'failed'],
];

describe('normalizeAssessmentStatus', () => {
  it.each(vendorWords)('maps the vendor word "%s" to %s', (word, status) => {
    expect(normalizeAssessmentStatus(word)).toBe(status);
  });

  it('maps the lifecycle values themselves onto themselves', () => {
    for (const status of assessmentStatuses) expect(normalizeAssessmentStatus(status)).toBe(status);
  });

  it.each(['in-progress', 'In Progress', ' in_progress ', 'IN.PROGRESS', 'in progress 2'])(
    'ignores case, spaces, punctuation and digits: "%s"',
    (word) => {
      expect(normalizeAssessmentStatus(word)).toBe('in_progress');
    },
  );

  it.each(['bounced', 'scheduled', 'passed', 'unknown', '', '---', 'constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'reads the word "%s", which no mapping knows, as unknown: it claims no state',
    (word) => {
      expect(normalizeAssessmentStatus(word)).toBe('unknown');
    },
  );

  it.each([null, undefined, 3, true, { status: 'completed' }, ['completed']])(
    'reads the non-string %j as unknown',
    (raw) => {
      expect(normalizeAssessmentStatus(raw)).toBe('unknown');
    },
  );

  it('is what the status schema applies, so parsing never fails on a status', () => {
    const schema = z.object({ status: assessmentStatusSchema });
    expect(schema.parse({ status: 'Test Submitted' })).toEqual({ status: 'completed' });
    expect(schema.parse({ status: 'bounced' })).toEqual({ status: 'unknown' });
    expect(assessmentStatusSchema.parse(undefined)).toBe('unknown');
  });
});

describe('active and terminal statuses', () => {
  const expected: Record<AssessmentStatus, { active: boolean; terminal: boolean }> = {
    not_sent: { active: false, terminal: false },
    sent: { active: true, terminal: false },
    in_progress: { active: true, terminal: false },
    completed: { active: false, terminal: true },
    expired: { active: false, terminal: true },
    cancelled: { active: false, terminal: true },
    failed: { active: false, terminal: true },
    // It may be anything: nothing is offered that assumes a state, and it is not treated as over either.
    unknown: { active: false, terminal: false },
  };

  it.each([...assessmentStatuses, 'unknown' as const])('%s', (status) => {
    expect({ active: isActiveStatus(status), terminal: isTerminalStatus(status) }).toEqual(expected[status]);
  });

  it('resends only an invitation that ended without a result as a new assessment', () => {
    const asNew = [...assessmentStatuses, 'unknown' as const].filter(isResendAsNewStatus);
    expect(asNew).toEqual(['expired', 'failed']);
  });
});

describe('assessmentSchema and the status word', () => {
  const wire = (fields: Record<string, unknown>) => ({ ...buildAssessment({ id: 'a-1', candidateId: 'c-1' }), ...fields });

  it('keeps a status word it does not know as the vendor word, so the UI can show it', () => {
    const parsed = assessmentSchema.parse(wire({ status: 'on_hold', vendorStatus: null }));
    expect(parsed.status).toBe('unknown');
    expect(parsed.vendorStatus).toBe('on_hold');
  });

  it('leaves a vendor word the backend sent alone', () => {
    const parsed = assessmentSchema.parse(wire({ status: 'paused', vendorStatus: 'PAUSED_BY_ADMIN' }));
    expect(parsed).toMatchObject({ status: 'unknown', vendorStatus: 'PAUSED_BY_ADMIN' });
    expect(assessmentSchema.parse(wire({ status: 'submitted', vendorStatus: null })).vendorStatus).toBeNull();
  });

  it('parses an assessment from a backend that predates revision, feedback and the other later fields', () => {
    const { revision: _r, feedback: _f, sentBy: _s, stageName: _n, timeTakenSeconds: _t, failureReason: _x, resentFromId: _p, ...old } =
      buildAssessment({ id: 'a-1', candidateId: 'c-1' });
    expect(assessmentSchema.parse(old)).toMatchObject({
      revision: 0,
      feedback: [],
      sentBy: null,
      stageName: null,
      timeTakenSeconds: null,
      failureReason: null,
      resentFromId: null,
    });
  });
});
