import type { CancelWords } from '../../ui/assessment-item/text';

/**
 * Every string the candidate's Assessments tab (`CandidateAssessments`) shows or speaks. Override any part through
 * the provider's `text.candidateAssessments` or the component's `text` prop; the status words come from
 * `text.statusBadge`, and what every item shares (result, feedback states, history, the cancel dialog's common
 * words) from `text.assessmentItem`. Functions receive values already formatted for the locale ("2 Nov", "Ana Park
 * and Ben Ode").
 */
export interface CandidateAssessmentsText {
  heading: string;
  /** The button that sends an assessment that no plan asked for. */
  sendAssessment: string;
  /** The Send dialog's code could not be loaded (offline, or an app update replaced it); the common network text follows. */
  sendUnavailable: string;
  /** Said (visually hidden) while the list loads. */
  loading: string;
  loadError: string;
  retry: string;
  empty: { title: string; description: string };
  /** Names the list for screen readers (it says the order). */
  listLabel: string;
  /** On a test's summary line after its title, where a live interview says "Live interview". */
  kind: string;

  /** Under the test's title, after the vendor: where the assessment came from. */
  fromPlan: (stageName: string | null) => string;
  adHoc: string;
  sentBy: (name: string) => string;
  /** `names` is a joined list: "Ana Park, Ben Ode and Cy Li". */
  reviewers: (names: string) => string;
  noReviewers: string;

  needsAction: {
    /** The tag on an assessment a plan created and nobody has sent. */
    label: string;
    description: string;
    send: string;
    /** The Send button's accessible name: it starts with the visible word. */
    sendLabel: (testTitle: string) => string;
  };

  completed: {
    /** The heading of its reviewers' feedback. */
    feedback: string;
  };

  expired: {
    /** `date` is "28 Oct". */
    when: (date: string) => string;
    resend: string;
    resendLabel: (testTitle: string) => string;
    /** Shown on an expired or failed assessment once a new invitation went out for it. */
    resent: (date: string) => string;
  };

  active: {
    resendInvitation: string;
    resendInvitationLabel: (testTitle: string) => string;
    cancel: string;
    cancelLabel: (testTitle: string) => string;
  };

  failed: {
    /** The cause, when the backend gave one; `reason` is its sentence. */
    cause: (reason: string) => string;
    unknownCause: string;
    nextStep: string;
    resend: string;
    resendLabel: (testTitle: string) => string;
  };

  unknown: {
    /** `word` is the status the backend sent. */
    description: (word: string | null) => string;
  };

  /** A resend that failed, above the item's buttons; the message under it comes from the common error text. */
  resendError: string;
  /** The backend refused the resend (its status changed, or the provider is not connected any more). */
  resendRefused: string;

  /** The cancel dialog in a test's words; the rest comes from `text.assessmentItem.cancel`. */
  cancelConfirm: CancelWords;

  /** Said politely to screen readers. */
  announcements: {
    /** An assessment's status changed while the list was open. */
    statusChanged: (testTitle: string, status: string) => string;
    /** A new assessment appeared while the list was open. */
    added: (testTitle: string, status: string) => string;
    /** The candidate got a new link for the same assessment. */
    resent: (testTitle: string) => string;
    /** The status word with the score it came with ("Completed", "41 out of 50, 82%"), for the two above. */
    withScore: (status: string, score: string) => string;
  };
}

declare module '../../data/text' {
  interface KitTextRegistry {
    candidateAssessments: CandidateAssessmentsText;
  }
}

/** English defaults. */
export const candidateAssessmentsText: CandidateAssessmentsText = {
  heading: 'Assessments',
  sendAssessment: 'Send Assessment',
  sendUnavailable: 'The Send Assessment dialog could not be opened. Reload the page to try again.',
  loading: 'Loading assessments…',
  loadError: 'The assessments could not be loaded.',
  retry: 'Try again',
  empty: {
    title: 'No assessments yet',
    description: 'Send this candidate a coding assessment, or move them to a stage whose interview plan sends one.',
  },
  listLabel: 'Assessments, those needing action first, then newest',
  kind: 'Assessment',

  fromPlan: (stageName) => (stageName ? `Interview plan: ${stageName}` : 'Interview plan'),
  adHoc: 'Sent ad hoc',
  sentBy: (name) => `Sent by ${name}`,
  reviewers: (names) => `Reviewers: ${names}`,
  noReviewers: 'No reviewers',

  needsAction: {
    label: 'Needs action',
    description: 'The interview plan created this assessment. Review the test and reviewers, then send it.',
    send: 'Send',
    sendLabel: (testTitle) => `Send ${testTitle}`,
  },

  completed: {
    feedback: 'Reviewer feedback',
  },

  expired: {
    when: (date) => `The link expired on ${date} without an attempt.`,
    resend: 'Resend',
    resendLabel: (testTitle) => `Resend ${testTitle} as a new invitation`,
    resent: (date) => `A new invitation was sent on ${date}.`,
  },

  active: {
    resendInvitation: 'Resend invitation',
    resendInvitationLabel: (testTitle) => `Resend invitation for ${testTitle}`,
    cancel: 'Cancel',
    cancelLabel: (testTitle) => `Cancel ${testTitle}`,
  },

  failed: {
    cause: (reason) => `Cause: ${reason}`,
    unknownCause: 'The vendor reported an error without giving a reason.',
    nextStep: 'Fix the cause (a wrong email address, a test no longer available), then resend. If it fails again, contact the vendor’s support.',
    resend: 'Resend',
    resendLabel: (testTitle) => `Resend ${testTitle} as a new invitation`,
  },

  unknown: {
    description: (word) =>
      word
        ? `The vendor reported a status we don’t recognise (“${word}”). It updates when the vendor reports a known status.`
        : 'The vendor reported a status we don’t recognise. It updates when the vendor reports a known status.',
  },

  resendError: 'The invitation was not resent.',
  resendRefused:
    'It can’t be resent now: its status changed, it was resent already, or its provider is no longer connected. The list shows its current status.',

  cancelConfirm: {
    title: (testTitle) => `Cancel ${testTitle}?`,
    description: 'The candidate’s link stops working. The assessment stays in the history, and you can send a new one later.',
    keep: 'Keep assessment',
    confirm: 'Cancel assessment',
    errorTitle: 'The assessment was not cancelled.',
  },

  announcements: {
    statusChanged: (testTitle, status) => `${testTitle}: ${status}`,
    added: (testTitle, status) => `New assessment, ${testTitle}: ${status}`,
    resent: (testTitle) => `Invitation for ${testTitle} sent again.`,
    withScore: (status, score) => `${status}, ${score}`,
  },
};
