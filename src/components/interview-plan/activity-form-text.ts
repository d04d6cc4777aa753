import type { FeedbackPolicy } from '../../domain/interview-plan';
import type { ScorecardQuestionType } from '../../domain/scorecard';

/** The activity form's strings (`InterviewPlanText['form']`): its fields, the questions editor, the validation messages. */
export interface ActivityFormText {
  test: string;
  testHint: (provider: string) => string;
  testArchived: (provider: string) => string;
  reviewers: string;
  reviewersHint: string;
  scorecard: string;
  scorecardHint: string;
  useTemplate: string;
  writeQuestions: string;
  /** Shown in the empty Test and Reviewers fields. */
  testPlaceholder: string;
  reviewersPlaceholder: string;
  template: string;
  chooseTemplate: string;
  templatesLoading: string;
  templatesError: string;
  templateQuestions: (count: number) => string;
  /** Copies the chosen template's questions into questions of this activity's own. */
  customizeTemplate: string;
  questions: {
    heading: string;
    none: string;
    question: (position: number) => string;
    /** Shown in an empty question field (each is named by its position, `textLabel`). */
    textPlaceholder: string;
    types: Record<ScorecardQuestionType, string>;
    required: string;
    /**
     * The accessible names of a question's fields, which start with the visible word: with several questions a
     * list of fields would otherwise read "Question", "Question", "Question".
     */
    textLabel: (position: number) => string;
    typeLabel: (position: number) => string;
    requiredLabel: (position: number) => string;
    options: string;
    /** A choice's name and, muted in its empty field, its placeholder. */
    option: (position: number) => string;
    addOption: string;
    removeOption: (position: number) => string;
    add: string;
    moveUp: (position: number) => string;
    moveDown: (position: number) => string;
    remove: (position: number) => string;
    moved: (from: number, to: number) => string;
    removed: (position: number) => string;
  };
  feedback: string;
  feedbackHints: Record<FeedbackPolicy, string>;
  autoSend: string;
  autoSendHint: string;
  errors: {
    testRequired: string;
    reviewersRequired: string;
    templateRequired: string;
    questionsRequired: string;
    questionText: string;
    optionsTooFew: string;
    optionEmpty: string;
    optionDuplicate: string;
  };
};

/** "1 question", "3 questions": English plurals (a translation brings its own). */
export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** English defaults. */
export const activityFormText: ActivityFormText = {
  test: 'Test',
  testHint: (provider) => `A test already set up in ${provider}.`,
  testArchived: (provider) => `This test was archived in ${provider}: candidates can’t take it. Choose another test.`,
  reviewers: 'Reviewers',
  reviewersHint: 'They review the results and fill in the scorecard.',
  scorecard: 'Scorecard',
  scorecardHint: 'What reviewers fill in for each candidate.',
  useTemplate: 'Use a template',
  writeQuestions: 'Write questions',
  testPlaceholder: 'Search tests by title or language',
  reviewersPlaceholder: 'Search people',
  template: 'Template',
  chooseTemplate: 'Choose a template',
  templatesLoading: 'Loading templates…',
  templatesError: 'The templates couldn’t be loaded.',
  templateQuestions: (count) => plural(count, 'question', 'questions'),
  customizeTemplate: 'Copy into my own questions',
  questions: {
    heading: 'Questions',
    none: 'No questions yet. Add the first one.',
    question: (position) => `Question ${position}`,
    textPlaceholder: 'What should reviewers answer?',
    types: {
      stars: 'Stars (1–5)',
      score: 'Score (1–10)',
      yes_no: 'Yes or no',
      text: 'Open text',
      single_select: 'One choice',
      multi_select: 'Several choices',
    },
    required: 'Required',
    textLabel: (position) => `Question ${position}`,
    typeLabel: (position) => `Answer type for question ${position}`,
    requiredLabel: (position) => `Required, question ${position}`,
    options: 'Choices',
    option: (position) => `Choice ${position}`,
    addOption: 'Add choice',
    removeOption: (position) => `Remove choice ${position}`,
    add: 'Add question',
    moveUp: (position) => `Move question ${position} up`,
    moveDown: (position) => `Move question ${position} down`,
    remove: (position) => `Remove question ${position}`,
    moved: (from, to) => `Question ${from} is now question ${to}.`,
    removed: (position) => `Question ${position} removed.`,
  },
  feedback: 'Whose feedback counts',
  feedbackHints: {
    every_reviewer: 'The review is complete when every reviewer has submitted feedback.',
    any_reviewer: 'The first reviewer to submit feedback completes the review.',
  },
  autoSend: 'Send when a candidate enters the stage',
  autoSendHint: 'Off: the assessment waits on the candidate’s profile until a recruiter reviews and sends it.',
  errors: {
    testRequired: 'Choose a test.',
    reviewersRequired: 'Choose at least one reviewer.',
    templateRequired: 'Choose a template.',
    questionsRequired: 'Add at least one question.',
    questionText: 'Enter the question.',
    optionsTooFew: 'Give at least two choices.',
    optionEmpty: 'Enter the choice, or remove it.',
    optionDuplicate: 'This choice is already listed.',
  },
};
