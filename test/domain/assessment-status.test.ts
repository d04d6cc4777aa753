import { describe, expect, it } from 'vitest';
import {
  assessmentStatuses,
  assessmentStatusSchema,
  isActiveStatus,
  isTerminalStatus,
  normalizeAssessmentStatus,
  type AssessmentStatus,
} from '../../src/domain/assessment-status';
import * as z from 'zod/mini';

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

  it.each(['bounced', 'scheduled', 'passed', '', '---', 'constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'treats the unknown word "%s" as sent, the state that claims no outcome',
    (word) => {
      expect(normalizeAssessmentStatus(word)).toBe('sent');
    },
  );

  it.each([null, undefined, 3, true, { status: 'completed' }, ['completed']])(
    'treats the non-string %j as sent',
    (raw) => {
      expect(normalizeAssessmentStatus(raw)).toBe('sent');
    },
  );

  it('is what the status schema applies, so parsing never fails on a status', () => {
    const schema = z.object({ status: assessmentStatusSchema });
    expect(schema.parse({ status: 'Test Submitted' })).toEqual({ status: 'completed' });
    expect(schema.parse({ status: 'bounced' })).toEqual({ status: 'sent' });
    expect(assessmentStatusSchema.parse(undefined)).toBe('sent');
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
  };

  it.each(assessmentStatuses)('%s', (status) => {
    expect({ active: isActiveStatus(status), terminal: isTerminalStatus(status) }).toEqual(expected[status]);
  });
});
