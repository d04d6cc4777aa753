import type { AssessmentSummaryText, CandidateAssessmentsText } from '../../src/components/candidate-assessments';
import type { StatusBadgeText } from '../../src/ui/status-badge';
import type { TextOverrides } from '../../src/data/text';
import type { AssessmentItemText } from '../../src/ui/assessment-item/text';
import { germanText as planGerman } from '../interview-plan/german-text';
import { germanText as sendGerman } from '../send-assessment/german-text';

/** The Assessments tab in German, typed with the feature's text interfaces, so a missing string is a type error. */
const candidateAssessments: CandidateAssessmentsText = {
  heading: 'Assessments',
  sendAssessment: 'Assessment senden',
  sendUnavailable: 'Der Dialog zum Senden ließ sich nicht öffnen. Laden Sie die Seite neu und versuchen Sie es erneut.',
  loading: 'Assessments werden geladen…',
  loadError: 'Die Assessments konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  empty: {
    title: 'Noch keine Assessments',
    description:
      'Senden Sie dieser Person einen Programmiertest, oder verschieben Sie sie in eine Phase, deren Interviewplan einen sendet.',
  },
  listLabel: 'Assessments, zuerst was eine Aktion braucht, dann neueste',
  kind: 'Assessment',

  fromPlan: (stageName) => (stageName ? `Interviewplan: ${stageName}` : 'Interviewplan'),
  adHoc: 'Einzeln gesendet',
  sentBy: (name) => `Gesendet von ${name}`,
  reviewers: (names) => `Bewertung: ${names}`,
  noReviewers: 'Niemand bewertet',

  needsAction: {
    label: 'Handlungsbedarf',
    description: 'Der Interviewplan hat dieses Assessment angelegt. Prüfen Sie Test und bewertende Personen und senden Sie es dann.',
    send: 'Senden',
    sendLabel: (testTitle) => `Senden: ${testTitle}`,
  },

  completed: {
    feedback: 'Feedback der bewertenden Personen',
  },

  expired: {
    when: (date) => `Der Link ist am ${date} abgelaufen, ohne dass der Test begonnen wurde.`,
    resend: 'Erneut senden',
    resendLabel: (testTitle) => `Erneut senden: ${testTitle} als neue Einladung`,
    resent: (date) => `Am ${date} wurde eine neue Einladung gesendet.`,
  },

  active: {
    resendInvitation: 'Einladung erneut senden',
    resendInvitationLabel: (testTitle) => `Einladung erneut senden: ${testTitle}`,
    cancel: 'Abbrechen',
    cancelLabel: (testTitle) => `Abbrechen: ${testTitle}`,
  },

  failed: {
    cause: (reason) => `Ursache: ${reason}`,
    unknownCause: 'Der Anbieter hat einen Fehler ohne Begründung gemeldet.',
    nextStep:
      'Beheben Sie die Ursache (eine falsche E-Mail-Adresse, ein nicht mehr verfügbarer Test) und senden Sie es erneut. Schlägt es wieder fehl, wenden Sie sich an den Support des Anbieters.',
    resend: 'Erneut senden',
    resendLabel: (testTitle) => `Erneut senden: ${testTitle} als neue Einladung`,
  },

  unknown: {
    description: (word) =>
      word
        ? `Der Anbieter hat einen unbekannten Status gemeldet („${word}“). Die Anzeige aktualisiert sich, sobald er einen bekannten Status meldet.`
        : 'Der Anbieter hat einen unbekannten Status gemeldet. Die Anzeige aktualisiert sich, sobald er einen bekannten Status meldet.',
  },

  resendError: 'Die Einladung wurde nicht erneut gesendet.',
  resendRefused:
    'Sie lässt sich jetzt nicht erneut senden: Der Status hat sich geändert, sie wurde schon erneut gesendet, oder der Anbieter ist nicht mehr verbunden. Die Liste zeigt den aktuellen Stand.',

  cancelConfirm: {
    title: (testTitle) => `${testTitle} abbrechen?`,
    description:
      'Der Link der Person funktioniert dann nicht mehr. Das Assessment bleibt im Verlauf, und Sie können später ein neues senden.',
    keep: 'Assessment behalten',
    confirm: 'Assessment abbrechen',
    errorTitle: 'Das Assessment wurde nicht abgebrochen.',
  },

  announcements: {
    statusChanged: (testTitle, status) => `${testTitle}: ${status}`,
    added: (testTitle, status) => `Neues Assessment, ${testTitle}: ${status}`,
    resent: (testTitle) => `Einladung für ${testTitle} erneut gesendet.`,
    withScore: (status, score) => `${status}, ${score}`,
  },
};

