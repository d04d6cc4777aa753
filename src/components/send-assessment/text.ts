import type { ScorecardQuestionType } from '../../domain/scorecard';
import type { NoProviderText } from '../../ui/NoProviderNotice';
import type { ProviderChoiceText } from '../../ui/ProviderChoice';
import type { PeopleFieldText } from '../../ui/ReviewersField';

/**
 * Every string `SendAssessmentDialog` shows or speaks, validation messages included. Override any part through the
 * provider's `text.sendAssessment` or the dialog's own `text` prop. The pickers' shared strings are `text.picker`;
 * status words come from `text.statusBadge`.
 */
export interface SendAssessmentText {
  title: string;
  /** Under the title, ad hoc. */
  description: string;
  /** Under the title, for a plan activity; `stage` is null when the plan didn't name it. */
  fromPlanDescription: (stage: string | null) => string;
  /** Names the candidate block for screen readers. */
  candidateLabel: string;
  candidateLoadFailed: string;
  /** The plan activity was sent meanwhile, or no longer exists. */
  activityMissing: string;
  provider: ProviderChoiceText;
  noProvider: NoProviderText;
  test: {
    label: string;
    placeholder: string;
    /** Before a provider is chosen. */
    chooseProviderFirst: string;
    duration: (minutes: number) => string;
    /** Joins a test's languages: "TypeScript, JavaScript". */
    languages: (languages: readonly string[]) => string;
    /** Joins duration and languages in an option: "90 min · Go". */
    separator: string;
    archived: (provider: string) => string;
    noResults: (search: string) => string;
    required: string;
    /** The backend refused the test (archived or deleted at the vendor). */
    unavailable: (provider: string) => string;
  };
  reviewers: PeopleFieldText;
  scorecard: {
    label: string;
    none: string;
    /** What "no scorecard" means, shown when it's chosen. */
    noneHint: string;
    /** The questions a plan activity brought, when they are not a template. */
    planQuestions: (count: number) => string;
    /** Heading of the preview. */
    previewLabel: (count: number) => string;
    questionTypes: Record<ScorecardQuestionType, string>;
    required: string;
    optional: string;
    loadFailed: string;
  };
  expiry: {
    label: string;
    hint: (provider: string, defaultDays: number, maxDays: number) => string;
    required: string;
    /** Part of the date was typed (or deleted): it is neither a day nor empty. */
    incomplete: string;
    past: string;
    /** `lastDate` is the last allowed day, formatted ("16 Nov"). */
    tooLate: (provider: string, maxDays: number, lastDate: string) => string;
  };
  message: {
    label: string;
    hint: (maxLength: number) => string;
    /** Visible counter: "120 / 1,000". */
    count: (used: number, maxLength: number) => string;
    tooLong: (maxLength: number) => string;
  };
  duplicate: {
    title: (candidate: string) => string;
    /** `test` is its title; `sentAt` a formatted date or null when not sent yet. */
    body: (test: string, sentAt: string | null) => string;
    confirm: string;
    open: string;
  };
  errors: {
    formTitle: string;
    /** A provider the backend says can't send (revoked key, disconnected). */
    providerUnavailable: (provider: string) => string;
    /** The plan activity was sent by someone else meanwhile. */
    alreadySent: string;
  };
  /** Asked when Escape, × or Cancel would drop a filled-in form. */
  discard: { title: string; description: string; keepEditing: string; confirm: string };
  cancel: string;
  send: string;
  /** The Send button while sending; also said (politely) as the send starts, and when Escape is held meanwhile. */
  sending: string;
  /** Said (politely) after the send: the dialog closes. */
  sent: (candidate: string, test: string) => string;
}

