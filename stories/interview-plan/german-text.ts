import type { InterviewPlanText } from '../../src/components/interview-plan';
import type { TextOverrides } from '../../src/data/text';
import type { PickerText } from '../../src/ui/picker-text';
import type { CommonText } from '../../src/ui/text';

const anzahl = (count: number, one: string, many: string) => `${count.toLocaleString('de-DE')} ${count === 1 ? one : many}`;

const hostActivityKinds: Partial<Record<string, string>> = { interview: 'Interview', email: 'E-Mail', review: 'Prüfung', call: 'Anruf' };

/**
 * The interview plan in German, complete: typed with `InterviewPlanText`, so a string the editor or the activity
 * dialog adds is a type error here until it is translated. The shared strings (common, pickers) come with it.
 */
const interviewPlan: InterviewPlanText = {
  activityName: (provider) => `${provider}-Assessment senden`,
  editor: {
    heading: 'Interviewplan',
    jobLine: (jobTitle, version) => `${jobTitle} · Version ${version}`,
    loading: 'Interviewplan wird geladen…',
    loadError: 'Der Interviewplan konnte nicht geladen werden',
    retry: 'Erneut versuchen',
    empty: {
      title: 'Diese Stelle hat noch keine Einstellungsphasen',
      description: 'Legen Sie zuerst Phasen in der Pipeline der Stelle an; Assessment-Aktivitäten gehören zu einer Phase.',
    },
    stagesLabel: 'Einstellungsphasen',
    stagePosition: (position, total) => `Phase ${position} von ${total}`,
    activityCount: (count) => anzahl(count, 'Aktivität', 'Aktivitäten'),
    noActivities: 'Noch keine Aktivitäten.',
  },
  menu: {
    button: 'Aktivität hinzufügen',
    buttonLabel: (stage) => `Aktivität hinzufügen zu ${stage}`,
    loading: 'Assessment-Anbieter werden geladen…',
    loadError: 'Die Assessment-Anbieter konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
    none: 'Es sind keine Assessment-Anbieter verfügbar.',
    notConnected: (provider) => `${provider} ist nicht verbunden.`,
    needsAttention: (provider, reason) => (reason ? `${provider} braucht Aufmerksamkeit: ${reason}` : `${provider} braucht Aufmerksamkeit.`),
    unknown: (provider) => `Die Verbindung zu ${provider} konnte nicht geprüft werden.`,
    checking: (provider) => `Verbindung zu ${provider} wird geprüft…`,
    setUp: (provider) => `${provider} einrichten`,
  },
  activity: {
    test: 'Test',
    reviewers: 'Bewertende',
    scorecard: 'Bewertungsbogen',
    feedback: 'Feedback',
    sending: 'Versand',
    archived: 'Archiviert',
    archivedHint: (provider) => `In ${provider} archiviert: Kandidatinnen und Kandidaten können ihn nicht bearbeiten. Wählen Sie einen anderen Test.`,
    reviewerCount: (count) => anzahl(count, 'Bewertende Person', 'Bewertende'),
    noReviewers: 'Keine Bewertenden',
    unknownTemplate: 'Eine Vorlage, die es nicht mehr gibt',
    customQuestions: (count) => anzahl(count, 'eigene Frage', 'eigene Fragen'),
    feedbackFrom: { every_reviewer: 'Alle Bewertenden', any_reviewer: 'Eine bewertende Person' },
    autoSendOn: 'Automatisch beim Eintritt in die Phase',
    autoSendOff: 'Recruiting prüft und versendet',
    hostActivity: (type) => hostActivityKinds[type] ?? 'Ein Schritt, den Ihr ATS ausführt',
    unreadable: {
      title: 'Eine Aktivität, die nicht angezeigt werden kann',
      description: 'Ihre Angaben sind unvollständig. Sie bleibt genau so erhalten und wird unverändert gespeichert.',
    },
    changes: { label: 'Ungespeicherte Änderung', added: 'Neu', edited: 'Geändert', moved: 'Verschoben' },
    actions: {
      edit: (name) => `${name} bearbeiten`,
      moveUp: (name) => `${name} nach oben verschieben`,
      moveDown: (name) => `${name} nach unten verschieben`,
      moveTo: (name) => `${name} in eine andere Phase verschieben`,
      moveToStage: (stage) => `Nach ${stage} verschieben`,
      remove: (name) => `${name} entfernen`,
      tooltips: { edit: 'Bearbeiten', moveUp: 'Nach oben', moveDown: 'Nach unten', moveTo: 'In andere Phase verschieben', remove: 'Entfernen' },
    },
  },
  announcements: {
    added: (name, stage) => `${name} zu ${stage} hinzugefügt. Speichern Sie den Plan, um sie zu behalten.`,
    updated: (name) => `${name} geändert. Speichern Sie den Plan, um die Änderung zu behalten.`,
    moved: (name, position, total, stage) => `${name} steht jetzt an Position ${position} von ${total} in ${stage}.`,
    removed: (name, stage) => `${name} aus ${stage} entfernt.`,
  },
  save: {
    unsaved: 'Sie haben ungespeicherte Änderungen.',
    allSaved: 'Alle Änderungen gespeichert.',
    save: 'Plan speichern',
    discard: 'Änderungen verwerfen',
    saved: (version) => `Interviewplan gespeichert (Version ${version}).`,
    failedTitle: 'Der Plan wurde nicht gespeichert',
    activityError: (message) => `Nicht gespeichert: ${message}`,
  },
  conflict: {
    title: 'Jemand anderes hat den Plan gespeichert, während Sie ihn bearbeitet haben',
    description:
      'Ihre Änderungen sind noch da. Prüfen Sie den neuesten Plan mit Ihren erneut angewendeten Änderungen und speichern Sie dann noch einmal.',
    review: 'Neuesten Plan prüfen',
    discardMine: 'Meine Änderungen verwerfen',
    reapplied: (version) =>
      `Ihre Änderungen wurden auf den neuesten Plan (Version ${version}) angewendet. Prüfen Sie sie und speichern Sie dann.`,
    notReapplied: 'Diese Änderungen konnten nicht erneut angewendet werden:',
    stageGone: (name, stage) => `${name}: Die Phase „${stage}“ gibt es im Plan nicht mehr.`,
  },
  discard: {
    planTitle: 'Ihre Änderungen am Plan verwerfen?',
    planDescription: 'Der Plan wird auf den zuletzt gespeicherten Stand zurückgesetzt.',
    dialogTitle: 'Änderungen an dieser Aktivität verwerfen?',
    dialogDescription: 'Ihre Eingaben wurden dem Plan noch nicht hinzugefügt.',
    keepEditing: 'Weiter bearbeiten',
    confirm: 'Änderungen verwerfen',
  },
  dialog: {
    editTitle: (provider) => `${provider}-Assessment bearbeiten`,
    description: (stage) =>
      stage
        ? `Alle Kandidatinnen und Kandidaten, die ${stage} erreichen, erhalten dieses Assessment.`
        : 'Alle Kandidatinnen und Kandidaten, die die Phase erreichen, erhalten dieses Assessment.',
    add: 'Assessment hinzufügen',
    update: 'Aktivität speichern',
    cancel: 'Abbrechen',
    saving: 'Wird gespeichert…',
    failed: 'Die Aktivität konnte nicht gespeichert werden. Versuchen Sie es erneut.',
    notConnected: (provider) =>
      `${provider} ist nicht verbunden. Sie können die Aktivität jetzt einrichten; Assessments können erst versendet werden, wenn ${provider} verbunden ist.`,
  },
  form: {
    test: 'Test',
    testHint: (provider) => `Ein Test, der in ${provider} bereits eingerichtet ist.`,
    testArchived: (provider) =>
      `Dieser Test wurde in ${provider} archiviert: Kandidatinnen und Kandidaten können ihn nicht bearbeiten. Wählen Sie einen anderen Test.`,
    reviewers: 'Bewertende',
    reviewersHint: 'Sie prüfen die Ergebnisse und füllen den Bewertungsbogen aus.',
    scorecard: 'Bewertungsbogen',
    scorecardHint: 'Was die Bewertenden für jede Kandidatin und jeden Kandidaten ausfüllen.',
    useTemplate: 'Vorlage verwenden',
    writeQuestions: 'Fragen selbst schreiben',
    testPlaceholder: 'Tests nach Titel oder Sprache suchen',
    reviewersPlaceholder: 'Personen suchen',
    template: 'Vorlage',
    chooseTemplate: 'Vorlage wählen',
    templatesLoading: 'Vorlagen werden geladen…',
    templatesError: 'Die Vorlagen konnten nicht geladen werden.',
    templateQuestions: (count) => anzahl(count, 'Frage', 'Fragen'),
    customizeTemplate: 'In eigene Fragen übernehmen',
    questions: {
      heading: 'Fragen',
      none: 'Noch keine Fragen. Fügen Sie die erste hinzu.',
      question: (position) => `Frage ${position}`,
      textPlaceholder: 'Was sollen die Bewertenden beantworten?',
      types: {
        stars: 'Sterne (1–5)',
        score: 'Punkte (1–10)',
        yes_no: 'Ja oder nein',
        text: 'Freitext',
        single_select: 'Eine Auswahl',
        multi_select: 'Mehrfachauswahl',
      },
      required: 'Pflichtfrage',
      textLabel: (position) => `Frage ${position}`,
      typeLabel: (position) => `Antwort auf Frage ${position}: Art`,
      requiredLabel: (position) => `Pflichtfrage, Frage ${position}`,
      options: 'Auswahlmöglichkeiten',
      option: (position) => `Auswahl ${position}`,
      addOption: 'Auswahl hinzufügen',
      removeOption: (position) => `Auswahl ${position} entfernen`,
      add: 'Frage hinzufügen',
      moveUp: (position) => `Frage ${position} nach oben verschieben`,
      moveDown: (position) => `Frage ${position} nach unten verschieben`,
      remove: (position) => `Frage ${position} entfernen`,
      moved: (from, to) => `Frage ${from} ist jetzt Frage ${to}.`,
      removed: (position) => `Frage ${position} entfernt.`,
    },
    feedback: 'Wessen Feedback zählt',
    feedbackHints: {
      every_reviewer: 'Die Bewertung ist abgeschlossen, wenn alle Bewertenden ihr Feedback abgegeben haben.',
      any_reviewer: 'Das erste abgegebene Feedback schließt die Bewertung ab.',
    },
    autoSend: 'Beim Eintritt in die Phase automatisch senden',
    autoSendHint: 'Aus: Das Assessment wartet im Profil, bis Recruiting es prüft und versendet.',
    errors: {
      testRequired: 'Wählen Sie einen Test.',
      reviewersRequired: 'Wählen Sie mindestens eine bewertende Person.',
      templateRequired: 'Wählen Sie eine Vorlage.',
      questionsRequired: 'Fügen Sie mindestens eine Frage hinzu.',
      questionText: 'Geben Sie die Frage ein.',
      optionsTooFew: 'Geben Sie mindestens zwei Auswahlmöglichkeiten an.',
      optionEmpty: 'Geben Sie die Auswahl ein oder entfernen Sie sie.',
      optionDuplicate: 'Diese Auswahl gibt es schon.',
    },
  },
};

