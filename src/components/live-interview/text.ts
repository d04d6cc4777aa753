import type { CancelWords } from '../../ui/assessment-item/text';
import type { NoProviderText } from '../../ui/NoProviderNotice';
import type { ProviderChoiceText } from '../../ui/ProviderChoice';
import type { PeopleFieldText } from '../../ui/ReviewersField';

/**
 * Every string of live interviews: `ScheduleLiveInterviewDialog` and an interview's row in `CandidateAssessments`,
 * validation and screen-reader text included. Override any part through the provider's `text.liveInterview` or a
 * component's `text` prop; status words come from `text.statusBadge` (`interviewLabels`), the pickers' from
 * `text.picker`, error sentences from `text.common`. Functions receive values already formatted for the locale.
 */
export interface LiveInterviewText {
  title: string;
  description: string;
  /** The dialog's code didn't load (offline, or a deploy replaced it): shown where it would open. */
  unavailable: string;
  /** Names the candidate block for screen readers. */
  candidateLabel: string;
  candidateLoadFailed: string;
  provider: ProviderChoiceText;
  noProvider: NoProviderText & {
    /** Connected providers that have tests but no live interviews: `names` is a joined list. */
    testsOnly: (names: string) => string;
  };
  interviewTitle: {
    label: string;
    /** The default: "Sam Rivera · Senior Frontend Engineer". */
    suggestion: (candidate: string, job: string) => string;
    required: string;
    tooLong: (maxLength: number) => string;
  };
  interviewers: PeopleFieldText;
  scorecard: {
    label: string;
    none: string;
    /** What "no scorecard" means, shown when it's chosen. */
    noneHint: string;
    loadFailed: string;
  };
  when: {
    label: string;
    /** `zone` names the viewer's time zone ("Central European Time"). */
    hint: (zone: string) => string;
    past: string;
    /** Part of a date or time was typed (say, the day and month only): it is neither a time nor empty. */
    incomplete: string;
  };
  errors: {
    formTitle: string;
    /** The backend says this provider can't create pads now (revoked key, disconnected, no live interviews). */
    providerUnavailable: (provider: string) => string;
  };
  /** Asked when Escape, × or Cancel would drop a filled-in form. */
  discard: { title: string; description: string; keepEditing: string; confirm: string };
  cancel: string;
  create: string;
  /** The Create button while creating; also said (politely) as it starts, and when Escape is held meanwhile. */
  creating: string;
  done: string;
  created: {
    title: string;
    /** `when` is the formatted date and time, or null without a set time. */
    description: (interviewTitle: string, when: string | null) => string;
    /** Said politely when the pad was created. */
    announcement: (candidate: string) => string;
  };
  links: {
    /** Names the links block for screen readers. */
    label: string;
    candidate: string;
    candidateHint: string;
    interviewers: string;
    interviewersHint: string;
    /** One link for everyone (the vendor gives no separate one). */
    shared: string;
    sharedHint: string;
    /** The vendor gave no http(s) link. */
    none: string;
    send: string;
    sendAgain: string;
    /** The buttons' accessible name: it starts with the visible word. */
    sendLabel: (visible: string, candidate: string) => string;
    sending: string;
    /** `date` is "2 Nov". */
    sentOn: (date: string) => string;
    notSent: string;
    /** Said politely after the send. */
    sentAnnouncement: (candidate: string) => string;
    sendFailed: string;
  };
  card: {
    /** On the row's summary line after the title. */
    kind: string;
    /** The interviewers' way into the pad, on the summary line once it is about to start or under way. */
    join: string;
    /** Its accessible name: it starts with the visible word and says it opens a new tab. */
    joinLabel: (title: string) => string;
    interviewers: (names: string) => string;
    noInterviewers: string;
    /** The status badge's detail while scheduled without a set time. */
    noTime: string;
    /** The heading of the interviewers' feedback; the playback and feedback states come from `text.assessmentItem`. */
    feedback: string;
    cancel: string;
    cancelLabel: (interviewTitle: string) => string;
    /** The cancel confirmation, in an interview's words; the rest comes from `text.assessmentItem.cancel`. */
    cancelConfirm: CancelWords;
  };
}

declare module '../../data/text' {
  interface KitTextRegistry {
    liveInterview: LiveInterviewText;
  }
}

