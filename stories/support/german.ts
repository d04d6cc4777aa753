/**
 * A complete German text set for every kit component: an example of a full translation. Typed as `KitText`, so a
 * string the kit adds later and this file lacks is a type error here, not an English word on a German page.
 *
 * It lives with the stories, not in the package: a translation is the host's (its terminology, its formality);
 * shipping it would make its wording a promise. The Localization docs page points here. It is put together from
 * the German sets each feature's stories use (stories/<feature>/german-text.ts), plus the strings none of them
 * needed.
 */
import type { KitText } from '../../src';
import { germanText as candidates } from '../candidate-assessments/german-text';
import { germanText as enableIntegration } from '../enable-integration/german-text';
import { germanText as feedback } from '../feedback/german-text';
import { germanText as integrations } from '../integrations/german-text';
import { germanText as interviewPlan } from '../interview-plan/german-text';
import { germanText as liveInterview } from '../live-interview/german-text';
import { germanText as sendAssessment } from '../send-assessment/german-text';

export const germanKitText: KitText = {
  common: interviewPlan.common,
  picker: interviewPlan.picker,
  dateField: sendAssessment.dateField,
  statusBadge: candidates.statusBadge,
  integrations: {
    ...integrations.integrations,
    maskedKey: (suffix) => `•••• ${suffix}`,
    lastWebhookAgo: (relative) => relative,
    manage: { ...integrations.integrations.manage, lastWebhookValue: (relative) => relative },
  },
  enableIntegration: {
    ...enableIntegration.enableIntegration,
    errors: { ...enableIntegration.enableIntegration.errors, rateLimitOver: 'Sie können es jetzt erneut versuchen.' },
    webhook: {
      ...enableIntegration.enableIntegration.webhook,
      noUrl: 'Die Webhook-URL ist noch nicht verfügbar. Laden Sie die Seite neu, oder wenden Sie sich an den Support, falls sie weiter fehlt.',
    },
    providerNotFound:
      'Diese Integration ist nicht verfügbar. Laden Sie die Seite neu, oder fragen Sie Ihre Administration, welche Anbieter eingerichtet sind.',
  },
  interviewPlan: interviewPlan.interviewPlan,
  sendAssessment: sendAssessment.sendAssessment,
  candidateAssessments: candidates.candidateAssessments,
  assessmentItem: candidates.assessmentItem,
  assessmentSummary: candidates.assessmentSummary,
  feedback: feedback.feedback,
  liveInterview: liveInterview.liveInterview,
};