const picker: PickerText = {
  loading: 'Wird geladen…',
  searching: 'Wird gesucht…',
  loadingMore: 'Weitere werden geladen…',
  noResults: (search) => (search ? `Keine Treffer für „${search}“` : 'Noch nichts zur Auswahl'),
  loadFailed: 'Die Liste konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  resultsCount: (count) => anzahl(count, 'Treffer', 'Treffer'),
  showOptions: 'Auswahl anzeigen',
  unavailable: 'Nicht verfügbar',
  loadingItem: 'Wird geladen…',
  unknownItem: 'Unbekannt',
  removeItem: (label) => `${label} entfernen`,
  picked: (label) => `${label} ausgewählt`,
  added: (label) => `${label} hinzugefügt`,
  removed: (label) => `${label} entfernt`,
};

const common: CommonText = {
  close: 'Schließen',
  cancel: 'Abbrechen',
  retry: 'Erneut versuchen',
  loading: 'Wird geladen…',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen. Der Text ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac).',
  errors: {
    invalid_api_key: 'Dieser API-Schlüssel wurde nicht akzeptiert.',
    unauthorized: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es noch einmal.',
    forbidden: 'Dafür fehlt Ihnen die Berechtigung. Wenden Sie sich an eine Administratorin oder einen Administrator.',
    not_found: 'Das gibt es nicht mehr. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.',
    conflict: 'Jemand anderes hat das inzwischen geändert. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.',
    validation: 'Einige Angaben müssen korrigiert werden.',
    rate_limited: (seconds) =>
      seconds === null
        ? 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es erneut.'
        : `Zu viele Versuche. Versuchen Sie es in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'} erneut.`,
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    server: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es gleich noch einmal.',
    bad_response: 'Der Server hat eine unlesbare Antwort geschickt. Versuchen Sie es erneut oder wenden Sie sich an den Support.',
    unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  },
};

export const germanText = { common, picker, interviewPlan } satisfies TextOverrides;
