import type { KitText } from '../../src';
import { deLocale, deText } from '../../src/locales/de';

/** One translation the package ships (assessment-kit/locales/<tag>), with what its tests expect of it. */
export interface ShippedLocale {
  /** The subpath (assessment-kit/locales/<tag>) and the module's name under src/locales/. */
  tag: string;
  locale: string;
  text: KitText;
  /** The strings, by key path, that read the same as the English on purpose (a loanword, a name, punctuation). */
  sameAsEnglish: string[];
  /** What `feedback.summary.answered(count)` says, for a count of each plural form the language has. */
  answered: Record<number, string>;
}

/** Every shipped locale: the one list test/locales.test.ts and test/scripts/locale-bundles.test.ts check. fr, es and pt-BR join here. */
export const shippedLocales: ShippedLocale[] = [
  {
    tag: 'de',
    locale: deLocale,
    text: deText,
    sameAsEnglish: [
      // Loanwords German recruiting software uses as they are.
      'candidateAssessments.heading', // Assessments
      'candidateAssessments.kind', // Assessment
      'enableIntegration.done.webhookLabel', // Webhook
      'integrations.manage.webhookHeading', // Webhook
      'integrations.manage.status', // Status
      'interviewPlan.activity.feedback', // Feedback
      'interviewPlan.activity.test', // Test
      'interviewPlan.form.test', // Test
      'sendAssessment.test.label', // Test
      'liveInterview.links.label', // Links
      'liveInterview.scorecard.label', // Scorecard
      'sendAssessment.scorecard.label', // Scorecard
      'sendAssessment.scorecard.optional', // Optional
      // Punctuation.
      'sendAssessment.test.separator',
      'statusBadge.separator',
      'statusBadge.spokenSeparator',
    ],
    answered: { 0: '0 Antworten', 1: '1 Antwort', 2: '2 Antworten', 1250: '1.250 Antworten' },
  },
];
