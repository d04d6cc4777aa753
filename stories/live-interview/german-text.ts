import type { LiveInterviewText } from '../../src/components/live-interview';
import type { TextOverrides } from '../../src/data/text';
import { assessmentItem } from '../candidate-assessments/german-text';
import { germanText as sendGerman } from '../send-assessment/german-text';

/** Live interviews in German: typed with the feature's text interface, so a missing string is a type error. */
const liveInterview: LiveInterviewText = {
  title: 'Live-Interview planen',
  description: 'Legen Sie ein Live-Coding-Pad für die Kandidatin oder den Kandidaten und die Interviewenden an. Den Link erhält die Person, wenn Sie ihn senden.',
  unavailable: 'Der Dialog „Live-Interview planen“ konnte nicht geöffnet werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
  candidateLabel: 'Kandidat:in',
  candidateLoadFailed: 'Die Kandidatin oder der Kandidat konnte nicht geladen werden.',
  provider: {
    legend: 'Anbieter für Live-Interviews',
    needsAttention: (provider, reason) =>
      `${reason ?? `${provider} erfordert Aufmerksamkeit.`} Eine Administratorin oder ein Administrator kann die Verbindung unter „Integrationen“ erneuern.`,
    required: 'Wählen Sie einen Anbieter.',
    loadFailed: 'Die Anbieter konnten nicht geladen werden.',
  },
  noProvider: {
    title: 'Kein Anbieter für Live-Interviews verbunden',
    body: 'Verbinden Sie CodeInterview oder einen anderen Anbieter mit Live-Coding-Pads, um hier Interviews zu planen.',
    testsOnly: (names) => `${names} kann Tests senden, bietet aber keine Live-Interviews.`,
    setUp: 'Integration einrichten',
    askAdmin: 'Bitten Sie eine Administratorin oder einen Administrator, unter Einstellungen > Integrationen einen zu verbinden.',
  },
  interviewTitle: {
    label: 'Titel',
    suggestion: (candidate, job) => `${candidate} · ${job}`,
    required: 'Geben Sie einen Titel ein.',
    tooLong: (maxLength) => `Der Titel darf höchstens ${maxLength.toLocaleString('de-DE')} Zeichen lang sein.`,
  },
  interviewers: {
    label: 'Interviewende',
    hint: 'Sie treten dem Pad bei und füllen nach dem Ende die Scorecard aus.',
    placeholder: 'Personen suchen',
    selectionLabel: 'Gewählte Interviewende',
    noResults: (search) => (search ? `Niemand passt zu „${search}“` : 'Noch niemand zur Auswahl'),
    required: 'Wählen Sie mindestens eine interviewende Person.',
  },
  scorecard: {
    label: 'Scorecard',
    none: 'Keine Scorecard',
    noneHint: 'Die Interviewenden füllen kein Formular aus; ihr Feedback ist Freitext.',
    loadFailed: 'Die Scorecard-Vorlagen konnten nicht geladen werden.',
  },
  when: {
    label: 'Datum und Uhrzeit (optional)',
    hint: (zone) => `In Ihrer Zeitzone (${zone}). Leer lassen, wenn es keinen festen Termin gibt.`,
    past: 'Wählen Sie einen Zeitpunkt in der Zukunft.',
    incomplete: 'Vervollständigen Sie Datum und Uhrzeit, oder leeren Sie das Feld für keinen festen Termin.',
  },
  errors: {
    formTitle: 'Das Interview wurde nicht angelegt',
    providerUnavailable: (provider) =>
      `${provider} kann gerade keine Live-Interviews anlegen (der API-Schlüssel wurde eventuell widerrufen). Wählen Sie einen anderen Anbieter, oder bitten Sie eine Administratorin oder einen Administrator, die Verbindung zu erneuern.`,
  },
  discard: {
    title: 'Dieses Interview verwerfen?',
    description: 'Was Sie hier ausgewählt und geschrieben haben, geht verloren, und kein Interview wird angelegt.',
    keepEditing: 'Weiter bearbeiten',
    confirm: 'Verwerfen',
  },
  cancel: 'Abbrechen',
  create: 'Interview anlegen',
  creating: 'Wird angelegt…',
  done: 'Fertig',
  created: {
    title: 'Interview angelegt',
    description: (interviewTitle, when) => (when ? `„${interviewTitle}“ ist für ${when} geplant.` : `„${interviewTitle}“ hat keinen festen Termin.`),
    announcement: (candidate) => `Live-Interview für ${candidate} angelegt.`,
  },
  links: {
    label: 'Links',
    candidate: 'Link für die Kandidatin oder den Kandidaten',
    candidateHint: 'Senden Sie ihn von hier, oder kopieren Sie ihn in Ihre eigene Einladung.',
    interviewers: 'Link für die Interviewenden',
    interviewersHint: 'Nur für die Interviewenden: Er öffnet das Pad mit den Steuerelementen für Interviewende.',
    shared: 'Interview-Link',
    sharedHint: 'Kandidat:in und Interviewende treten mit demselben Link bei.',
    none: 'Der Anbieter hat keinen Link geliefert, den wir anzeigen können. Öffnen Sie das Interview in der App des Anbieters.',
    send: 'Link an Kandidat:in senden',
    sendAgain: 'Link erneut senden',
    sendLabel: (visible, candidate) => `${visible}: ${candidate}`,
    sending: 'Wird gesendet…',
    sentOn: (date) => `Am ${date} an die Kandidatin oder den Kandidaten gesendet.`,
    notSent: 'Noch nicht an die Kandidatin oder den Kandidaten gesendet.',
    sentAnnouncement: (candidate) => `Interview-Link an ${candidate} gesendet.`,
    sendFailed: 'Der Link wurde nicht gesendet.',
  },
  card: {
    kind: 'Live-Interview',
    join: 'Beitreten',
    joinLabel: (title) => `${title} beitreten (öffnet in neuem Tab)`,
    interviewers: (names) => `Interviewende: ${names}`,
    noInterviewers: 'Keine Interviewenden',
    noTime: 'Kein fester Termin',
    feedback: 'Feedback der Interviewenden',
    cancel: 'Absagen',
    cancelLabel: (interviewTitle) => `${interviewTitle} absagen`,
    cancelConfirm: {
      title: (interviewTitle) => `${interviewTitle} absagen?`,
      description: 'Die Links des Pads funktionieren dann nicht mehr. Das Interview bleibt im Verlauf, und Sie können später ein neues planen.',
      keep: 'Interview behalten',
      confirm: 'Interview absagen',
      errorTitle: 'Das Interview wurde nicht abgesagt.',
    },
  },
};

export const germanText = {
  liveInterview,
  assessmentItem,
  picker: sendGerman.picker,
  dateField: sendGerman.dateField,
  common: { ...sendGerman.common, copy: 'Kopieren', copied: 'Kopiert', copyFailed: 'Kopieren fehlgeschlagen. Der Text ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac).' },
  statusBadge: {
    interviewLabels: { sent: 'Geplant', in_progress: 'Läuft', completed: 'Beendet', cancelled: 'Abgesagt' },
  },
} satisfies TextOverrides;