declare module '../../data/text' {
  interface KitTextRegistry {
    sendAssessment: SendAssessmentText;
  }
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** English defaults. */
export const sendAssessmentText: SendAssessmentText = {
  title: 'Send assessment',
  description: 'Choose a test and who reviews it. The candidate gets an email with the link.',
  fromPlanDescription: (stage) =>
    `${stage ? `The “${stage}” stage` : 'The interview plan'} set this up. Check it, change anything, then send.`,
  candidateLabel: 'Candidate',
  candidateLoadFailed: 'We couldn’t load the candidate.',
  activityMissing: 'This plan activity was already sent or no longer exists. Close this and check the candidate’s assessments.',
  provider: {
    legend: 'Assessment provider',
    needsAttention: (provider, reason) => `${reason ?? `${provider} needs attention.`} An admin can reconnect it under Integrations.`,
    required: 'Choose a provider.',
    loadFailed: 'We couldn’t load the assessment providers.',
  },
  noProvider: {
    title: 'No assessment provider is connected',
    body: 'Connect CodeInterview or another provider to send coding assessments from here.',
    setUp: 'Set up an integration',
    askAdmin: 'Ask an admin to connect one under Settings > Integrations.',
  },
  test: {
    label: 'Test',
    placeholder: 'Search by title or language',
    chooseProviderFirst: 'Choose a provider first',
    duration: (minutes) => `${minutes} min`,
    languages: (languages) => languages.join(', '),
    separator: ' · ',
    archived: (provider) => `Archived in ${provider}`,
    noResults: (search) => (search ? `No tests match “${search}”` : 'This provider has no tests yet'),
    required: 'Choose a test.',
    unavailable: (provider) => `This test is no longer available in ${provider} (it may have been archived). Choose another test.`,
  },
  reviewers: {
    label: 'Reviewers',
    hint: 'They review the results and fill in the scorecard.',
    placeholder: 'Search people',
    selectionLabel: 'Chosen reviewers',
    noResults: (search) => (search ? `No one matches “${search}”` : 'No one to choose yet'),
    required: 'Choose at least one reviewer.',
  },
  scorecard: {
    label: 'Scorecard',
    none: 'No scorecard',
    noneHint: 'Reviewers see the results and score but fill in no form; their feedback is free text.',
    planQuestions: (count) => `The plan’s own questions (${plural(count, 'question', 'questions')})`,
    previewLabel: (count) => `What reviewers answer (${plural(count, 'question', 'questions')})`,
    questionTypes: {
      stars: '1–5 stars',
      score: 'Score 1–10',
      yes_no: 'Yes or no',
      text: 'Written answer',
      single_select: 'One choice',
      multi_select: 'Several choices',
    },
    required: 'Required',
    optional: 'Optional',
    loadFailed: 'We couldn’t load the scorecard templates.',
  },
  expiry: {
    label: 'Link expires on',
    hint: (provider, defaultDays, maxDays) =>
      `${provider} links stay open ${plural(defaultDays, 'day', 'days')} unless you choose, ${plural(maxDays, 'day', 'days')} at most.`,
    required: 'Choose when the link expires.',
    incomplete: 'Finish the date, or pick one from the calendar.',
    past: 'Choose a date after today.',
    tooLate: (provider, maxDays, lastDate) =>
      `${provider} links can stay open for ${plural(maxDays, 'day', 'days')} at most: choose ${lastDate} or earlier.`,
  },
  message: {
    label: 'Message to the candidate (optional)',
    hint: (maxLength) => `Added to the invitation email. Up to ${maxLength.toLocaleString('en')} characters.`,
    count: (used, maxLength) => `${used.toLocaleString('en')} / ${maxLength.toLocaleString('en')}`,
    tooLong: (maxLength) => `Keep the message to ${maxLength.toLocaleString('en')} characters or fewer.`,
  },
  duplicate: {
    title: (candidate) => `${candidate} already has this test open`,
    body: (test, sentAt) =>
      `“${test}” was ${sentAt ? `sent ${sentAt}` : 'sent'} and isn’t finished yet. Sending again gives the candidate a second link.`,
    confirm: 'Send it again anyway',
    open: 'Open the existing assessment',
  },
  errors: {
    formTitle: 'The assessment wasn’t sent',
    providerUnavailable: (provider) =>
      `${provider} can’t send assessments right now (its API key may have been revoked). Ask an admin to reconnect it under Integrations, or choose another provider.`,
    alreadySent: 'Someone already sent this plan activity. Close this and check the candidate’s assessments.',
  },
  discard: {
    title: 'Discard this assessment?',
    description: 'What you chose and wrote here is lost, and nothing is sent.',
    keepEditing: 'Keep editing',
    confirm: 'Discard',
  },
  cancel: 'Cancel',
  send: 'Send assessment',
  sending: 'Sending…',
  sent: (candidate, test) => `Assessment sent to ${candidate}: ${test}.`,
};
