import type { FeedbackPolicy } from '../../domain/interview-plan';
import { activityFormText, plural, type ActivityFormText } from './activity-form-text';

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
    /**
     * A host activity shows its title; this says what kind it is, from the host's type ("interview" -> "Interview").
     * A type it doesn't know gets a neutral line, never the raw type.
     */
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
      /** The actions' visible names, on hover and keyboard focus (their full names above are what is heard). */
      tooltips: { edit: string; moveUp: string; moveDown: string; moveTo: string; remove: string };
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
  /** The activity form's fields, questions and validation messages. */
  form: ActivityFormText;
}

declare module '../../data/text' {
  interface KitTextRegistry {
    interviewPlan: InterviewPlanText;
  }
}

/** The host activity types the kit can name; others read as a step the ATS runs. */
const hostActivityKinds: Partial<Record<string, string>> = {
  interview: 'Interview',
  email: 'Email',
  review: 'Review',
  call: 'Call',
};

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
    hostActivity: (type) => hostActivityKinds[type] ?? 'A step your ATS runs',
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
      tooltips: { edit: 'Edit', moveUp: 'Move up', moveDown: 'Move down', moveTo: 'Move to another stage', remove: 'Remove' },
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
    editTitle: (provider) => `Edit ${provider} assessment`,
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
  form: activityFormText,
};
