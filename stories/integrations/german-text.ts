import type { TextOverrides } from '../../src/data/text';
import { germanText as enableIntegrationGerman } from '../enable-integration/german-text';

/** A German translation of the integrations view (plus the shared and enable-dialog strings it uses), to judge long words and wrapping. */
export const germanText = {
  ...enableIntegrationGerman,
  integrations: {
    heading: 'Assessment-Integrationen',
    description:
      'Verbinden Sie Anbieter von Programmiertests, damit Recruiterinnen und Recruiter Tests versenden und Ergebnisse in Kandidatenprofilen verfolgen können.',
    loading: 'Integrationen werden geladen',
    loadingCard: (name: string) => `Verbindung zu ${name} wird geladen`,
    loadError: 'Assessment-Integrationen konnten nicht geladen werden',
    cardError: 'Der Verbindungsstatus konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    retryCardLabel: (name: string) => `Erneut versuchen, ${name} zu laden`,
    empty: {
      title: 'Noch keine Assessment-Anbieter',
      description: 'Anbieter, die Ihr Konto nutzen kann, erscheinen hier. Wenden Sie sich an den Support, um einen hinzuzufügen.',
    },
    readOnlyNotice:
      'Nur Administratorinnen und Administratoren können Assessment-Integrationen verbinden oder ändern. Wenden Sie sich an sie, wenn etwas geändert werden muss.',
    readOnlyAttention: 'Eine Administratorin oder ein Administrator muss den API-Schlüssel ersetzen.',
    states: { not_connected: 'Nicht verbunden', connected: 'Verbunden', needs_attention: 'Handlungsbedarf' },
    stateLabel: (state: string) => `Status: ${state}`,
    maskedKeyLabel: (suffix: string) => `endet auf ${suffix}`,
    apiKey: 'API-Schlüssel',
    lastWebhook: 'Letztes Ereignis',
    noEvents: 'Noch keine Ereignisse empfangen',
    attentionFallback: 'Die Verbindung funktioniert nicht mehr.',
    attentionConsequence: (name: string) =>
      `Recruiterinnen und Recruiter können keine ${name}-Assessments versenden, bis der API-Schlüssel ersetzt wurde.`,
    finishSetup: {
      title: 'Einrichtung abschließen: Webhook-URL hinzufügen',
      description: (name: string) =>
        `${name} hat noch keine Ereignisse gesendet, daher aktualisieren sich Kandidatenstatus nicht von selbst. Fügen Sie die Webhook-URL in ${name} hinzu.`,
      readOnly: 'Eine Administratorin oder ein Administrator muss die Webhook-URL hinzufügen.',
      action: 'Einrichtung abschließen',
      actionLabel: (name: string) => `Einrichtung abschließen für ${name}`,
      received: (name: string) => `Webhook empfangen: ${name} erreicht Ihr ATS.`,
    },
    actions: {
      enable: 'Integration aktivieren',
      enableLabel: (name: string) => `Integration aktivieren für ${name}`,
      manage: 'Verwalten',
      manageLabel: (name: string) => `Verwalten: ${name}`,
      replaceKey: 'API-Schlüssel ersetzen',
      replaceKeyLabel: (name: string) => `API-Schlüssel ersetzen für ${name}`,
    },
    manage: {
      title: (name: string) => `${name} verwalten`,
      untitled: 'Integration verwalten',
      description: (name: string) => `Verbindungsdetails und Webhook-Einrichtung für ${name}.`,
      loading: 'Verbindungsdetails werden geladen',
      loadError: 'Die Verbindungsdetails konnten nicht geladen werden.',
      notConnected: (name: string) => `${name} ist nicht verbunden.`,
      detailsHeading: 'Verbindung',
      status: 'Status',
      apiKey: 'API-Schlüssel',
      connectedBy: 'Verbunden von',
      connectedAt: 'Verbunden am',
      lastWebhook: 'Letztes Webhook-Ereignis',
      noEvents: 'Noch keine Ereignisse empfangen',
      unknown: 'Unbekannt',
      webhookHeading: 'Webhook',
      webhookIntro: (name: string) =>
        `${name} sendet Statusänderungen an diese URL. Falls noch nicht geschehen, hinterlegen Sie sie in ${name}:`,
      replaceHeading: 'API-Schlüssel ersetzen',
      replaceDescription:
        'Wenn der Schlüssel erneuert oder widerrufen wurde. Der aktuelle Schlüssel funktioniert weiter, bis der neue bestätigt ist.',
      replaceButton: 'API-Schlüssel ersetzen',
      rotateHeading: 'Neue Webhook-URL',
      rotateDescription: (name: string) =>
        `Falls die URL in falsche Hände geraten ist, erstellen Sie eine neue. Die aktuelle URL funktioniert sofort nicht mehr: Hinterlegen Sie die neue direkt danach in ${name}.`,
      rotateButton: 'Neue URL erstellen',
      rotated: (name: string) => `Das ist die neue URL. Hinterlegen Sie sie jetzt in ${name}: Die alte funktioniert nicht mehr.`,
      disconnectHeading: 'Verbindung trennen',
      disconnectDescription: (name: string) =>
        `Die Synchronisierung mit ${name} beenden. Bereits versendete Assessments bleiben in den Kandidatenprofilen.`,
      disconnectButton: 'Trennen',
      done: 'Fertig',
    },
    rotate: {
      title: (name: string) => `Webhook-URL von ${name} ersetzen?`,
      description: (name: string) =>
        `Die aktuelle URL funktioniert ab sofort nicht mehr. Updates von ${name} werden abgelehnt, bis Sie die neue URL in den Webhook-Einstellungen hinterlegen.`,
      cancel: 'Aktuelle URL behalten',
      confirm: 'Neue URL erstellen',
      errorTitle: 'Es wurde keine neue URL erstellt',
      pending: 'Neue Webhook-URL wird erstellt…',
      done: (name: string) => `Neue Webhook-URL erstellt. Hinterlegen Sie sie in ${name}.`,
    },
    disconnect: {
      title: (name: string) => `Verbindung zu ${name} trennen?`,
      description: (name: string) =>
        `Bereits versendete Assessments bleiben in den Kandidatenprofilen, werden aber nicht mehr aktualisiert. Neue ${name}-Assessments können erst nach erneutem Verbinden versendet werden.`,
      cancel: 'Abbrechen',
      confirm: (name: string) => `${name} trennen`,
      errorTitle: 'Verbindung konnte nicht getrennt werden',
      pending: (provider: string) => `${provider} wird getrennt…`,
      done: (provider: string) => `${provider} ist getrennt. Status: Nicht verbunden.`,
    },
  },
} satisfies TextOverrides;
