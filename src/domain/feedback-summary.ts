import type { FeedbackAnswer, ReviewerFeedback } from './feedback';
import { isAnswered } from './feedback-rules';
import type { ScorecardQuestion } from './scorecard';

/** How many reviewers gave each option (single and multi select), in the question's order. */
export interface OptionCount {
  option: string;
  count: number;
}

/**
 * One question's answers across the submitted feedback the user may see. `answered` counts the reviewers who
 * answered it. Ratings (stars, score) give the average (null when nobody answered) out of `max`; yes/no the two
 * counts; selects a count per option; text nothing beyond `answered` (the answers are read one by one).
 */
export type QuestionAggregate =
  | { kind: 'rating'; question: ScorecardQuestion; answered: number; average: number | null; max: number }
  | { kind: 'yes_no'; question: ScorecardQuestion; answered: number; yes: number; no: number }
  | { kind: 'choices'; question: ScorecardQuestion; answered: number; options: OptionCount[] }
  | { kind: 'text'; question: ScorecardQuestion; answered: number };

/** The answers to one question in the submitted feedback whose answers are visible. Drafts never count. */
function submittedAnswers(question: ScorecardQuestion, reviewers: readonly ReviewerFeedback[]): FeedbackAnswer[] {
  return reviewers.flatMap((reviewer) => {
    const answer = reviewer.state === 'submitted' ? reviewer.answers?.[question.id] : undefined;
    return isAnswered(answer) ? [answer!] : [];
  });
}

export function aggregateQuestion(question: ScorecardQuestion, reviewers: readonly ReviewerFeedback[]): QuestionAggregate {
  const answers = submittedAnswers(question, reviewers);
  const answered = answers.length;
  switch (question.type) {
    case 'stars':
    case 'score': {
      const numbers = answers.filter((answer): answer is number => typeof answer === 'number');
      const sum = numbers.reduce((total, value) => total + value, 0);
      const average = numbers.length > 0 ? sum / numbers.length : null;
      return { kind: 'rating', question, answered, average, max: question.type === 'stars' ? 5 : 10 };
    }
    case 'yes_no': {
      const yes = answers.filter((answer) => answer === true).length;
      return { kind: 'yes_no', question, answered, yes, no: answers.filter((answer) => answer === false).length };
    }
    case 'single_select':
    case 'multi_select': {
      const chosen = answers.flatMap((answer) => (Array.isArray(answer) ? answer : [answer]));
      const options = question.options.map((option) => ({ option, count: chosen.filter((c) => c === option).length }));
      return { kind: 'choices', question, answered, options };
    }
    case 'text':
      return { kind: 'text', question, answered };
  }
}

/** Every question's aggregate, in the scorecard's order. */
export function aggregateFeedback(questions: readonly ScorecardQuestion[], reviewers: readonly ReviewerFeedback[]): QuestionAggregate[] {
  return questions.map((question) => aggregateQuestion(question, reviewers));
}
