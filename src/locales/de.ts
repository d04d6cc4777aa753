/**
 * The kit's text in German (`assessment-kit/locales/de`): every string of every component, typed as `KitText`, so a
 * string the kit adds is a type error here until it is translated. A starting point the kit maintains; the wording
 * is the host's, and any string can be overridden through `text` (merged per key). Formal address (Sie), gender-fair
 * nouns ("Bewertende", "Kandidat:in"). Counted nouns go through `Intl.PluralRules`.
 *
 * Only a type import of the kit: a host that imports this module bundles these strings and the plural helper,
 * nothing else.
 */
import type { KitText } from '../index';
import { pluralize } from './plural';

export const deLocale = 'de-DE';

const plural = pluralize(deLocale);
const { format: number } = new Intl.NumberFormat(deLocale);
const hostActivityKinds: Partial<Record<string, string>> = { interview: 'Interview', email: 'E-Mail', review: 'Prüfung', call: 'Anruf' };

export const deText: KitText = {
  common: {
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
          : `Zu viele Versuche. Versuchen Sie es in ${plural(seconds, { one: '# Sekunde', other: '# Sekunden' })} erneut.`,
      network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      server: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es gleich noch einmal.',
      bad_response: 'Der Server hat eine unlesbare Antwort geschickt. Versuchen Sie es erneut oder wenden Sie sich an den Support.',
      unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
    },
  },
  picker: {
    loading: 'Wird geladen…',
    searching: 'Wird gesucht…',
    loadingMore: 'Weitere werden geladen…',
    noResults: (search) => (search ? `Keine Treffer für „${search}“` : 'Noch nichts zur Auswahl'),
    loadFailed: 'Die Liste konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    resultsCount: (count) => plural(count, { other: '# Treffer' }),
    showOptions: 'Auswahl anzeigen',
    unavailable: 'Nicht verfügbar',
    loadingItem: 'Wird geladen…',
    unknownItem: 'Unbekannt',
    removeItem: (label) => `${label} entfernen`,
    picked: (label) => `${label} ausgewählt`,
    added: (label) => `${label} hinzugefügt`,
    removed: (label) => `${label} entfernt`,
  },
  dateField: {
    dateLabel: 'Datum',
    timeLabel: 'Uhrzeit',
    openCalendar: (current) => (current ? `Datum wählen, ${current}` : 'Datum wählen'),
    calendarLabel: 'Datum auswählen',
    previousMonth: 'Vorheriger Monat',
    nextMonth: 'Nächster Monat',
    calendarHelp: 'Pfeiltasten wechseln den Tag, Bild auf und Bild ab den Monat, mit Umschalt das Jahr. Eingabe wählt aus.',
    placeholder: { day: 'TT', month: 'MM', year: 'JJJJ' },
    timePlaceholder: 'Uhrzeit wählen',
  },
  statusBadge: {
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
  },
  integrations: {
    heading: 'Assessment-Integrationen',
    description:
      'Verbinden Sie Anbieter von Programmiertests, damit Recruiterinnen und Recruiter Tests versenden und Ergebnisse in Kandidatenprofilen verfolgen können.',
    loading: 'Integrationen werden geladen',
    loadingCard: (name) => `Verbindung zu ${name} wird geladen`,
    loadError: 'Assessment-Integrationen konnten nicht geladen werden',
    cardError: 'Der Verbindungsstatus konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    retryCardLabel: (name) => `Erneut versuchen, ${name} zu laden`,
    empty: {
      title: 'Noch keine Assessment-Anbieter',
      description: 'Anbieter, die Ihr Konto nutzen kann, erscheinen hier. Wenden Sie sich an den Support, um einen hinzuzufügen.',
    },
    readOnlyNotice:
      'Nur Administratorinnen und Administratoren können Assessment-Integrationen verbinden oder ändern. Wenden Sie sich an sie, wenn etwas geändert werden muss.',
    readOnlyAttention: 'Eine Administratorin oder ein Administrator muss den API-Schlüssel ersetzen.',
    states: { not_connected: 'Nicht verbunden', connected: 'Verbunden', needs_attention: 'Handlungsbedarf' },
    stateLabel: (state) => `Status: ${state}`,
    maskedKey: (suffix) => `•••• ${suffix}`,
    maskedKeyLabel: (suffix) => `endet auf ${suffix}`,
    apiKey: 'API-Schlüssel',
    lastWebhook: 'Letztes Ereignis',
    lastWebhookAgo: (relative) => relative,
    noEvents: 'Noch keine Ereignisse empfangen',
    attentionFallback: 'Die Verbindung funktioniert nicht mehr.',
    attentionConsequence: (name) =>
      `Recruiterinnen und Recruiter können keine ${name}-Assessments versenden, bis der API-Schlüssel ersetzt wurde.`,
    finishSetup: {
      title: 'Einrichtung abschließen: Webhook-URL hinzufügen',
      description: (name) =>
        `${name} hat noch keine Ereignisse gesendet, daher aktualisieren sich Kandidatenstatus nicht von selbst. Fügen Sie die Webhook-URL in ${name} hinzu.`,
      readOnly: 'Eine Administratorin oder ein Administrator muss die Webhook-URL hinzufügen.',
      action: 'Einrichtung abschließen',
      actionLabel: (name) => `Einrichtung abschließen für ${name}`,
      received: (name) => `Webhook empfangen: ${name} erreicht Ihr ATS.`,
    },
    actions: {
      enable: 'Integration aktivieren',
      enableLabel: (name) => `Integration aktivieren für ${name}`,
      manage: 'Verwalten',
      manageLabel: (name) => `Verwalten: ${name}`,
      replaceKey: 'API-Schlüssel ersetzen',
      replaceKeyLabel: (name) => `API-Schlüssel ersetzen für ${name}`,
    },
    manage: {
      title: (name) => `${name} verwalten`,
      untitled: 'Integration verwalten',
      description: (name) => `Verbindungsdetails und Webhook-Einrichtung für ${name}.`,
      loading: 'Verbindungsdetails werden geladen',
      loadError: 'Die Verbindungsdetails konnten nicht geladen werden.',
      notConnected: (name) => `${name} ist nicht verbunden.`,
      detailsHeading: 'Verbindung',
      status: 'Status',
      apiKey: 'API-Schlüssel',
      connectedBy: 'Verbunden von',
      connectedAt: 'Verbunden am',
      lastWebhook: 'Letztes Webhook-Ereignis',
      lastWebhookValue: (relative) => relative,
      noEvents: 'Noch keine Ereignisse empfangen',
      unknown: 'Unbekannt',
      webhookHeading: 'Webhook',
      webhookIntro: (name) =>
        `${name} sendet Statusänderungen an diese URL. Falls noch nicht geschehen, hinterlegen Sie sie in ${name}:`,
      replaceHeading: 'API-Schlüssel ersetzen',
      replaceDescription:
        'Wenn der Schlüssel erneuert oder widerrufen wurde. Der aktuelle Schlüssel funktioniert weiter, bis der neue bestätigt ist.',
      replaceButton: 'API-Schlüssel ersetzen',
      rotateHeading: 'Neue Webhook-URL',
      rotateDescription: (name) =>
        `Falls die URL in falsche Hände geraten ist, erstellen Sie eine neue. Die aktuelle URL funktioniert sofort nicht mehr: Hinterlegen Sie die neue direkt danach in ${name}.`,
      rotateButton: 'Neue URL erstellen',
      rotated: (name) => `Das ist die neue URL. Hinterlegen Sie sie jetzt in ${name}: Die alte funktioniert nicht mehr.`,
      disconnectHeading: 'Verbindung trennen',
      disconnectDescription: (name) =>
        `Die Synchronisierung mit ${name} beenden. Bereits versendete Assessments bleiben in den Kandidatenprofilen.`,
      disconnectButton: 'Trennen',
      done: 'Fertig',
    },
    rotate: {
      title: (name) => `Webhook-URL von ${name} ersetzen?`,
      description: (name) =>
        `Die aktuelle URL funktioniert ab sofort nicht mehr. Updates von ${name} werden abgelehnt, bis Sie die neue URL in den Webhook-Einstellungen hinterlegen.`,
      cancel: 'Aktuelle URL behalten',
      confirm: 'Neue URL erstellen',
      errorTitle: 'Es wurde keine neue URL erstellt',
      pending: 'Neue Webhook-URL wird erstellt…',
      done: (name) => `Neue Webhook-URL erstellt. Hinterlegen Sie sie in ${name}.`,
    },
    disconnect: {
      title: (name) => `Verbindung zu ${name} trennen?`,
      description: (name) =>
        `Bereits versendete Assessments bleiben in den Kandidatenprofilen, werden aber nicht mehr aktualisiert. Neue ${name}-Assessments können erst nach erneutem Verbinden versendet werden.`,
      cancel: 'Abbrechen',
      confirm: (name) => `${name} trennen`,
      errorTitle: 'Verbindung konnte nicht getrennt werden',
      pending: (provider) => `${provider} wird getrennt…`,
      done: (provider) => `${provider} ist getrennt. Status: Nicht verbunden.`,
    },
  },
  enableIntegration: {
    title: (provider) => `${provider} verbinden`,
    replaceTitle: (provider) => `${provider}-API-Schlüssel ersetzen`,
    loadingTitle: 'Integration verbinden',
    cancel: 'Abbrechen',
    progress: {
      label: 'Einrichtungsfortschritt',
      steps: { apiKey: 'API-Schlüssel', webhook: 'Webhook-Einrichtung', done: 'Abgeschlossen' },
      completed: 'abgeschlossen',
    },
    apiKey: {
      intro: (provider) =>
        `Fügen Sie den API-Schlüssel aus Ihrem ${provider}-Konto ein. Wir prüfen ihn bei ${provider}, bevor wir ihn speichern.`,
      replaceIntro: (provider, suffix) =>
        `Fügen Sie einen neuen ${provider}-API-Schlüssel ein. Der aktuelle Schlüssel${suffix ? ` mit der Endung ${suffix}` : ''} funktioniert weiter, bis der neue bestätigt ist.`,
      label: (provider) => `${provider}-API-Schlüssel`,
      whereToFind: (provider) => `So finden Sie ihn in ${provider}`,
      show: 'API-Schlüssel anzeigen',
      privacyNote: 'Ihr Schlüssel wird verschlüsselt übertragen und nach dem Speichern nie wieder angezeigt.',
      required: (provider) => `Geben Sie Ihren ${provider}-API-Schlüssel ein.`,
      invalid: (provider) =>
        `${provider} hat diesen Schlüssel nicht akzeptiert. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder erstellen Sie in ${provider} einen neuen.`,
      submit: (provider) => `Mit ${provider} verbinden`,
      replaceSubmit: 'Neuen Schlüssel bestätigen',
      verifying: (provider) => `Schlüssel wird bei ${provider} geprüft…`,
    },
    errors: {
      rateLimitedTitle: (provider) => `${provider} begrenzt die Schlüsselprüfungen`,
      rateLimited: (seconds) =>
        seconds === null
          ? 'Zu viele Versuche in kurzer Zeit. Warten Sie einen Moment und versuchen Sie es erneut.'
          : `Zu viele Versuche in kurzer Zeit. Versuchen Sie es in ${plural(seconds, { one: '# Sekunde', other: '# Sekunden' })} erneut.`,
      failedTitle: 'Der Schlüssel konnte nicht überprüft werden',
      notAllowedTitle: 'Sie können diese Integration nicht verbinden',
      alreadyConnectedTitle: 'Bereits verbunden',
      rateLimitOver: 'Sie können es jetzt erneut versuchen.',
    },
    webhook: {
      heading: (provider) => `Webhook in ${provider} hinterlegen`,
      verified: (provider, suffix) =>
        `${provider} hat den Schlüssel${suffix ? ` mit der Endung ${suffix}` : ''} akzeptiert.`,
      intro: (provider) =>
        `Über diese URL meldet ${provider} Ergebnisse an Ihr Bewerbermanagementsystem. Hinterlegen Sie sie in ${provider}, damit sich Kandidatenstatus automatisch aktualisieren.`,
      replaceIntro: (provider) =>
        `Ihre Webhook-URL hat sich nicht geändert. Ist sie bereits in ${provider} hinterlegt, müssen Sie nichts tun.`,
      urlLabel: 'Webhook-URL',
      stepsHeading: (provider) => `In ${provider}`,
      pathSeparator: ', dann ',
      docsLink: (provider) => `Webhook-Dokumentation von ${provider}`,
      opensInNewTab: '(öffnet in einem neuen Tab)',
      waiting: 'Warten auf das erste Webhook-Ereignis…',
      waitingHint: (provider) =>
        `Die Anzeige aktualisiert sich, sobald ${provider} ein Ereignis sendet. Sie können fortfahren und später nachsehen.`,
      received: 'Webhook empfangen',
      receivedHint: (provider) =>
        `${provider} erreicht Ihr System. Kandidatenstatus werden automatisch aktualisiert.`,
      continue: 'Weiter',
      noUrl: 'Die Webhook-URL ist noch nicht verfügbar. Laden Sie die Seite neu, oder wenden Sie sich an den Support, falls sie weiter fehlt.',
    },
    secret: {
      heading: 'Signaturgeheimnis',
      label: 'Signaturgeheimnis',
      hint: (provider) =>
        `${provider} signiert jeden Webhook mit diesem Geheimnis. Bewahren Sie es dort auf, wo Ihr Server Webhooks prüft. Es wird nur einmal angezeigt.`,
      confirm: 'Ich habe das Signaturgeheimnis gespeichert',
      closeBlocked: 'Speichern Sie das Signaturgeheimnis und setzen Sie das Häkchen, bevor Sie den Dialog verlassen: Es kann nicht erneut angezeigt werden.',
      confirmRequired: 'Setzen Sie das Häkchen, sobald Sie das Geheimnis gespeichert haben.',
      closeHeld: 'Schließbar, sobald das Geheimnis gespeichert ist',
    },
    done: {
      heading: (provider) => `${provider} ist verbunden`,
      replacedHeading: (provider) => `${provider} verwendet jetzt den neuen Schlüssel`,
      keyLabel: 'API-Schlüssel',
      keyValue: (suffix) => (suffix ? `Endet auf ${suffix}` : 'Gespeichert'),
      webhookLabel: 'Webhook',
      webhookReceived: 'Empfängt Ereignisse',
      webhookWaiting: 'Noch keine Ereignisse',
      next: (provider) =>
        `Recruiter können jetzt ${provider}-Assessments aus dem Kandidatenprofil oder einem Interviewplan versenden.`,
      finish: 'Fertig',
    },
    providerNotFound:
      'Diese Integration ist nicht verfügbar. Laden Sie die Seite neu, oder fragen Sie Ihre Administration, welche Anbieter eingerichtet sind.',
  },
  interviewPlan: {
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
      activityCount: (count) => plural(count, { one: '# Aktivität', other: '# Aktivitäten' }),
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
      reviewerCount: (count) => plural(count, { one: '# Bewertende Person', other: '# Bewertende' }),
      noReviewers: 'Keine Bewertenden',
      unknownTemplate: 'Eine Vorlage, die es nicht mehr gibt',
      customQuestions: (count) => plural(count, { one: '# eigene Frage', other: '# eigene Fragen' }),
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
      templateQuestions: (count) => plural(count, { one: '# Frage', other: '# Fragen' }),
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
  },
  sendAssessment: {
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
      planQuestions: (count) => `Die eigenen Fragen des Plans (${plural(count, { one: '# Frage', other: '# Fragen' })})`,
      previewLabel: (count) => `Was die Bewertenden beantworten (${plural(count, { one: '# Frage', other: '# Fragen' })})`,
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
        `Links von ${provider} bleiben ${plural(defaultDays, { one: '# Tag', other: '# Tage' })} offen, wenn Sie nichts wählen, höchstens ${plural(maxDays, { one: '# Tag', other: '# Tage' })}.`,
      required: 'Wählen Sie, wann der Link abläuft.',
      incomplete: 'Vervollständigen Sie das Datum, oder wählen Sie eines im Kalender.',
      past: 'Wählen Sie ein Datum nach heute.',
      tooLate: (provider, maxDays, lastDate) =>
        `Links von ${provider} bleiben höchstens ${plural(maxDays, { one: '# Tag', other: '# Tage' })} offen: Wählen Sie den ${lastDate} oder früher.`,
    },
    message: {
      label: 'Nachricht an die Kandidatin oder den Kandidaten (optional)',
      hint: (maxLength) => `Wird der Einladungs-E-Mail hinzugefügt. Bis zu ${plural(maxLength, { other: '# Zeichen' })}.`,
      count: (used, maxLength) => `${number(used)} / ${number(maxLength)}`,
      tooLong: (maxLength) => `Die Nachricht darf höchstens ${plural(maxLength, { other: '# Zeichen' })} lang sein.`,
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
  },
  candidateAssessments: {
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
  },
  assessmentItem: {
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
  },
  assessmentSummary: {
    none: 'Keine Assessments',
    scorePending: 'Punktzahl ausstehend',
    others: (count) => `+${count}`,
    othersSpoken: (count) => plural(count, { one: 'und # weiteres Assessment', other: 'und # weitere Assessments' }),
  },
  feedback: {
    formHeading: 'Ihr Feedback',
    summaryHeading: 'Feedback der Bewertenden',
    loading: 'Feedback wird geladen…',
    loadError: 'Das Feedback konnte nicht geladen werden.',
    retry: 'Erneut versuchen',

    context: {
      label: 'Ergebnis',
      reviewers: 'Bewertende',
      you: (name) => `${name} (Sie)`,
    },

    notOpen: {
      title: 'Das Feedback ist noch nicht geöffnet',
      description: (status) => `Bewertende geben Feedback, sobald die Kandidatin oder der Kandidat das Assessment abgeschlossen hat. Status jetzt: ${status}.`,
    },
    notReviewer: {
      title: 'Sie bewerten dieses Assessment nicht',
      description: 'Nur die zugewiesenen Bewertenden geben Feedback. Was sie abgegeben haben, können Sie lesen.',
    },
    hidden: {
      untilYouSubmit: 'Die Antworten der anderen sehen Sie, sobald Sie Ihre abgegeben haben, damit sie Sie nicht beeinflussen.',
      byPolicy: 'Die Antworten sind nur für die Bewertenden sichtbar.',
      answers: 'Antworten verborgen',
    },
    alreadyComplete:
      'Das Feedback ist bereits vollständig: Für dieses Assessment genügt das Feedback einer bewertenden Person. Sie können Ihres trotzdem ergänzen.',

    questions: {
      required: 'Pflichtfeld',
      requiredNote: 'Fragen mit „Pflichtfeld“ brauchen eine Antwort, bevor Sie abgeben. Ihre Antworten werden laufend als Entwurf gespeichert.',
      none: 'Dieses Assessment hat keine Scorecard. Geben Sie ab, um festzuhalten, dass Sie das Ergebnis angesehen haben.',
      star: (count) => plural(count, { one: '# Stern', other: '# Sterne' }),
      ratingValue: (value, max) => `${value} von ${max}`,
      notRated: 'Noch nicht bewertet',
      yes: 'Ja',
      no: 'Nein',
    },

    errors: {
      required: {
        stars: 'Vergeben Sie 1 bis 5 Sterne.',
        score: 'Wählen Sie eine Punktzahl von 1 bis 10.',
        yes_no: 'Antworten Sie mit Ja oder Nein.',
        text: 'Schreiben Sie eine Antwort.',
        single_select: 'Wählen Sie eine Option.',
        multi_select: 'Wählen Sie mindestens eine Option.',
      },
      textTooLong: (max) => `Höchstens ${plural(max, { other: '# Zeichen' })}.`,
      invalid: 'Diese Antwort wurde nicht angenommen. Prüfen Sie sie und versuchen Sie es erneut.',
    },

    draft: {
      saving: 'Entwurf wird gespeichert…',
      saved: (time) => `Entwurf gespeichert um ${time}`,
      failed: 'Entwurf nicht gespeichert. Ihre Antworten bleiben hier erhalten; wir versuchen es bei Ihrer nächsten Änderung erneut.',
      retry: 'Jetzt speichern',
      failedAnnouncement: 'Ihr Entwurf konnte nicht gespeichert werden. Ihre Antworten bleiben erhalten.',
    },

    submit: {
      button: 'Feedback abgeben',
      confirmTitle: 'Feedback abgeben?',
      confirmDescription: 'Danach können Sie es nicht mehr ändern. Das Hiring-Team und die anderen Bewertenden sehen es.',
      confirm: 'Feedback abgeben',
      keepEditing: 'Weiter bearbeiten',
      errorTitle: 'Ihr Feedback wurde nicht abgegeben.',
      submitting: 'Ihr Feedback wird abgegeben…',
      done: 'Feedback abgegeben.',
    },

    refused: {
      feedback_submitted: 'Ihr Feedback wurde bereits abgegeben und kann sich nicht mehr ändern. Das hier wurde abgegeben.',
      feedback_not_open: 'Für dieses Assessment ist kein Feedback mehr möglich. Ihre Antworten bleiben unten erhalten.',
      forbidden: 'Sie bewerten dieses Assessment nicht mehr. Ihre Antworten bleiben unten erhalten, können aber nicht abgegeben werden.',
    },

    submitted: {
      heading: 'Ihre Antworten',
      waiting: (remaining) => `Es fehlt noch das Feedback von ${plural(remaining, { one: '# weiteren Person', other: '# weiteren Personen' })}.`,
    },

    answer: {
      none: 'Keine Antwort',
      rating: (value, max) => `${value}/${max}`,
      ratingSpoken: (value, max) => `${value} von ${max}`,
    },

    summary: {
      complete: 'Vollständig',
      waiting: 'Ausstehend',
      rule: {
        every_reviewer: (submitted, total) => `Das Feedback aller Bewertenden zählt: ${submitted} von ${total} abgegeben.`,
        any_reviewer: (submitted, total) => `Das Feedback einer Person genügt: ${submitted} von ${total} abgegeben.`,
      },
      reviewersLabel: 'Bewertende',
      questionsLabel: 'Antworten nach Frage',
      average: (average, max) => `Durchschnitt ${average} von ${max}`,
      answered: (count) => plural(count, { one: '# Antwort', other: '# Antworten' }),
      noAnswers: 'Noch keine Antworten zu sehen',
      noAnswersYet: 'Die Antworten zu jeder Frage erscheinen hier, sobald jemand sein Feedback abgibt.',
      optionCount: (option, count) => `${option}: ${count}`,
      answersLabel: (prompt) => `Antworten auf „${prompt}“`,
    },
  },
  liveInterview: {
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
      tooLong: (maxLength) => `Der Titel darf höchstens ${plural(maxLength, { other: '# Zeichen' })} lang sein.`,
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
  },
};
