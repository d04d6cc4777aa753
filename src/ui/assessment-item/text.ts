import type { ReviewerFeedbackState } from '../../domain/reviewer-feedback';

/**
 * The strings of the parts every assessment item shares, a test's card, a live interview's and the feedback form's
 * result: the result block, reviewers' feedback states, the history, the cancel dialog's common words and the way to
 * the feedback. One set, overridden through `text.assessmentItem`; what differs by kind (a test's or an interview's
 * words) stays with each feature. Functions receive values already formatted for the locale.
 */
export interface AssessmentItemText {
  /** Under the title: the vendor ("CodeInterview"). */
  provider: (providerName: string) => string;
  /** Under the summary line of the item the recruiter just sent from the list, so the send is seen, not only heard. */
  justSent: string;

  /** What it produced: score, time taken, the vendor's report (a live interview's playback). */
  result: {
    score: string;
    /** "41/50 · 82%". */
    scoreValue: (got: string, total: string, percent: string) => string;
    /** Spoken: "41 out of 50, 82%". */
    scoreSpoken: (got: string, total: string, percent: string) => string;
    /** Completed, but the vendor has not reported a score yet. */
    scorePending: string;
    timeTaken: string;
    /** "1 h 25 min", "45 min". */
    duration: (hours: number, minutes: number) => string;
    report: string;
    /** The link's accessible name; says it opens a new tab. */
    reportLabel: (testTitle: string) => string;
    /** Completed without a report link (none yet, or not an http(s) URL). */
    noReport: string;
    /** A live interview's recording, where a test has its report. */
    playback: string;
    playbackLabel: (interviewTitle: string) => string;
    noPlayback: string;
  };

  /** Where each reviewer's feedback stands, and the way to it. */
  feedback: {
    /** "1 of 3 submitted". */
    summary: (submitted: number, total: number) => string;
    states: Record<ReviewerFeedbackState, string>;
    /** "Submitted 3 Nov". */
    submittedOn: (date: string) => string;
    /** The button that opens the feedback (reviewers give theirs there, others read). */
    open: string;
    /** Its accessible name: it starts with the visible word. */
    openLabel: (title: string) => string;
    dialogTitle: (title: string) => string;
    /** The feedback form's code didn't load (offline, or a new deploy). */
    unavailable: string;
  };

  history: {
    /** The disclosure button; `count` entries. */
    toggle: (count: number) => string;
    /** Its accessible name: it starts with the visible words and names the item (a list holds many). */
    toggleLabel: (title: string, count: number) => string;
    /** "Sent, 2 Nov 2026, 09:30". */
    entryLabel: (status: string, dateTime: string) => string;
  };

  /** The cancel dialog's words for any kind; its title, buttons and error title come in the kind's words. */
  cancel: {
    reasonLabel: string;
    reasonHint: string;
    /** The backend refused: it is no longer active. `status` is its status word now. */
    refused: (status: string) => string;
    /** The backend refused and the new status is not known yet. */
    refusedUnknown: string;
    close: string;
    /** Said when Escape is held while the cancel runs: why the dialog stays. */
    cancelling: string;
    /** Escape with a reason typed asks first. */
    discard: { title: string; description: string; keepEditing: string; confirm: string };
  };
}

/** What a cancel says in the words of one kind of item (a test's, an interview's). */
export interface CancelWords {
  title: (title: string) => string;
  description: string;
  keep: string;
  confirm: string;
  errorTitle: string;
}

declare module '../../data/text' {
  interface KitTextRegistry {
    assessmentItem: AssessmentItemText;
  }
}

/** English defaults. */
export const assessmentItemText: AssessmentItemText = {
  provider: (providerName) => providerName,
  justSent: 'Sent just now',

  result: {
    score: 'Score',
    scoreValue: (got, total, percent) => `${got}/${total} · ${percent}`,
    scoreSpoken: (got, total, percent) => `${got} out of ${total}, ${percent}`,
    scorePending: 'Score pending',
    timeTaken: 'Time taken',
    duration: (hours, minutes) => (hours === 0 ? (minutes === 0 ? 'Under a minute' : `${minutes} min`) : minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`),
    report: 'View report',
    reportLabel: (testTitle) => `View report for ${testTitle} (opens in a new tab)`,
    noReport: 'The vendor hasn’t shared a report yet.',
    playback: 'Watch the playback',
    playbackLabel: (interviewTitle) => `Watch the playback of ${interviewTitle} (opens in a new tab)`,
    noPlayback: 'No playback link from the vendor.',
  },

  feedback: {
    summary: (submitted, total) => `${submitted} of ${total} submitted`,
    states: { due: 'Due', draft: 'Draft saved', submitted: 'Submitted' },
    submittedOn: (date) => `Submitted ${date}`,
    open: 'Open feedback',
    openLabel: (title) => `Open feedback on ${title}`,
    dialogTitle: (title) => `Feedback: ${title}`,
    unavailable: 'The feedback could not be opened. Reload the page to try again.',
  },

  history: {
    toggle: (count) => `History (${count})`,
    toggleLabel: (title, count) => `History (${count}): ${title}`,
    entryLabel: (status, dateTime) => `${status}, ${dateTime}`,
  },

  cancel: {
    reasonLabel: 'Reason (optional)',
    reasonHint: 'Saved in the assessment’s history. The candidate doesn’t see it.',
    refused: (status) => `It can no longer be cancelled. Current status: ${status}.`,
    refusedUnknown: 'It can no longer be cancelled: its status changed. The list shows its current status.',
    close: 'Close',
    cancelling: 'Cancelling…',
    discard: {
      title: 'Discard the reason?',
      description: 'The reason you typed is not saved, and nothing is cancelled.',
      keepEditing: 'Keep editing',
      confirm: 'Discard reason',
    },
  },
};
