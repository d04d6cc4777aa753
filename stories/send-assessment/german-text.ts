import type { SendAssessmentText } from '../../src/components/send-assessment';
import type { TextOverrides } from '../../src/data/text';
import type { DateFieldText } from '../../src/ui/date-field-text';
import type { PickerText } from '../../src/ui/picker-text';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('de-DE')} ${count === 1 ? one : many}`;

/** The whole dialog in German: typed with the feature's text interfaces, so a missing string is a type error. */
const sendAssessment: SendAssessmentText = {
  title: 'Assessment senden',
  description: 'Wählen Sie einen Test und wer ihn bewertet. Die Kandidatin oder der Kandidat erhält eine E-Mail mit dem Link.',
  fromPlanDescription: (stage) =>
    `${stage ? `Die Phase „${stage}“` : 'Der Interviewplan'} hat dies vorbereitet. Prüfen Sie es, ändern Sie, was nötig ist, und senden Sie es.`,
  candidateLabel: 'Kandidat:in',
  candidateLoadFailed: 'Die Kandidatin oder der Kandidat konnte nicht geladen werden.',
  activityMissing: 'Diese Aktivität des Plans wurde schon gesendet oder existiert nicht mehr. Schließen Sie den Dialog und prüfen Sie die Assessments.',
  provider: {
    legend: 'Assessment-Anbieter',
    needsAttention: (provider, reason) =>
      `${reason ?? `${provider} erfordert Aufmerksamkeit.`} Eine Administratorin oder ein Administrator kann die Verbindung unter „Integrationen“ erneuern.`,
    required: 'Wählen Sie einen Anbieter.',
    loadFailed: 'Die Assessment-Anbieter konnten nicht geladen werden.',
  },
  noProvider: {
    title: 'Kein Assessment-Anbieter verbunden',
    body: 'Verbinden Sie CodeInterview oder einen anderen Anbieter, um von hier aus Coding-Assessments zu senden.',
    setUp: 'Integration einrichten',
    askAdmin: 'Bitten Sie eine Administratorin oder einen Administrator, unter Einstellungen > Integrationen einen zu verbinden.',
  },
  test: {
    label: 'Test',
    placeholder: 'Nach Titel oder Sprache suchen',
    chooseProviderFirst: 'Wählen Sie zuerst einen Anbieter',
    duration: (minutes) => `${minutes} Min.`,
    languages: (languages) => languages.join(', '),
    separator: ' · ',
    archived: (provider) => `In ${provider} archiviert`,
    noResults: (search) => (search ? `Kein Test passt zu „${search}“` : 'Dieser Anbieter hat noch keine Tests'),
    required: 'Wählen Sie einen Test.',
    unavailable: (provider) =>
      `Dieser Test ist in ${provider} nicht mehr verfügbar (vielleicht wurde er archiviert). Wählen Sie einen anderen Test.`,
  },
  reviewers: {
    label: 'Bewertende',
    hint: 'Sie sehen sich die Ergebnisse an und füllen die Scorecard aus.',
    placeholder: 'Personen suchen',
    selectionLabel: 'Ausgewählte Bewertende',
    noResults: (search) => (search ? `Niemand passt zu „${search}“` : 'Noch niemand zur Auswahl'),
    required: 'Wählen Sie mindestens eine bewertende Person.',
  },
  scorecard: {
    label: 'Scorecard',
    none: 'Keine Scorecard',
    noneHint: 'Die Bewertenden sehen Ergebnis und Punktzahl, füllen aber kein Formular aus; ihr Feedback ist Freitext.',
    planQuestions: (count) => `Die eigenen Fragen des Plans (${plural(count, 'Frage', 'Fragen')})`,
    previewLabel: (count) => `Was die Bewertenden beantworten (${plural(count, 'Frage', 'Fragen')})`,
    questionTypes: {
      stars: '1–5 Sterne',
      score: 'Punkte 1–10',
      yes_no: 'Ja oder nein',
      text: 'Freitext',
      single_select: 'Eine Auswahl',
      multi_select: 'Mehrfachauswahl',
    },
    required: 'Pflichtfrage',
    optional: 'Optional',
    loadFailed: 'Die Scorecard-Vorlagen konnten nicht geladen werden.',
  },
  expiry: {
    label: 'Link läuft ab am',
    hint: (provider, defaultDays, maxDays) =>
      `Links von ${provider} bleiben ${plural(defaultDays, 'Tag', 'Tage')} offen, wenn Sie nichts wählen, höchstens ${plural(maxDays, 'Tag', 'Tage')}.`,
    required: 'Wählen Sie, wann der Link abläuft.',
    incomplete: 'Vervollständigen Sie das Datum, oder wählen Sie eines im Kalender.',
    past: 'Wählen Sie ein Datum nach heute.',
    tooLate: (provider, maxDays, lastDate) =>
      `Links von ${provider} bleiben höchstens ${plural(maxDays, 'Tag', 'Tage')} offen: Wählen Sie den ${lastDate} oder früher.`,
  },
  message: {
    label: 'Nachricht an die Kandidatin oder den Kandidaten (optional)',
    hint: (maxLength) => `Wird der Einladungs-E-Mail hinzugefügt. Bis zu ${maxLength.toLocaleString('de-DE')} Zeichen.`,
    count: (used, maxLength) => `${used.toLocaleString('de-DE')} / ${maxLength.toLocaleString('de-DE')}`,
    tooLong: (maxLength) => `Die Nachricht darf höchstens ${maxLength.toLocaleString('de-DE')} Zeichen lang sein.`,
  },
  duplicate: {
    title: (candidate) => `${candidate} hat diesen Test bereits offen`,
    body: (test, sentAt) =>
      `„${test}“ wurde ${sentAt ? `am ${sentAt} ` : ''}gesendet und ist noch nicht abgeschlossen. Ein erneutes Senden verschickt einen zweiten Link.`,
    confirm: 'Trotzdem erneut senden',
    open: 'Vorhandenes Assessment öffnen',
  },
  errors: {
    formTitle: 'Das Assessment wurde nicht gesendet',
    providerUnavailable: (provider) =>
      `${provider} kann gerade keine Assessments senden (vielleicht wurde der API-Schlüssel widerrufen). Bitten Sie eine Administratorin oder einen Administrator, die Verbindung unter „Integrationen“ zu erneuern, oder wählen Sie einen anderen Anbieter.`,
    alreadySent: 'Jemand hat diese Aktivität des Plans bereits gesendet. Schließen Sie den Dialog und prüfen Sie die Assessments.',
  },
  discard: {
    title: 'Dieses Assessment verwerfen?',
    description: 'Was Sie hier ausgewählt und geschrieben haben, geht verloren, und nichts wird gesendet.',
    keepEditing: 'Weiter bearbeiten',
    confirm: 'Verwerfen',
  },
  cancel: 'Abbrechen',
  send: 'Assessment senden',
  sending: 'Wird gesendet…',
  sent: (candidate, test) => `Assessment an ${candidate} gesendet: ${test}.`,
};

const picker: PickerText = {
  loading: 'Wird geladen…',
  searching: 'Suche läuft…',
  loadingMore: 'Weitere werden geladen…',
  noResults: (search) => (search ? `Keine Ergebnisse für „${search}“` : 'Noch nichts zur Auswahl'),
  loadFailed: 'Die Liste konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  resultsCount: (count) => `${count.toLocaleString('de-DE')} ${count === 1 ? 'Ergebnis' : 'Ergebnisse'}`,
  showOptions: 'Optionen anzeigen',
  unavailable: 'Nicht verfügbar',
  loadingItem: 'Wird geladen…',
  unknownItem: 'Unbekannt',
  removeItem: (label) => `${label} entfernen`,
  picked: (label) => `${label} ausgewählt`,
  added: (label) => `${label} hinzugefügt`,
  removed: (label) => `${label} entfernt`,
};

const dateField: DateFieldText = {
  dateLabel: 'Datum',
  timeLabel: 'Uhrzeit',
  openCalendar: (current) => (current ? `Datum wählen, ${current}` : 'Datum wählen'),
  calendarLabel: 'Datum auswählen',
  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  calendarHelp: 'Pfeiltasten wechseln den Tag, Bild auf und Bild ab den Monat, mit Umschalt das Jahr. Eingabe wählt aus.',
  placeholder: { day: 'TT', month: 'MM', year: 'JJJJ' },
  timePlaceholder: 'Uhrzeit wählen',
};

export const germanText = {
  sendAssessment,
  picker,
  dateField,
  common: {
    close: 'Schließen',
    cancel: 'Abbrechen',
    retry: 'Erneut versuchen',
    loading: 'Wird geladen…',
    errors: {
      network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      server: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es gleich noch einmal.',
    },
  },
  statusBadge: {
    labels: { sent: 'Gesendet', in_progress: 'In Bearbeitung' },
    expiresIn: (relative: string) => `Läuft ${relative} ab`,
  },
} satisfies TextOverrides;