/** What every item shares (a test's card, an interview's, the feedback form's result), in German. */
export const assessmentItem: AssessmentItemText = {
  provider: (providerName) => providerName,
  justSent: 'Gerade gesendet',
  result: {
    score: 'Punktzahl',
    scoreValue: (got, total, percent) => `${got}/${total} · ${percent}`,
    scoreSpoken: (got, total, percent) => `${got} von ${total}, ${percent}`,
    scorePending: 'Punktzahl ausstehend',
    timeTaken: 'Benötigte Zeit',
    duration: (hours, minutes) =>
      hours === 0 ? (minutes === 0 ? 'Unter einer Minute' : `${minutes} Min.`) : minutes === 0 ? `${hours} Std.` : `${hours} Std. ${minutes} Min.`,
    report: 'Bericht öffnen',
    reportLabel: (testTitle) => `Bericht öffnen: ${testTitle} (öffnet einen neuen Tab)`,
    noReport: 'Der Anbieter hat noch keinen Bericht bereitgestellt.',
    playback: 'Aufzeichnung ansehen',
    playbackLabel: (interviewTitle) => `Aufzeichnung von ${interviewTitle} ansehen (öffnet in einem neuen Tab)`,
    noPlayback: 'Keine Aufzeichnung vom Anbieter.',
  },
  feedback: {
    summary: (submitted, total) => `${submitted} von ${total} abgegeben`,
    states: { due: 'Ausstehend', draft: 'Entwurf gespeichert', submitted: 'Abgegeben' },
    submittedOn: (date) => `Abgegeben am ${date}`,
    open: 'Feedback öffnen',
    openLabel: (title) => `Feedback öffnen: ${title}`,
    dialogTitle: (title) => `Feedback: ${title}`,
    unavailable: 'Das Feedback konnte nicht geöffnet werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
  },
  history: {
    toggle: (count) => `Verlauf (${count})`,
    toggleLabel: (title, count) => `Verlauf (${count}): ${title}`,
    entryLabel: (status, dateTime) => `${status}, ${dateTime}`,
  },
  cancel: {
    reasonLabel: 'Grund (optional)',
    reasonHint: 'Wird im Verlauf des Assessments gespeichert. Die Person sieht ihn nicht.',
    refused: (status) => `Es lässt sich nicht mehr abbrechen. Aktueller Status: ${status}.`,
    refusedUnknown: 'Es lässt sich nicht mehr abbrechen: Sein Status hat sich geändert. Die Liste zeigt den aktuellen Stand.',
    close: 'Schließen',
    cancelling: 'Wird abgebrochen…',
    discard: {
      title: 'Begründung verwerfen?',
      description: 'Die eingegebene Begründung wird nicht gespeichert, und nichts wird abgebrochen.',
      keepEditing: 'Weiter bearbeiten',
      confirm: 'Begründung verwerfen',
    },
  },
};

const assessmentSummary: AssessmentSummaryText = {
  none: 'Keine Assessments',
  scorePending: 'Punktzahl ausstehend',
  others: (count) => `+${count}`,
  othersSpoken: (count) => (count === 1 ? 'und 1 weiteres Assessment' : `und ${count} weitere Assessments`),
};

const statusBadge: StatusBadgeText = {
  labels: {
    not_sent: 'Nicht gesendet',
    sent: 'Gesendet',
    in_progress: 'In Bearbeitung',
    completed: 'Abgeschlossen',
    expired: 'Abgelaufen',
    cancelled: 'Abgebrochen',
    failed: 'Fehlgeschlagen',
    unknown: 'Unbekannt',
  },
  interviewLabels: { sent: 'Geplant', in_progress: 'Läuft', completed: 'Beendet', cancelled: 'Abgesagt' },
  readyToSend: 'Bereit zum Senden',
  expiresIn: (relative) => `Läuft ${relative} ab`,
  linkExpired: (date) => `Link am ${date} abgelaufen`,
  startedAgo: (relative) => `Begonnen ${relative}`,
  deliveryFailed: 'Zustellung fehlgeschlagen',
  vendorStatus: (word) => `Anbieter: ${word}`,
  unknownStatus: (word) => `Gemeldet als „${word}“`,
  score: (got, total) => `${got}/${total}`,
  scoreLabel: (got, total) => `${got} von ${total}`,
  separator: ' · ',
  spokenSeparator: ', ',
  accessibleName: (label, detail) => (detail ? `Status: ${label}, ${detail}` : `Status: ${label}`),
};

/** Everything the tab shows in German, the Send dialog it opens included. */
export const germanText = {
  ...sendGerman,
  common: planGerman.common,
  statusBadge,
  candidateAssessments,
  assessmentItem,
  assessmentSummary,
} satisfies TextOverrides;
