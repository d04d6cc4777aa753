import type { FeedbackPolicy } from '../../domain/interview-plan';
import type { ScorecardQuestionType } from '../../domain/scorecard';

/**
 * Every string `AssessmentFeedbackForm` and `AssessmentFeedbackSummary` show or speak. Override any part through the
 * provider's `text.feedback` or a component's `text` prop; status words come from `text.statusBadge`, the result,
 * reviewer states and dates submitted from `text.assessmentItem`, error sentences from `text.common`. Functions
 * receive values already formatted for the locale ("2 Nov", "4.3", "09:41").
 */
export interface FeedbackText {
  /** The form's heading. */
  formHeading: string;
  /** The summary's heading (also inside the form, once the reviewer may see others' feedback). */
  summaryHeading: string;
  /** Said (visually hidden) while the feedback loads. */
  loading: string;
  loadError: string;
  retry: string;

  /** The result the reviewer judges; the result's own words (score, report, playback) come from `text.assessmentItem`. */
  context: {
    /** Names the region for screen readers. */
    label: string;
    reviewers: string;
    /** A reviewer's name in the list when it is the signed-in user. */
    you: (name: string) => string;
  };

  notOpen: {
    title: string;
    /** `status` is the assessment's status word ("In progress"). */
    description: (status: string) => string;
  };
  notReviewer: { title: string; description: string };
  /** Why answers are not shown. */
  hidden: {
    /** The signed-in reviewer sees others' answers once they submitted their own. */
    untilYouSubmit: string;
    /** The backend hides reviewers' answers from this user. */
    byPolicy: string;
    /** In place of one reviewer's answers. */
    answers: string;
  };
  /** Any one reviewer's feedback completed the review before this reviewer gave theirs. */
  alreadyComplete: string;

  questions: {
    /** Beside a question that needs an answer; visible text, not only a colour or an asterisk. */
    required: string;
    /** Above the questions. */
    requiredNote: string;
    /** The assessment has no scorecard: a submit only records that the reviewer looked at the result. */
    none: string;
    /** Each star's accessible name: "3 stars". */
    star: (count: number) => string;
    /** The chosen rating in words, shown beside the stars or scores: "3 of 5". */
    ratingValue: (value: number, max: number) => string;
    /** No rating chosen yet. */
    notRated: string;
    yes: string;
    no: string;
  };

  /** Validation messages, under the question. */
  errors: {
    required: Record<ScorecardQuestionType, string>;
    textTooLong: (max: number) => string;
    /** The backend refused an answer the form accepted (it changed its rules, or the scorecard changed). */
    invalid: string;
  };

  /** Where the draft stands, shown beside Submit; `saving` and `saved` are also said as they change. */
  draft: {
    saving: string;
    /** `time` is "09:41". */
    saved: (time: string) => string;
    /** A save failed; the answers stay in the form. */
    failed: string;
    retry: string;
    /** Said each time a save fails (the status on screen says more). */
    failedAnnouncement: string;
  };

  submit: {
    button: string;
    confirmTitle: string;
    confirmDescription: string;
    confirm: string;
    keepEditing: string;
    errorTitle: string;
    /** Said when Escape is pressed while the submit runs: why the confirmation stays open. */
    submitting: string;
    /** Said once the feedback is submitted. */
    done: string;
  };

  /** Why the backend refused a write, shown above the form; the form stays as the reviewer left it. */
  refused: {
    feedback_submitted: string;
    feedback_not_open: string;
    forbidden: string;
  };

  submitted: {
    heading: string;
    /** Under "Your feedback": others still due, under the every-reviewer rule. */
    waiting: (remaining: number) => string;
  };

  /** How an answer reads when shown (read-only). */
  answer: {
    none: string;
    /** "4/5". */
    rating: (value: number, max: number) => string;
    /** Spoken: "4 out of 5". */
    ratingSpoken: (value: number, max: number) => string;
  };

  summary: {
    complete: string;
    waiting: string;
    /** The rule and where it stands: "Every reviewer’s feedback counts: 1 of 3 submitted." */
    rule: Record<FeedbackPolicy, (submitted: number, total: number) => string>;
    reviewersLabel: string;
    questionsLabel: string;
    /** "Average 4.3 of 5". `average` is formatted. */
    average: (average: string, max: number) => string;
    /** "3 answers". */
    answered: (count: number) => string;
    /** No submitted answer the user may see: under one question, or the summary's title when none has any. */
    noAnswers: string;
    /** Under that title: when answers will show. */
    noAnswersYet: string;
    /** "Senior: 2". */
    optionCount: (option: string, count: number) => string;
    /** Names the list of each reviewer's answer to one question. */
    answersLabel: (prompt: string) => string;
  };
}