/** English defaults. */
export const liveInterviewText: LiveInterviewText = {
  title: 'Schedule live interview',
  description: 'Create a live coding pad for the candidate and the interviewers. The candidate gets the link when you send it.',
  unavailable: 'The Schedule live interview dialog could not be opened. Reload the page to try again.',
  candidateLabel: 'Candidate',
  candidateLoadFailed: 'We couldn’t load the candidate.',
  provider: {
    legend: 'Live interview provider',
    needsAttention: (provider, reason) => `${reason ?? `${provider} needs attention.`} An admin can reconnect it under Integrations.`,
    required: 'Choose a provider.',
    loadFailed: 'We couldn’t load the providers.',
  },
  noProvider: {
    title: 'No provider for live interviews is connected',
    body: 'Connect CodeInterview or another provider with live coding pads to schedule interviews here.',
    testsOnly: (names) => `${names} can send tests, but has no live interviews.`,
    setUp: 'Set up an integration',
    askAdmin: 'Ask an admin to connect one under Settings > Integrations.',
  },
  interviewTitle: {
    label: 'Title',
    suggestion: (candidate, job) => `${candidate} · ${job}`,
    required: 'Enter a title.',
    tooLong: (maxLength) => `Keep the title to ${maxLength.toLocaleString('en')} characters or fewer.`,
  },
  interviewers: {
    label: 'Interviewers',
    hint: 'They join the pad, and fill in the scorecard when it ends.',
    placeholder: 'Search people',
    selectionLabel: 'Chosen interviewers',
    noResults: (search) => (search ? `No one matches “${search}”` : 'No one to choose yet'),
    required: 'Choose at least one interviewer.',
  },
  scorecard: {
    label: 'Scorecard',
    none: 'No scorecard',
    noneHint: 'Interviewers fill in no form; their feedback is free text.',
    loadFailed: 'We couldn’t load the scorecard templates.',
  },
  when: {
    label: 'Date and time (optional)',
    hint: (zone) => `In your time zone (${zone}). Leave it empty when there is no set time.`,
    past: 'Choose a time in the future.',
    incomplete: 'Finish the date and time, or clear the field for no set time.',
  },
  errors: {
    formTitle: 'The interview wasn’t created',
    providerUnavailable: (provider) =>
      `${provider} can’t create live interviews right now (its API key may have been revoked). Choose another provider, or ask an admin to reconnect it under Integrations.`,
  },
  discard: {
    title: 'Discard this interview?',
    description: 'What you chose and wrote here is lost, and no interview is created.',
    keepEditing: 'Keep editing',
    confirm: 'Discard',
  },
  cancel: 'Cancel',
  create: 'Create interview',
  creating: 'Creating…',
  done: 'Done',
  created: {
    title: 'Interview created',
    description: (interviewTitle, when) => (when ? `“${interviewTitle}” is scheduled for ${when}.` : `“${interviewTitle}” has no set time.`),
    announcement: (candidate) => `Live interview created for ${candidate}.`,
  },
  links: {
    label: 'Links',
    candidate: 'Candidate’s link',
    candidateHint: 'Send it from here, or copy it into your own invitation.',
    interviewers: 'Interviewers’ link',
    interviewersHint: 'For the interviewers only: it opens the pad with the interviewer’s controls.',
    shared: 'Interview link',
    sharedHint: 'The candidate and the interviewers join with this same link.',
    none: 'The vendor gave no link we can show. Open the interview in the vendor’s app.',
    send: 'Send link to candidate',
    sendAgain: 'Send link again',
    sendLabel: (visible, candidate) => `${visible}: ${candidate}`,
    sending: 'Sending…',
    sentOn: (date) => `Sent to the candidate on ${date}.`,
    notSent: 'Not sent to the candidate yet.',
    sentAnnouncement: (candidate) => `Interview link sent to ${candidate}.`,
    sendFailed: 'The link wasn’t sent.',
  },
  card: {
    kind: 'Live interview',
    join: 'Join',
    joinLabel: (title) => `Join ${title} (opens in a new tab)`,
    interviewers: (names) => `Interviewers: ${names}`,
    noInterviewers: 'No interviewers',
    noTime: 'No set time',
    feedback: 'Interviewer feedback',
    cancel: 'Cancel',
    cancelLabel: (interviewTitle) => `Cancel ${interviewTitle}`,
    cancelConfirm: {
      title: (interviewTitle) => `Cancel ${interviewTitle}?`,
      description: 'The pad’s links stop working. The interview stays in the history, and you can schedule a new one later.',
      keep: 'Keep interview',
      confirm: 'Cancel interview',
      errorTitle: 'The interview was not cancelled.',
    },
  },
};
