import type { FeedbackPolicy } from '../../domain/interview-plan';
import type { ScorecardQuestionType } from '../../domain/scorecard';

/**
 * Every string `InterviewPlanEditor`, `AssessmentActivityDialog` and the Add Activity menu show or speak. Override
 * any part through the provider's `text.interviewPlan` or a component's `text` prop. `provider` is the vendor's
 * display name from the backend ("CodeInterview"); `stage` and `name` come from the host's plan.
 */
export interface InterviewPlanText {
  /** The activity's name in the menu, the plan and the dialog: "Send CodeInterview Assessment". */
  activityName: (provider: string) => string;
  editor: {
    heading: string;
    /** Under the heading: "Senior Frontend Engineer · version 3". */
    jobLine: (jobTitle: string, version: number) => string;
    loading: string;
    loadError: string;
    retry: string;
    empty: { title: string; description: string };
    /** Accessible name of the list of stages. */
    stagesLabel: string;
    /** Read before a stage's name: "Stage 3 of 6". */
    stagePosition: (position: number, total: number) => string;
    activityCount: (count: number) => string;
    noActivities: string;
  };
  menu: {
    /** The button under each stage, and its accessible name. */
    button: string;
    buttonLabel: (stage: string) => string;
    loading: string;
    loadError: string;
    retry: string;
    none: string;
    notConnected: (provider: string) => string;
    /** `reason` is the backend's words ("The API key was revoked"), or null. */
    needsAttention: (provider: string, reason: string | null) => string;
    /** The connection could not be checked. */
    unknown: (provider: string) => string;
    checking: (provider: string) => string;
    /** After the reason, when the host can take the user to setup. */
    setUp: (provider: string) => string;
  };
  activity: {
    test: string;
    reviewers: string;
    scorecard: string;
    feedback: string;
    sending: string;
    /** The flag on a test archived at the vendor (an icon and this word, never colour alone). */
    archived: string;
    archivedHint: (provider: string) => string;
    reviewerCount: (count: number) => string;
    noReviewers: string;
    /** "Frontend take-home review", when the template is no longer listed. */
    unknownTemplate: string;
    customQuestions: (count: number) => string;
    feedbackFrom: Record<FeedbackPolicy, string>;
    autoSendOn: string;
    autoSendOff: string;
    /** A host activity shows its title; this names what it is for screen readers. */
    hostActivity: (type: string) => string;
    unreadable: { title: string; description: string };
    /** Marks on activities changed since the last save ("Unsaved: New"). */
    changes: { label: string; added: string; edited: string; moved: string };
    actions: {
      edit: (name: string) => string;
      moveUp: (name: string) => string;
      moveDown: (name: string) => string;
      moveTo: (name: string) => string;
      moveToStage: (stage: string) => string;
      remove: (name: string) => string;
    };
  };
  /** Said through the kit's live region after each change, as it happens off the focused control. */
  announcements: {
    added: (name: string, stage: string) => string;
    updated: (name: string) => string;
    moved: (name: string, position: number, total: number, stage: string) => string;
    removed: (name: string, stage: string) => string;
  };
  save: {
    unsaved: string;
    allSaved: string;
    save: string;
    discard: string;
    saved: (version: number) => string;
    failedTitle: string;
    /** A server message about one activity (e.g. its test no longer exists) is shown on that activity. */
    activityError: (message: string) => string;
  };
  conflict: {
    title: string;
    description: string;
    review: string;
    discardMine: string;
    reapplied: (version: number) => string;
    notReapplied: string;
    /** One activity that could not be re-applied: its stage is gone from the latest plan. */
    stageGone: (name: string, stage: string) => string;
  };
  /** The unsaved-changes warning: discarding the plan's edits, or closing the activity dialog with edits. */
  discard: {
    planTitle: string;
    planDescription: string;
    dialogTitle: string;
    dialogDescription: string;
    keepEditing: string;
    confirm: string;
  };
  dialog: {
    editTitle: (provider: string) => string;
    /** `stage` is null when the host opened the dialog without naming one. */
    description: (stage: string | null) => string;
    add: string;
    update: string;
    cancel: string;
    /** Said when Escape is pressed while the host stores the activity (the dialog stays open). */
    saving: string;
    failed: string;
    /** The provider is not connected: the activity can be set up, but nothing is sent until it is. */
    notConnected: (provider: string) => string;
  };
  form: {
    test: string;
    testHint: (provider: string) => string;
    testArchived: (provider: string) => string;
    reviewers: string;
    reviewersHint: string;
    scorecard: string;
    scorecardHint: string;
    useTemplate: string;
    writeQuestions: string;
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
      text: string;
      type: string;
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
}

declare module '../../data/text' {
  interface KitTextRegistry {
    interviewPlan: InterviewPlanText;
  }
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** English defaults. */
export const interviewPlanText: InterviewPlanText = {
  activityName: (provider) => `Send ${provider} Assessment`,
  editor: {
    heading: 'Interview plan',
    jobLine: (jobTitle, version) => `${jobTitle} · version ${version}`,
    loading: 'Loading the interview plan…',
    loadError: 'The interview plan couldn’t be loaded',
    retry: 'Try again',
    empty: {
      title: 'This job has no hiring stages yet',
      description: 'Add stages to the job’s pipeline first; assessment activities go under a stage.',
    },
    stagesLabel: 'Hiring stages',
    stagePosition: (position, total) => `Stage ${position} of ${total}`,
    activityCount: (count) => plural(count, 'activity', 'activities'),
    noActivities: 'No activities yet.',
  },
  menu: {
    button: 'Add activity',
    buttonLabel: (stage) => `Add activity to ${stage}`,
    loading: 'Loading assessment providers…',
    loadError: 'The assessment providers couldn’t be loaded.',
    retry: 'Try again',
    none: 'No assessment providers are available.',
    notConnected: (provider) => `${provider} isn’t connected.`,
    needsAttention: (provider, reason) => (reason ? `${provider} needs attention: ${reason}` : `${provider} needs attention.`),
    unknown: (provider) => `The connection to ${provider} couldn’t be checked.`,
    checking: (provider) => `Checking the connection to ${provider}…`,
    setUp: (provider) => `Set up ${provider}`,
  },
  activity: {
    test: 'Test',
    reviewers: 'Reviewers',
    scorecard: 'Scorecard',
    feedback: 'Feedback',
    sending: 'Sending',
    archived: 'Archived',
    archivedHint: (provider) => `Archived in ${provider}: candidates can’t take it. Choose another test.`,
    reviewerCount: (count) => plural(count, 'reviewer', 'reviewers'),
    noReviewers: 'No reviewers',
    unknownTemplate: 'A template that no longer exists',
    customQuestions: (count) => plural(count, 'custom question', 'custom questions'),
    feedbackFrom: { every_reviewer: 'Every reviewer', any_reviewer: 'Any one reviewer' },
    autoSendOn: 'Automatically when a candidate enters the stage',
    autoSendOff: 'A recruiter reviews and sends it',
    hostActivity: (type) => `Activity of type ${type}`,
    unreadable: {
      title: 'An activity that can’t be shown',
      description: 'Its details are incomplete. It is kept exactly as it is and saved unchanged.',
    },
    changes: { label: 'Unsaved change', added: 'New', edited: 'Edited', moved: 'Moved' },
    actions: {
      edit: (name) => `Edit ${name}`,
      moveUp: (name) => `Move ${name} up`,
      moveDown: (name) => `Move ${name} down`,
      moveTo: (name) => `Move ${name} to another stage`,
      moveToStage: (stage) => `Move to ${stage}`,
      remove: (name) => `Remove ${name}`,
    },
  },
  announcements: {
    added: (name, stage) => `${name} added to ${stage}. Save the plan to keep it.`,
    updated: (name) => `${name} updated. Save the plan to keep it.`,
    moved: (name, position, total, stage) => `${name} moved to position ${position} of ${total} in ${stage}.`,
    removed: (name, stage) => `${name} removed from ${stage}.`,
  },
  save: {
    unsaved: 'You have unsaved changes.',
    allSaved: 'All changes saved.',
    save: 'Save plan',
    discard: 'Discard changes',
    saved: (version) => `Interview plan saved (version ${version}).`,
    failedTitle: 'The plan wasn’t saved',
    activityError: (message) => `Not saved: ${message}`,
  },
  conflict: {
    title: 'Someone else saved this plan while you were editing',
    description: 'Your changes are still here. Review the latest plan with your changes re-applied, then save again.',
    review: 'Review latest plan',
    discardMine: 'Discard my changes',
    reapplied: (version) => `Your changes were re-applied to the latest plan (version ${version}). Check them, then save.`,
    notReapplied: 'These changes couldn’t be re-applied:',
    stageGone: (name, stage) => `${name}: the stage “${stage}” is no longer in the plan.`,
  },
  discard: {
    planTitle: 'Discard your changes to the plan?',
    planDescription: 'The plan goes back to how it was last saved.',
    dialogTitle: 'Discard this activity’s changes?',
    dialogDescription: 'What you entered hasn’t been added to the plan.',
    keepEditing: 'Keep editing',
    confirm: 'Discard changes',
  },
  dialog: {
    editTitle: (provider) => `Edit Send ${provider} Assessment`,
    description: (stage) =>
      stage
        ? `Every candidate who enters ${stage} gets this assessment.`
        : 'Every candidate who enters the stage gets this assessment.',
    add: 'Add assessment',
    update: 'Save activity',
    cancel: 'Cancel',
    saving: 'Saving…',
    failed: 'The activity couldn’t be saved. Try again.',
    notConnected: (provider) =>
      `${provider} isn’t connected. You can set up the activity now; assessments can’t be sent until an admin connects ${provider}.`,
  },
  form: {
    test: 'Test',
    testHint: (provider) => `A test already set up in ${provider}.`,
    testArchived: (provider) => `This test was archived in ${provider}: candidates can’t take it. Choose another test.`,
    reviewers: 'Reviewers',
    reviewersHint: 'They review the results and fill in the scorecard.',
    scorecard: 'Scorecard',
    scorecardHint: 'What reviewers fill in for each candidate.',
    useTemplate: 'Use a template',
    writeQuestions: 'Write questions',
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
      text: 'Question',
      type: 'Answer',
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
  },
};
