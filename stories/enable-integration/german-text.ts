import type { TextOverrides } from '../../src/data/text';

/** A German translation of the dialog (and the shared strings it uses), to judge long words and wrapping. */
export const germanText = {
  common: {
    close: 'Schließen',
    cancel: 'Abbrechen',
    retry: 'Erneut versuchen',
    loading: 'Wird geladen…',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren fehlgeschlagen. Der Text ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac).',
    errors: {
      network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      server: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es gleich noch einmal.',
      forbidden: 'Dafür fehlt Ihnen die Berechtigung. Wenden Sie sich an eine Administratorin oder einen Administrator.',
    },
  },
  enableIntegration: {
    title: (provider: string) => `${provider} verbinden`,
    replaceTitle: (provider: string) => `${provider}-API-Schlüssel ersetzen`,
    loadingTitle: 'Integration verbinden',
    cancel: 'Abbrechen',
    progress: {
      label: 'Einrichtungsfortschritt',
      steps: { apiKey: 'API-Schlüssel', webhook: 'Webhook-Einrichtung', done: 'Abgeschlossen' },
      completed: 'abgeschlossen',
    },
    apiKey: {
      intro: (provider: string) =>
        `Fügen Sie den API-Schlüssel aus Ihrem ${provider}-Konto ein. Wir prüfen ihn bei ${provider}, bevor wir ihn speichern.`,
      replaceIntro: (provider: string, suffix: string | null) =>
        `Fügen Sie einen neuen ${provider}-API-Schlüssel ein. Der aktuelle Schlüssel${suffix ? ` mit der Endung ${suffix}` : ''} funktioniert weiter, bis der neue bestätigt ist.`,
      label: (provider: string) => `${provider}-API-Schlüssel`,
      whereToFind: (provider: string) => `So finden Sie ihn in ${provider}`,
      show: 'API-Schlüssel anzeigen',
      privacyNote: 'Ihr Schlüssel wird verschlüsselt übertragen und nach dem Speichern nie wieder angezeigt.',
      required: (provider: string) => `Geben Sie Ihren ${provider}-API-Schlüssel ein.`,
      invalid: (provider: string) =>
        `${provider} hat diesen Schlüssel nicht akzeptiert. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder erstellen Sie in ${provider} einen neuen.`,
      submit: (provider: string) => `Mit ${provider} verbinden`,
      replaceSubmit: 'Neuen Schlüssel bestätigen',
      verifying: (provider: string) => `Schlüssel wird bei ${provider} geprüft…`,
    },
    errors: {
      rateLimitedTitle: (provider: string) => `${provider} begrenzt die Schlüsselprüfungen`,
      rateLimited: (seconds: number | null) =>
        seconds === null
          ? 'Zu viele Versuche in kurzer Zeit. Warten Sie einen Moment und versuchen Sie es erneut.'
          : `Zu viele Versuche in kurzer Zeit. Versuchen Sie es in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'} erneut.`,
      failedTitle: 'Der Schlüssel konnte nicht überprüft werden',
      notAllowedTitle: 'Sie können diese Integration nicht verbinden',
      alreadyConnectedTitle: 'Bereits verbunden',
    },
    webhook: {
      heading: (provider: string) => `Webhook in ${provider} hinterlegen`,
      verified: (provider: string, suffix: string | null) =>
        `${provider} hat den Schlüssel${suffix ? ` mit der Endung ${suffix}` : ''} akzeptiert.`,
      intro: (provider: string) =>
        `Über diese URL meldet ${provider} Ergebnisse an Ihr Bewerbermanagementsystem. Hinterlegen Sie sie in ${provider}, damit sich Kandidatenstatus automatisch aktualisieren.`,
      replaceIntro: (provider: string) =>
        `Ihre Webhook-URL hat sich nicht geändert. Ist sie bereits in ${provider} hinterlegt, müssen Sie nichts tun.`,
      urlLabel: 'Webhook-URL',
      stepsHeading: (provider: string) => `In ${provider}`,
      pathSeparator: ', dann ',
      docsLink: (provider: string) => `Webhook-Dokumentation von ${provider}`,
      opensInNewTab: '(öffnet in einem neuen Tab)',
      waiting: 'Warten auf das erste Webhook-Ereignis…',
      waitingHint: (provider: string) =>
        `Die Anzeige aktualisiert sich, sobald ${provider} ein Ereignis sendet. Sie können fortfahren und später nachsehen.`,
      received: 'Webhook empfangen',
      receivedHint: (provider: string) =>
        `${provider} erreicht Ihr System. Kandidatenstatus werden automatisch aktualisiert.`,
      continue: 'Weiter',
    },
    secret: {
      heading: 'Signaturgeheimnis',
      label: 'Signaturgeheimnis',
      hint: (provider: string) =>
        `${provider} signiert jeden Webhook mit diesem Geheimnis. Bewahren Sie es dort auf, wo Ihr Server Webhooks prüft. Es wird nur einmal angezeigt.`,
      confirm: 'Ich habe das Signaturgeheimnis gespeichert',
      closeBlocked: 'Speichern Sie das Signaturgeheimnis und setzen Sie das Häkchen, bevor Sie den Dialog verlassen: Es kann nicht erneut angezeigt werden.',
      confirmRequired: 'Setzen Sie das Häkchen, sobald Sie das Geheimnis gespeichert haben.',
      closeHeld: 'Schließbar, sobald das Geheimnis gespeichert ist',
    },
    done: {
      heading: (provider: string) => `${provider} ist verbunden`,
      replacedHeading: (provider: string) => `${provider} verwendet jetzt den neuen Schlüssel`,
      keyLabel: 'API-Schlüssel',
      keyValue: (suffix: string | null) => (suffix ? `Endet auf ${suffix}` : 'Gespeichert'),
      webhookLabel: 'Webhook',
      webhookReceived: 'Empfängt Ereignisse',
      webhookWaiting: 'Noch keine Ereignisse',
      next: (provider: string) =>
        `Recruiter können jetzt ${provider}-Assessments aus dem Kandidatenprofil oder einem Interviewplan versenden.`,
      finish: 'Fertig',
    },
  },
} satisfies TextOverrides;