declare module '../../data/text' {
  interface KitTextRegistry {
    feedback: FeedbackText;
  }
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** English defaults. */
export const feedbackText: FeedbackText = {
  formHeading: 'Your feedback',
  summaryHeading: 'Reviewer feedback',
  loading: 'Loading feedback…',
  loadError: 'The feedback could not be loaded.',
  retry: 'Try again',

  context: {
    label: 'Result',
    reviewers: 'Reviewers',
    you: (name) => `${name} (you)`,
  },

  notOpen: {
    title: 'Feedback isn’t open yet',
    description: (status) => `Reviewers give feedback once the candidate has completed the assessment. Current status: ${status}.`,
  },
  notReviewer: {
    title: 'You’re not a reviewer of this assessment',
    description: 'Only the assigned reviewers give feedback. You can read what they submitted.',
  },
  hidden: {
    untilYouSubmit: 'Other reviewers’ answers show once you submit yours, so theirs don’t sway you.',
    byPolicy: 'Reviewers’ answers are visible to the reviewers only.',
    answers: 'Answers hidden',
  },
  alreadyComplete: 'Feedback is already complete: one reviewer’s feedback is enough for this assessment. You can still add yours.',

  questions: {
    required: 'Required',
    requiredNote: 'Questions marked Required need an answer before you submit. Your answers are saved as a draft as you go.',
    none: 'This assessment has no scorecard. Submit to record that you reviewed the result.',
    star: (count) => plural(count, 'star', 'stars'),
    ratingValue: (value, max) => `${value} of ${max}`,
    notRated: 'Not rated yet',
    yes: 'Yes',
    no: 'No',
  },

  errors: {
    required: {
      stars: 'Choose 1 to 5 stars.',
      score: 'Choose a score from 1 to 10.',
      yes_no: 'Answer yes or no.',
      text: 'Write an answer.',
      single_select: 'Choose one option.',
      multi_select: 'Choose at least one option.',
    },
    textTooLong: (max) => `Keep it under ${max.toLocaleString('en')} characters.`,
    invalid: 'This answer wasn’t accepted. Check it and try again.',
  },

  draft: {
    saving: 'Saving draft…',
    saved: (time) => `Draft saved at ${time}`,
    failed: 'Draft not saved. Your answers are kept here; we’ll retry when you change something.',
    retry: 'Save now',
    failedAnnouncement: 'Your draft could not be saved. Your answers are kept.',
  },

  submit: {
    button: 'Submit feedback',
    confirmTitle: 'Submit your feedback?',
    confirmDescription: 'You can’t change it after submitting. The hiring team and the other reviewers will see it.',
    confirm: 'Submit feedback',
    keepEditing: 'Keep editing',
    errorTitle: 'Your feedback was not submitted.',
    submitting: 'Submitting your feedback…',
    done: 'Feedback submitted.',
  },

  refused: {
    feedback_submitted: 'Your feedback was already submitted, so it can’t change. This is what was submitted.',
    feedback_not_open: 'Feedback isn’t open for this assessment any more. Your answers are kept below.',
    forbidden: 'You’re no longer a reviewer of this assessment. Your answers are kept below, but can’t be submitted.',
  },

  submitted: {
    heading: 'Your answers',
    waiting: (remaining) => `Waiting for ${plural(remaining, 'more reviewer', 'more reviewers')}.`,
  },

  answer: {
    none: 'No answer',
    rating: (value, max) => `${value}/${max}`,
    ratingSpoken: (value, max) => `${value} out of ${max}`,
  },

  summary: {
    complete: 'Complete',
    waiting: 'Waiting',
    rule: {
      every_reviewer: (submitted, total) => `Every reviewer’s feedback counts: ${submitted} of ${total} submitted.`,
      any_reviewer: (submitted, total) => `One reviewer’s feedback is enough: ${submitted} of ${total} submitted.`,
    },
    reviewersLabel: 'Reviewers',
    questionsLabel: 'Answers by question',
    average: (average, max) => `Average ${average} of ${max}`,
    answered: (count) => plural(count, 'answer', 'answers'),
    noAnswers: 'No answers to show yet',
    noAnswersYet: 'Each question’s answers show here once a reviewer submits their feedback.',
    optionCount: (option, count) => `${option}: ${count}`,
    answersLabel: (prompt) => `Answers to “${prompt}”`,
  },
};
