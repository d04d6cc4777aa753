import { describe, expect, it } from 'vitest';
import { aggregateFeedback, feedbackAnswerProblems, isAnswered, isFeedbackComplete, type ReviewerFeedback, type ScorecardQuestion } from '../../src/domain';

const q = (id: string, type: ScorecardQuestion['type'], required = true, options: string[] = []): ScorecardQuestion => ({ id, prompt: id, type, required, options });
const questions = [q('stars', 'stars'), q('score', 'score'), q('yn', 'yes_no'), q('text', 'text', false), q('one', 'single_select', true, ['A', 'B']), q('many', 'multi_select', false, ['X', 'Y', 'Z'])];
const reviewer = (id: string, state: ReviewerFeedback['state'], answers: ReviewerFeedback['answers']): ReviewerFeedback => ({
  reviewerId: id,
  state,
  submittedAt: state === 'submitted' ? '2026-11-02T09:00:00Z' : null,
  updatedAt: null,
  answers,
});

describe('reviewer feedback rules', () => {
  it('completes under every_reviewer when each assigned reviewer submitted, under any_reviewer with one; never with nobody', () => {
    const states = (...list: ReviewerFeedback['state'][]) => list.map((state) => ({ state }));
    expect(isFeedbackComplete('every_reviewer', states('submitted', 'submitted'))).toBe(true);
    expect(isFeedbackComplete('every_reviewer', states('submitted', 'draft'))).toBe(false);
    expect(isFeedbackComplete('any_reviewer', states('due', 'submitted'))).toBe(true);
    expect(isFeedbackComplete('any_reviewer', states('due', 'draft'))).toBe(false);
    expect(isFeedbackComplete('every_reviewer', [])).toBe(false);
    expect(isFeedbackComplete('any_reviewer', [])).toBe(false);
  });

  it('counts an answer as given unless it is missing, blank text or an empty selection; “No” is an answer', () => {
    expect([undefined, '', '  ', []].map(isAnswered)).toEqual([false, false, false, false]);
    expect([false, 1, 'ok', ['X']].map(isAnswered)).toEqual([true, true, true, true]);
  });

  it('takes a partial draft, and wants every required answer on submit, each fitting its question', () => {
    expect(feedbackAnswerProblems(questions, { stars: 3 }, { final: false })).toEqual({});
    expect(Object.keys(feedbackAnswerProblems(questions, { stars: 3, text: '' }, { final: true }))).toEqual(['answers.score', 'answers.yn', 'answers.one']);
    const wrong = feedbackAnswerProblems(
      questions,
      { stars: 0, score: 11, yn: 'yes', text: 'x'.repeat(5001), one: 'C', many: ['X', 'X'], other: 1 },
      { final: false },
    );
    expect(Object.keys(wrong).sort()).toEqual(['answers.many', 'answers.one', 'answers.other', 'answers.score', 'answers.stars', 'answers.text', 'answers.yn']);
    expect(feedbackAnswerProblems(questions, { stars: 5, score: 1, yn: false, text: 'x'.repeat(5000), one: 'B', many: ['Z', 'X'] }, { final: true })).toEqual({});
  });
});

describe('aggregateFeedback', () => {
  it('averages ratings and counts choices over the submitted answers it may see; drafts and hidden answers don’t count', () => {
    const reviewers = [
      reviewer('a', 'submitted', { stars: 5, score: 7, yn: true, one: 'A', many: ['X', 'Y'], text: 'Good' }),
      reviewer('b', 'submitted', { stars: 2, yn: false, one: 'A', many: ['Y'] }),
      reviewer('c', 'draft', { stars: 1, score: 1, yn: false, one: 'B' }),
      reviewer('d', 'submitted', null),
    ];
    expect(aggregateFeedback(questions, reviewers).map(({ question, ...rest }) => [question.id, rest])).toEqual([
      ['stars', { kind: 'rating', answered: 2, average: 3.5, max: 5 }],
      ['score', { kind: 'rating', answered: 1, average: 7, max: 10 }],
      ['yn', { kind: 'yes_no', answered: 2, yes: 1, no: 1 }],
      ['text', { kind: 'text', answered: 1 }],
      ['one', { kind: 'choices', answered: 2, options: [{ option: 'A', count: 2 }, { option: 'B', count: 0 }] }],
      ['many', { kind: 'choices', answered: 2, options: [{ option: 'X', count: 1 }, { option: 'Y', count: 2 }, { option: 'Z', count: 0 }] }],
    ]);
  });

  it('has no average while nobody answered', () => {
    expect(aggregateFeedback([q('stars', 'stars')], [reviewer('a', 'due', null)])[0]).toMatchObject({ answered: 0, average: null });
  });
});
