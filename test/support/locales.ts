import type { KitText } from '../../src';
import { deLocale, deText } from '../../src/locales/de';
import { esLocale, esText } from '../../src/locales/es';
import { frLocale, frText } from '../../src/locales/fr';
import { ptBRLocale, ptBRText } from '../../src/locales/pt-BR';

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

/** Every shipped locale: the one list test/locales.test.ts and test/scripts/locale-bundles.test.ts check. */
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
  {
    tag: 'fr',
    locale: frLocale,
    text: frText,
    sameAsEnglish: [
      // Words French recruiting software uses as they are, and the date field's "mm".
      'assessmentItem.result.score', // Score
      'dateField.dateLabel', // Date
      'dateField.placeholder.month', // mm
      'enableIntegration.done.webhookLabel', // Webhook
      'enableIntegration.progress.steps.webhook', // Webhook
      'integrations.manage.webhookHeading', // Webhook
      'interviewPlan.activity.test', // Test
      'interviewPlan.form.test', // Test
      'sendAssessment.test.label', // Test
      'interviewPlan.form.questions.heading', // Questions
      // Punctuation.
      'sendAssessment.test.separator',
      'statusBadge.separator',
      'statusBadge.spokenSeparator',
    ],
    answered: { 0: '0 réponse', 1: '1 réponse', 2: '2 réponses', 1250: '1\u202f250 réponses' },
  },
  {
    tag: 'es',
    locale: esLocale,
    text: esText,
    sameAsEnglish: [
      // The date field's "dd" and "mm" (día, mes), Webhook as a loanword, and "No" as an answer.
      'dateField.placeholder.day', // dd
      'dateField.placeholder.month', // mm
      'enableIntegration.done.webhookLabel', // Webhook
      'enableIntegration.progress.steps.webhook', // Webhook
      'integrations.manage.webhookHeading', // Webhook
      'feedback.questions.no', // No
      // Punctuation.
      'sendAssessment.test.separator',
      'statusBadge.separator',
      'statusBadge.spokenSeparator',
    ],
    answered: { 0: '0 respuestas', 1: '1 respuesta', 2: '2 respuestas', 1250: '1250 respuestas' },
  },
  {
    tag: 'pt-BR',
    locale: ptBRLocale,
    text: ptBRText,
    sameAsEnglish: [
      // Loanwords Brazilian recruiting software uses as they are, and the date field's "dd" and "mm" (dia, mês).
      'dateField.placeholder.day', // dd
      'dateField.placeholder.month', // mm
      'enableIntegration.done.webhookLabel', // Webhook
      'enableIntegration.progress.steps.webhook', // Webhook
      'integrations.manage.webhookHeading', // Webhook
      'integrations.manage.status', // Status
      'interviewPlan.activity.feedback', // Feedback
      'interviewPlan.activity.scorecard', // Scorecard
      'interviewPlan.form.scorecard', // Scorecard
      'liveInterview.scorecard.label', // Scorecard
      'sendAssessment.scorecard.label', // Scorecard
      'liveInterview.links.label', // Links
      // Punctuation.
      'sendAssessment.test.separator',
      'statusBadge.separator',
      'statusBadge.spokenSeparator',
    ],
    answered: { 0: '0 resposta', 1: '1 resposta', 2: '2 respostas', 1250: '1.250 respostas' },
  },
];
