/** French (fr-FR) for every kit component. Pass both to the provider: <AssessmentKitProvider locale={frLocale} text={frText}>. */
import type { KitText } from '../index';
import { pluralize } from './plural';

const plural = pluralize('fr-FR');
const formatNumber = new Intl.NumberFormat('fr-FR').format;

export const frLocale = 'fr-FR';

// French counts a million with "de": "1 000 000 de caractères" (the `many` form).
const seconds = (count: number) => plural(count, { one: '# seconde', other: '# secondes', many: '# de secondes' });
const days = (count: number) => plural(count, { one: '# jour', other: '# jours', many: '# de jours' });
const characters = (count: number) => plural(count, { one: '# caractère', other: '# caractères', many: '# de caractères' });
const questions = (count: number) => plural(count, { one: '# question', other: '# questions', many: '# de questions' });
/** "1 avis envoyé sur 3": "avis" agrees with the submitted count, not the total. */
const submittedOf = (submitted: number, total: number) =>
  plural(submitted, {
    one: `# avis envoyé sur ${formatNumber(total)}`,
    other: `# avis envoyés sur ${formatNumber(total)}`,
    many: `# d’avis envoyés sur ${formatNumber(total)}`,
  });

/** The host activity types the kit can name; others read as a step the ATS runs. */
const hostActivityKinds: Partial<Record<string, string>> = { interview: 'Entretien', email: 'E-mail', review: 'Revue', call: 'Appel' };

export const frText: KitText = {
  common: {
    close: 'Fermer',
    cancel: 'Annuler',
    retry: 'Réessayer',
    loading: 'Chargement…',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'La copie a échoué. Le texte est sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.',
    errors: {
      invalid_api_key: 'Cette clé API n’a pas été acceptée.',
      unauthorized: 'Votre session a expiré. Reconnectez-vous, puis réessayez.',
      forbidden: 'Vous n’avez pas l’autorisation d’effectuer cette action. Adressez-vous à un administrateur.',
      not_found: 'Cet élément n’existe plus. Rechargez la page pour afficher la dernière version.',
      conflict: 'Quelqu’un d’autre a modifié cet élément entre-temps. Rechargez la page pour afficher la dernière version.',
      validation: 'Certaines informations doivent être corrigées.',
      rate_limited: (retryAfterSeconds) =>
        retryAfterSeconds === null
          ? 'Trop de tentatives. Patientez un instant, puis réessayez.'
          : `Trop de tentatives. Réessayez dans ${seconds(retryAfterSeconds)}.`,
      network: 'Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.',
      server: 'Une erreur s’est produite de notre côté. Réessayez dans un instant.',
      bad_response: 'La réponse du serveur est illisible. Réessayez, ou contactez le support si le problème persiste.',
      unknown: 'Une erreur s’est produite. Réessayez.',
    },
  },

  picker: {
    loading: 'Chargement…',
    searching: 'Recherche en cours…',
    loadingMore: 'Chargement de la suite…',
    noResults: (search) => (search ? `Aucun résultat pour « ${search} »` : 'Rien à choisir pour le moment'),
    loadFailed: 'Impossible de charger la liste.',
    retry: 'Réessayer',
    resultsCount: (count) => plural(count, { one: '# résultat', other: '# résultats', many: '# de résultats' }),
    showOptions: 'Afficher les options',
    unavailable: 'Indisponible',
    loadingItem: 'Chargement…',
    unknownItem: 'Inconnu',
    removeItem: (label) => `Retirer ${label}`,
    picked: (label) => `Sélectionné : ${label}`,
    added: (label) => `Ajouté : ${label}`,
    removed: (label) => `Retiré : ${label}`,
  },

  dateField: {
    dateLabel: 'Date',
    timeLabel: 'Heure',
    openCalendar: (current) => (current ? `Choisir une date, ${current}` : 'Choisir une date'),
    calendarLabel: 'Choix de la date',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    calendarHelp:
      'Les flèches changent de jour, Pg préc. et Pg suiv. changent de mois, et avec Maj, d’année. Entrée valide la date.',
    placeholder: { day: 'jj', month: 'mm', year: 'aaaa' },
    timePlaceholder: 'Choisir une heure',
  },

  // A test is "une évaluation" (feminine), a live interview "un entretien" (masculine).
  statusBadge: {
    labels: {
      not_sent: 'Non envoyée',
      sent: 'Envoyée',
      in_progress: 'En cours',
      completed: 'Terminée',
      expired: 'Expirée',
      cancelled: 'Annulée',
      failed: 'Échec',
      unknown: 'Inconnu',
    },
    interviewLabels: { sent: 'Planifié', in_progress: 'En cours', completed: 'Terminé', cancelled: 'Annulé' },
    readyToSend: 'Prête à être envoyée',
    expiresIn: (relative) => `Expire ${relative}`,
    linkExpired: (date) => `Lien expiré le ${date}`,
    startedAgo: (relative) => `Commencée ${relative}`,
    deliveryFailed: 'Échec de l’envoi',
    vendorStatus: (word) => `Fournisseur : ${word}`,
    unknownStatus: (word) => `Signalé comme « ${word} »`,
    score: (got, total) => `${got}/${total}`,
    scoreLabel: (got, total) => `${got} sur ${total}`,
    separator: ' · ',
    spokenSeparator: ', ',
    accessibleName: (label, detail) => (detail ? `Statut : ${label}, ${detail}` : `Statut : ${label}`),
  },

  integrations: {
    heading: 'Évaluations',
    description:
      'Connectez des fournisseurs de tests de programmation pour que les recruteurs puissent envoyer des tests et suivre les résultats sur les profils des candidats.',
    loading: 'Chargement des intégrations',
    loadingCard: (providerName) => `Chargement de la connexion à ${providerName}`,
    loadError: 'Impossible de charger les intégrations d’évaluation',
    cardError: 'Impossible de charger l’état de la connexion.',
    retry: 'Réessayer',
    retryCardLabel: (providerName) => `Réessayer de charger ${providerName}`,
    empty: {
      title: 'Aucun fournisseur d’évaluation pour le moment',
      description: 'Les fournisseurs disponibles pour votre compte apparaîtront ici. Contactez le support pour en ajouter un.',
    },
    readOnlyNotice:
      'Seuls les administrateurs peuvent connecter ou modifier les intégrations d’évaluation. Adressez-vous à un administrateur si un changement est nécessaire.',
    readOnlyAttention: 'Un administrateur doit remplacer la clé API.',
    states: { not_connected: 'Non connecté', connected: 'Connecté', needs_attention: 'Action requise' },
    stateLabel: (state) => `Statut : ${state}`,
    maskedKey: (suffix) => `•••• ${suffix}`,
    maskedKeyLabel: (suffix) => `se terminant par ${suffix}`,
    apiKey: 'Clé API',
    lastWebhook: 'Dernier événement',
    lastWebhookAgo: (relative) => relative,
    noEvents: 'Aucun événement reçu pour le moment',
    attentionFallback: 'La connexion ne fonctionne plus.',
    attentionConsequence: (providerName) =>
      `Les recruteurs ne peuvent pas envoyer d’évaluations ${providerName} tant que la clé API n’a pas été remplacée.`,
    finishSetup: {
      title: 'Terminez la configuration : ajoutez l’URL du webhook',
      description: (providerName) =>
        `${providerName} n’a encore envoyé aucun événement ; les statuts des candidats ne se mettront donc pas à jour automatiquement. Ajoutez l’URL du webhook dans ${providerName}.`,
      readOnly: 'Un administrateur doit ajouter l’URL du webhook.',
      action: 'Terminer la configuration',
      actionLabel: (providerName) => `Terminer la configuration de ${providerName}`,
      received: (providerName) => `Webhook reçu : ${providerName} peut joindre votre ATS.`,
    },
    actions: {
      enable: 'Activer l’intégration',
      enableLabel: (providerName) => `Activer l’intégration de ${providerName}`,
      manage: 'Gérer',
      manageLabel: (providerName) => `Gérer ${providerName}`,
      replaceKey: 'Remplacer la clé API',
      replaceKeyLabel: (providerName) => `Remplacer la clé API de ${providerName}`,
    },
    manage: {
      title: (providerName) => `Gérer ${providerName}`,
      untitled: 'Gérer l’intégration',
      description: (providerName) => `Détails de la connexion et configuration du webhook pour ${providerName}.`,
      loading: 'Chargement des détails de la connexion',
      loadError: 'Impossible de charger les détails de la connexion.',
      notConnected: (providerName) => `${providerName} n’est pas connecté.`,
      detailsHeading: 'Connexion',
      status: 'Statut',
      apiKey: 'Clé API',
      connectedBy: 'Connecté par',
      connectedAt: 'Connecté le',
      lastWebhook: 'Dernier événement webhook',
      noEvents: 'Aucun événement reçu pour le moment',
      lastWebhookValue: (relative) => relative,
      unknown: 'Inconnu',
      webhookHeading: 'Webhook',
      webhookIntro: (providerName) =>
        `${providerName} envoie les mises à jour des évaluations à cette URL. Si ce n’est pas encore fait, ajoutez-la dans ${providerName} :`,
      replaceHeading: 'Remplacer la clé API',
      replaceDescription:
        'À utiliser lorsque la clé a été renouvelée ou révoquée. La clé actuelle reste active jusqu’à la vérification de la nouvelle.',
      replaceButton: 'Remplacer la clé API',
      rotateHeading: 'Nouvelle URL de webhook',
      rotateDescription: (providerName) =>
        `Si l’URL a été divulguée, générez-en une nouvelle. L’URL actuelle cesse immédiatement de fonctionner : collez donc la nouvelle dans ${providerName} aussitôt après.`,
      rotateButton: 'Générer une nouvelle URL',
      rotated: (providerName) => `Voici la nouvelle URL. Collez-la dès maintenant dans ${providerName} : l’ancienne ne fonctionne plus.`,
      disconnectHeading: 'Déconnecter',
      disconnectDescription: (providerName) =>
        `Arrêter la synchronisation avec ${providerName}. Les évaluations déjà envoyées restent sur les profils des candidats.`,
      disconnectButton: 'Déconnecter',
      done: 'Terminé',
    },
    rotate: {
      title: (providerName) => `Remplacer l’URL du webhook de ${providerName} ?`,
      description: (providerName) =>
        `L’URL actuelle cesse de fonctionner dès maintenant. Les mises à jour de ${providerName} sont refusées jusqu’à ce que vous colliez la nouvelle URL dans ses paramètres de webhook.`,
      cancel: 'Conserver l’URL actuelle',
      confirm: 'Générer une nouvelle URL',
      errorTitle: 'Aucune nouvelle URL n’a été générée',
      pending: 'Génération d’une nouvelle URL de webhook…',
      done: (providerName) => `Nouvelle URL de webhook générée. Collez-la dans ${providerName}.`,
    },
    disconnect: {
      title: (providerName) => `Déconnecter ${providerName} ?`,
      description: (providerName) =>
        `Les évaluations déjà envoyées restent sur les profils des candidats, mais ne seront plus mises à jour. Les recruteurs ne pourront plus envoyer de nouvelles évaluations ${providerName} tant que vous ne l’aurez pas reconnecté.`,
      cancel: 'Annuler',
      confirm: (providerName) => `Déconnecter ${providerName}`,
      errorTitle: 'La déconnexion a échoué',
      pending: (providerName) => `Déconnexion de ${providerName}…`,
      done: (providerName) => `${providerName} est déconnecté. Statut : Non connecté.`,
    },
  },

  enableIntegration: {
    title: (provider) => `Connecter ${provider}`,
    replaceTitle: (provider) => `Remplacer la clé API de ${provider}`,
    loadingTitle: 'Connecter une intégration',
    providerNotFound:
      'Cette intégration n’est pas disponible. Rechargez la page, ou demandez à votre administrateur quels fournisseurs sont configurés.',
    cancel: 'Annuler',
    progress: {
      label: 'Progression de la configuration',
      steps: { apiKey: 'Clé API', webhook: 'Webhook', done: 'Terminé' },
      completed: 'étape terminée',
    },
    apiKey: {
      intro: (provider) =>
        `Collez la clé API de votre compte ${provider}. Nous la vérifions auprès de ${provider} avant de l’enregistrer.`,
      replaceIntro: (provider, suffix) =>
        `Collez une nouvelle clé API ${provider}. La clé actuelle${suffix ? ` se terminant par ${suffix}` : ''} reste active jusqu’à la vérification de la nouvelle.`,
      label: (provider) => `Clé API ${provider}`,
      whereToFind: (provider) => `Où la trouver dans ${provider}`,
      show: 'Afficher la clé API',
      privacyNote: 'Votre clé est transmise par une connexion chiffrée et n’est plus jamais affichée une fois enregistrée.',
      required: (provider) => `Saisissez votre clé API ${provider}.`,
      invalid: (provider) =>
        `${provider} n’a pas accepté cette clé. Vérifiez que vous l’avez copiée en entier, ou créez une nouvelle clé dans ${provider}.`,
      submit: (provider) => `Connecter ${provider}`,
      replaceSubmit: 'Vérifier la nouvelle clé',
      verifying: (provider) => `Vérification de la clé auprès de ${provider}…`,
    },
    errors: {
      rateLimitedTitle: (provider) => `${provider} limite les vérifications de clé`,
      rateLimited: (wait) =>
        wait === null
          ? 'Trop de tentatives en peu de temps. Patientez un instant, puis réessayez.'
          : `Trop de tentatives en peu de temps. Réessayez dans ${seconds(wait)}.`,
      rateLimitOver: 'Vous pouvez réessayer maintenant.',
      failedTitle: 'Impossible de vérifier la clé',
      notAllowedTitle: 'Vous ne pouvez pas connecter cette intégration',
      alreadyConnectedTitle: 'Déjà connecté',
    },
    webhook: {
      heading: (provider) => `Ajouter le webhook dans ${provider}`,
      verified: (provider, suffix) => `${provider} a accepté la clé${suffix ? ` se terminant par ${suffix}` : ''}.`,
      intro: (provider) =>
        `${provider} transmet les résultats à votre ATS par cette URL. Ajoutez-la dans ${provider} pour que les statuts des candidats se mettent à jour automatiquement.`,
      replaceIntro: (provider) =>
        `Votre URL de webhook n’a pas changé. Si elle figure déjà dans ${provider}, vous n’avez rien à modifier.`,
      urlLabel: 'URL du webhook',
      stepsHeading: (provider) => `Dans ${provider}`,
      pathSeparator: ', puis ',
      docsLink: (provider) => `Documentation des webhooks ${provider}`,
      opensInNewTab: '(s’ouvre dans un nouvel onglet)',
      waiting: 'En attente du premier événement webhook…',
      waitingHint: (provider) =>
        `Cet affichage se met à jour automatiquement dès que ${provider} envoie un événement. Vous pouvez continuer et vérifier plus tard.`,
      received: 'Webhook reçu',
      receivedHint: (provider) => `${provider} peut joindre votre ATS. Les statuts des candidats se mettront à jour automatiquement.`,
      noUrl: 'L’URL du webhook n’est pas encore disponible. Rechargez la page, ou contactez le support si elle reste absente.',
      continue: 'Continuer',
    },
    secret: {
      heading: 'Secret de signature',
      label: 'Secret de signature',
      hint: (provider) =>
        `${provider} signe chaque webhook avec ce secret. Conservez-le là où votre serveur vérifie les webhooks. Il n’est affiché qu’une seule fois.`,
      confirm: 'J’ai enregistré le secret de signature',
      closeBlocked: 'Enregistrez le secret de signature et cochez la case avant de quitter : il ne pourra plus être affiché.',
      closeHeld: 'Fermeture possible une fois le secret enregistré',
      confirmRequired: 'Cochez la case une fois le secret enregistré.',
    },
    done: {
      heading: (provider) => `${provider} est connecté`,
      replacedHeading: (provider) => `${provider} utilise désormais la nouvelle clé`,
      keyLabel: 'Clé API',
      keyValue: (suffix) => (suffix ? `Se termine par ${suffix}` : 'Enregistrée'),
      webhookLabel: 'Webhook',
      webhookReceived: 'Événements reçus',
      webhookWaiting: 'Aucun événement pour le moment',
      next: (provider) =>
        `Les recruteurs peuvent désormais envoyer des évaluations ${provider} depuis le profil d’un candidat ou un plan d’entretien.`,
      finish: 'Terminer',
    },
  },

  interviewPlan: {
    activityName: (provider) => `Envoyer une évaluation ${provider}`,
    editor: {
      heading: 'Plan d’entretien',
      jobLine: (jobTitle, version) => `${jobTitle} · version ${formatNumber(version)}`,
      loading: 'Chargement du plan d’entretien…',
      loadError: 'Impossible de charger le plan d’entretien',
      retry: 'Réessayer',
      empty: {
        title: 'Ce poste n’a pas encore d’étapes de recrutement',
        description: 'Ajoutez d’abord des étapes au processus de recrutement du poste ; les activités d’évaluation se placent dans une étape.',
      },
      stagesLabel: 'Étapes de recrutement',
      stagePosition: (position, total) => `Étape ${formatNumber(position)} sur ${formatNumber(total)}`,
      activityCount: (count) => plural(count, { one: '# activité', other: '# activités', many: '# d’activités' }),
      noActivities: 'Aucune activité pour le moment.',
    },
    menu: {
      button: 'Ajouter une activité',
      buttonLabel: (stage) => `Ajouter une activité à l’étape ${stage}`,
      loading: 'Chargement des fournisseurs d’évaluation…',
      loadError: 'Impossible de charger les fournisseurs d’évaluation.',
      retry: 'Réessayer',
      none: 'Aucun fournisseur d’évaluation n’est disponible.',
      notConnected: (provider) => `${provider} n’est pas connecté.`,
      needsAttention: (provider, reason) =>
        reason ? `${provider} requiert votre attention : ${reason}` : `${provider} requiert votre attention.`,
      unknown: (provider) => `Impossible de vérifier la connexion à ${provider}.`,
      checking: (provider) => `Vérification de la connexion à ${provider}…`,
      setUp: (provider) => `Configurer ${provider}`,
    },
    activity: {
      test: 'Test',
      reviewers: 'Évaluateurs',
      scorecard: 'Grille d’évaluation',
      feedback: 'Avis requis',
      sending: 'Envoi',
      archived: 'Archivé',
      archivedHint: (provider) => `Archivé dans ${provider} : les candidats ne peuvent pas le passer. Choisissez un autre test.`,
      reviewerCount: (count) => plural(count, { one: '# évaluateur', other: '# évaluateurs', many: '# d’évaluateurs' }),
      noReviewers: 'Aucun évaluateur',
      unknownTemplate: 'Un modèle qui n’existe plus',
      customQuestions: (count) =>
        plural(count, { one: '# question personnalisée', other: '# questions personnalisées', many: '# de questions personnalisées' }),
      feedbackFrom: { every_reviewer: 'De chaque évaluateur', any_reviewer: 'D’un seul évaluateur, quel qu’il soit' },
      autoSendOn: 'Automatique dès qu’un candidat entre dans l’étape',
      autoSendOff: 'Un recruteur vérifie puis envoie',
      hostActivity: (type) => hostActivityKinds[type] ?? 'Une étape gérée par votre ATS',
      unreadable: {
        title: 'Une activité impossible à afficher',
        description: 'Ses informations sont incomplètes. Elle est conservée telle quelle et enregistrée sans modification.',
      },
      changes: { label: 'Modification non enregistrée', added: 'Nouvelle', edited: 'Modifiée', moved: 'Déplacée' },
      actions: {
        edit: (name) => `Modifier ${name}`,
        moveUp: (name) => `Monter ${name}`,
        moveDown: (name) => `Descendre ${name}`,
        moveTo: (name) => `Déplacer ${name} vers une autre étape`,
        moveToStage: (stage) => `Déplacer vers ${stage}`,
        remove: (name) => `Retirer ${name}`,
        tooltips: { edit: 'Modifier', moveUp: 'Monter', moveDown: 'Descendre', moveTo: 'Déplacer vers une autre étape', remove: 'Retirer' },
      },
    },
    // "name: activité …" so the participle agrees with "activité", whatever the activity's name is.
    announcements: {
      added: (name, stage) => `${name} : activité ajoutée à l’étape ${stage}. Enregistrez le plan pour la conserver.`,
      updated: (name) => `${name} : activité modifiée. Enregistrez le plan pour conserver la modification.`,
      moved: (name, position, total, stage) =>
        `${name} : activité déplacée en position ${formatNumber(position)} sur ${formatNumber(total)} dans l’étape ${stage}.`,
      removed: (name, stage) => `${name} : activité retirée de l’étape ${stage}.`,
    },
    save: {
      unsaved: 'Vous avez des modifications non enregistrées.',
      allSaved: 'Toutes les modifications sont enregistrées.',
      save: 'Enregistrer le plan',
      discard: 'Abandonner les modifications',
      saved: (version) => `Plan d’entretien enregistré (version ${formatNumber(version)}).`,
      failedTitle: 'Le plan n’a pas été enregistré',
      activityError: (message) => `Non enregistrée : ${message}`,
    },
    conflict: {
      title: 'Quelqu’un d’autre a enregistré ce plan pendant que vous le modifiiez',
      description:
        'Vos modifications sont toujours là. Vérifiez la dernière version du plan avec vos modifications réappliquées, puis enregistrez à nouveau.',
      review: 'Vérifier la dernière version',
      discardMine: 'Abandonner mes modifications',
      reapplied: (version) =>
        `Vos modifications ont été réappliquées à la dernière version du plan (version ${formatNumber(version)}). Vérifiez-les, puis enregistrez.`,
      notReapplied: 'Ces modifications n’ont pas pu être réappliquées :',
      stageGone: (name, stage) => `${name} : l’étape « ${stage} » ne figure plus dans le plan.`,
    },
    discard: {
      planTitle: 'Abandonner vos modifications du plan ?',
      planDescription: 'Le plan revient à sa dernière version enregistrée.',
      dialogTitle: 'Abandonner les modifications de cette activité ?',
      dialogDescription: 'Ce que vous avez saisi n’a pas été ajouté au plan.',
      keepEditing: 'Continuer la modification',
      confirm: 'Abandonner les modifications',
    },
    dialog: {
      editTitle: (provider) => `Modifier l’évaluation ${provider}`,
      description: (stage) =>
        stage
          ? `Chaque candidat qui entre dans l’étape ${stage} reçoit cette évaluation.`
          : 'Chaque candidat qui entre dans l’étape reçoit cette évaluation.',
      add: 'Ajouter l’évaluation',
      update: 'Enregistrer l’activité',
      cancel: 'Annuler',
      saving: 'Enregistrement…',
      failed: 'L’activité n’a pas pu être enregistrée. Réessayez.',
      notConnected: (provider) =>
        `${provider} n’est pas connecté. Vous pouvez configurer l’activité dès maintenant ; aucune évaluation ne pourra être envoyée tant qu’un administrateur n’aura pas connecté ${provider}.`,
    },
    form: {
      test: 'Test',
      testHint: (provider) => `Un test déjà configuré dans ${provider}.`,
      testArchived: (provider) =>
        `Ce test a été archivé dans ${provider} : les candidats ne peuvent pas le passer. Choisissez un autre test.`,
      reviewers: 'Évaluateurs',
      reviewersHint: 'Ils examinent les résultats et remplissent la grille d’évaluation.',
      scorecard: 'Grille d’évaluation',
      scorecardHint: 'Ce que les évaluateurs remplissent pour chaque candidat.',
      useTemplate: 'Utiliser un modèle',
      writeQuestions: 'Rédiger les questions',
      testPlaceholder: 'Rechercher un test par titre ou langage',
      reviewersPlaceholder: 'Rechercher des personnes',
      template: 'Modèle',
      chooseTemplate: 'Choisir un modèle',
      templatesLoading: 'Chargement des modèles…',
      templatesError: 'Impossible de charger les modèles.',
      templateQuestions: questions,
      customizeTemplate: 'Copier dans mes propres questions',
      questions: {
        heading: 'Questions',
        none: 'Aucune question pour le moment. Ajoutez la première.',
        question: (position) => `Question ${formatNumber(position)}`,
        textPlaceholder: 'À quoi les évaluateurs doivent-ils répondre ?',
        types: {
          stars: 'Étoiles (1 à 5)',
          score: 'Note (1 à 10)',
          yes_no: 'Oui ou non',
          text: 'Texte libre',
          single_select: 'Choix unique',
          multi_select: 'Choix multiples',
        },
        required: 'Obligatoire',
        textLabel: (position) => `Question ${formatNumber(position)}`,
        typeLabel: (position) => `Type de réponse de la question ${formatNumber(position)}`,
        requiredLabel: (position) => `Obligatoire, question ${formatNumber(position)}`,
        options: 'Choix',
        option: (position) => `Choix ${formatNumber(position)}`,
        addOption: 'Ajouter un choix',
        removeOption: (position) => `Retirer le choix ${formatNumber(position)}`,
        add: 'Ajouter une question',
        moveUp: (position) => `Monter la question ${formatNumber(position)}`,
        moveDown: (position) => `Descendre la question ${formatNumber(position)}`,
        remove: (position) => `Retirer la question ${formatNumber(position)}`,
        moved: (from, to) => `La question ${formatNumber(from)} est désormais la question ${formatNumber(to)}.`,
        removed: (position) => `Question ${formatNumber(position)} retirée.`,
      },
      feedback: 'Avis pris en compte',
      feedbackHints: {
        every_reviewer: 'L’examen des résultats est terminé lorsque chaque évaluateur a envoyé son avis.',
        any_reviewer: 'Le premier évaluateur qui envoie son avis termine l’examen des résultats.',
      },
      autoSend: 'Envoyer dès qu’un candidat entre dans l’étape',
      autoSendHint: 'Désactivé : l’évaluation attend sur le profil du candidat jusqu’à ce qu’un recruteur la vérifie et l’envoie.',
      errors: {
        testRequired: 'Choisissez un test.',
        reviewersRequired: 'Choisissez au moins un évaluateur.',
        templateRequired: 'Choisissez un modèle.',
        questionsRequired: 'Ajoutez au moins une question.',
        questionText: 'Saisissez la question.',
        optionsTooFew: 'Indiquez au moins deux choix.',
        optionEmpty: 'Saisissez ce choix, ou retirez-le.',
        optionDuplicate: 'Ce choix figure déjà dans la liste.',
      },
    },
  },

  sendAssessment: {
    title: 'Envoyer une évaluation',
    description: 'Choisissez un test et ses évaluateurs. Le candidat reçoit un e-mail contenant le lien.',
    fromPlanDescription: (stage) =>
      `${stage ? `L’étape « ${stage} »` : 'Le plan d’entretien'} a préparé cet envoi. Vérifiez-le, modifiez ce que vous souhaitez, puis envoyez.`,
    candidateLabel: 'Candidat',
    candidateLoadFailed: 'Impossible de charger le candidat.',
    activityMissing:
      'Cette activité du plan a déjà été envoyée ou n’existe plus. Fermez cette fenêtre et consultez les évaluations du candidat.',
    provider: {
      legend: 'Fournisseur d’évaluation',
      needsAttention: (provider, reason) =>
        `${reason ?? `${provider} requiert votre attention.`} Un administrateur peut le reconnecter dans Intégrations.`,
      required: 'Choisissez un fournisseur.',
      loadFailed: 'Impossible de charger les fournisseurs d’évaluation.',
    },
    noProvider: {
      title: 'Aucun fournisseur d’évaluation n’est connecté',
      body: 'Connectez CodeInterview ou un autre fournisseur pour envoyer des tests de programmation depuis cette page.',
      setUp: 'Configurer une intégration',
      askAdmin: 'Demandez à un administrateur d’en connecter un dans Paramètres > Intégrations.',
    },
    test: {
      label: 'Test',
      placeholder: 'Rechercher par titre ou langage',
      chooseProviderFirst: 'Choisissez d’abord un fournisseur',
      duration: (minutes) => `${formatNumber(minutes)} min`,
      languages: (languages) => languages.join(', '),
      separator: ' · ',
      archived: (provider) => `Archivé dans ${provider}`,
      noResults: (search) => (search ? `Aucun test ne correspond à « ${search} »` : 'Ce fournisseur n’a encore aucun test'),
      required: 'Choisissez un test.',
      unavailable: (provider) =>
        `Ce test n’est plus disponible dans ${provider} (il a peut-être été archivé). Choisissez un autre test.`,
    },
    reviewers: {
      label: 'Évaluateurs',
      hint: 'Ils examinent les résultats et remplissent la grille d’évaluation.',
      placeholder: 'Rechercher des personnes',
      selectionLabel: 'Évaluateurs choisis',
      noResults: (search) => (search ? `Personne ne correspond à « ${search} »` : 'Personne à choisir pour le moment'),
      required: 'Choisissez au moins un évaluateur.',
    },
    scorecard: {
      label: 'Grille d’évaluation',
      none: 'Aucune grille',
      noneHint:
        'Les évaluateurs voient les résultats et le score, mais ne remplissent aucun formulaire ; leur avis est rédigé en texte libre.',
      planQuestions: (count) => `Les questions propres au plan (${questions(count)})`,
      previewLabel: (count) => `Questions posées aux évaluateurs (${questions(count)})`,
      questionTypes: {
        stars: 'De 1 à 5 étoiles',
        score: 'Note de 1 à 10',
        yes_no: 'Oui ou non',
        text: 'Réponse rédigée',
        single_select: 'Choix unique',
        multi_select: 'Choix multiples',
      },
      required: 'Obligatoire',
      optional: 'Facultative',
      loadFailed: 'Impossible de charger les modèles de grille d’évaluation.',
    },
    expiry: {
      label: 'Date d’expiration du lien',
      hint: (provider, defaultDays, maxDays) =>
        `Sauf autre choix de votre part, les liens ${provider} restent valables ${days(defaultDays)}, et ${days(maxDays)} au maximum.`,
      required: 'Choisissez la date d’expiration du lien.',
      incomplete: 'Complétez la date, ou choisissez-la dans le calendrier.',
      past: 'Choisissez une date postérieure à aujourd’hui.',
      tooLate: (provider, maxDays, lastDate) =>
        `Les liens ${provider} restent valables ${days(maxDays)} au maximum : choisissez le ${lastDate} ou une date antérieure.`,
    },
    message: {
      label: 'Message au candidat (facultatif)',
      hint: (maxLength) => `Ajouté à l’e-mail d’invitation. ${characters(maxLength)} au maximum.`,
      count: (used, maxLength) => `${formatNumber(used)} / ${formatNumber(maxLength)}`,
      tooLong: (maxLength) => `Le message ne doit pas dépasser ${characters(maxLength)}.`,
    },
    duplicate: {
      title: (candidate) => `${candidate} a déjà ce test en cours`,
      body: (test, sentAt) =>
        `« ${test} » a été envoyé${sentAt ? ` le ${sentAt}` : ''} et n’est pas encore terminé. Un nouvel envoi donnera au candidat un second lien.`,
      confirm: 'Envoyer quand même',
      open: 'Ouvrir l’évaluation existante',
    },
    errors: {
      formTitle: 'L’évaluation n’a pas été envoyée',
      providerUnavailable: (provider) =>
        `${provider} ne peut pas envoyer d’évaluations pour le moment (sa clé API a peut-être été révoquée). Demandez à un administrateur de le reconnecter dans Intégrations, ou choisissez un autre fournisseur.`,
      alreadySent: 'Quelqu’un a déjà envoyé cette activité du plan. Fermez cette fenêtre et consultez les évaluations du candidat.',
    },
    discard: {
      title: 'Abandonner cette évaluation ?',
      description: 'Vos choix et votre saisie seront perdus, et rien ne sera envoyé.',
      keepEditing: 'Continuer la modification',
      confirm: 'Abandonner',
    },
    cancel: 'Annuler',
    send: 'Envoyer l’évaluation',
    sending: 'Envoi en cours…',
    sent: (candidate, test) => `Évaluation envoyée à ${candidate} : ${test}.`,
  },

  candidateAssessments: {
    heading: 'Évaluations',
    sendAssessment: 'Envoyer une évaluation',
    sendUnavailable: 'La fenêtre d’envoi d’évaluation n’a pas pu s’ouvrir. Rechargez la page pour réessayer.',
    loading: 'Chargement des évaluations…',
    loadError: 'Impossible de charger les évaluations.',
    retry: 'Réessayer',
    empty: {
      title: 'Aucune évaluation pour le moment',
      description:
        'Envoyez un test de programmation à ce candidat, ou faites-le passer à une étape dont le plan d’entretien en envoie un.',
    },
    listLabel: 'Évaluations, celles qui requièrent une action d’abord, puis les plus récentes',
    kind: 'Évaluation',

    fromPlan: (stageName) => (stageName ? `Plan d’entretien : ${stageName}` : 'Plan d’entretien'),
    adHoc: 'Envoyée ponctuellement',
    sentBy: (name) => `Envoyée par ${name}`,
    reviewers: (names) => `Évaluateurs : ${names}`,
    noReviewers: 'Aucun évaluateur',

    needsAction: {
      label: 'Action requise',
      description: 'Le plan d’entretien a créé cette évaluation. Vérifiez le test et les évaluateurs, puis envoyez-la.',
      send: 'Envoyer',
      sendLabel: (testTitle) => `Envoyer ${testTitle}`,
    },

    completed: { feedback: 'Avis des évaluateurs' },

    expired: {
      when: (date) => `Le lien a expiré le ${date} sans avoir été utilisé.`,
      resend: 'Renvoyer',
      resendLabel: (testTitle) => `Renvoyer ${testTitle} sous forme de nouvelle invitation`,
      resent: (date) => `Une nouvelle invitation a été envoyée le ${date}.`,
    },

    active: {
      resendInvitation: 'Renvoyer l’invitation',
      resendInvitationLabel: (testTitle) => `Renvoyer l’invitation pour ${testTitle}`,
      cancel: 'Annuler',
      cancelLabel: (testTitle) => `Annuler ${testTitle}`,
    },

    failed: {
      cause: (reason) => `Cause : ${reason}`,
      unknownCause: 'Le fournisseur a signalé une erreur sans en indiquer la raison.',
      nextStep:
        'Corrigez la cause (une adresse e-mail erronée, un test qui n’est plus disponible), puis renvoyez l’évaluation. En cas de nouvel échec, contactez le support du fournisseur.',
      resend: 'Renvoyer',
      resendLabel: (testTitle) => `Renvoyer ${testTitle} sous forme de nouvelle invitation`,
    },

    unknown: {
      description: (word) =>
        word
          ? `Le fournisseur a signalé un statut que nous ne reconnaissons pas (« ${word} »). L’affichage se mettra à jour lorsque le fournisseur signalera un statut connu.`
          : 'Le fournisseur a signalé un statut que nous ne reconnaissons pas. L’affichage se mettra à jour lorsque le fournisseur signalera un statut connu.',
    },

    resendError: 'L’invitation n’a pas été renvoyée.',
    resendRefused:
      'Impossible de la renvoyer pour le moment : son statut a changé, elle a déjà été renvoyée, ou son fournisseur n’est plus connecté. La liste affiche son statut actuel.',

    cancelConfirm: {
      title: (testTitle) => `Annuler ${testTitle} ?`,
      description:
        'Le lien du candidat cessera de fonctionner. L’évaluation reste dans l’historique, et vous pourrez en envoyer une nouvelle plus tard.',
      keep: 'Conserver l’évaluation',
      confirm: 'Annuler l’évaluation',
      errorTitle: 'L’évaluation n’a pas été annulée.',
    },

    announcements: {
      statusChanged: (testTitle, status) => `${testTitle} : ${status}`,
      added: (testTitle, status) => `Nouvelle évaluation, ${testTitle} : ${status}`,
      resent: (testTitle) => `Invitation pour ${testTitle} renvoyée.`,
      withScore: (status, score) => `${status}, ${score}`,
    },
  },

  assessmentItem: {
    provider: (providerName) => providerName,
    justSent: 'Envoyée à l’instant',

    result: {
      score: 'Score',
      scoreValue: (got, total, percent) => `${got}/${total} · ${percent}`,
      scoreSpoken: (got, total, percent) => `${got} sur ${total}, ${percent}`,
      scorePending: 'Score en attente',
      timeTaken: 'Temps passé',
      duration: (hours, minutes) =>
        hours === 0
          ? minutes === 0
            ? 'Moins d’une minute'
            : `${formatNumber(minutes)} min`
          : minutes === 0
            ? `${formatNumber(hours)} h`
            : `${formatNumber(hours)} h ${formatNumber(minutes)} min`,
      report: 'Voir le rapport',
      reportLabel: (testTitle) => `Voir le rapport de ${testTitle} (s’ouvre dans un nouvel onglet)`,
      noReport: 'Le fournisseur n’a pas encore partagé de rapport.',
      playback: 'Voir l’enregistrement',
      playbackLabel: (interviewTitle) => `Voir l’enregistrement de ${interviewTitle} (s’ouvre dans un nouvel onglet)`,
      noPlayback: 'Le fournisseur n’a fourni aucun lien vers l’enregistrement.',
    },

    feedback: {
      summary: submittedOf,
      states: { due: 'En attente', draft: 'Brouillon enregistré', submitted: 'Envoyé' },
      submittedOn: (date) => `Envoyé le ${date}`,
      open: 'Ouvrir les avis',
      openLabel: (title) => `Ouvrir les avis sur ${title}`,
      dialogTitle: (title) => `Avis : ${title}`,
      unavailable: 'Les avis n’ont pas pu s’ouvrir. Rechargez la page pour réessayer.',
    },

    history: {
      toggle: (count) => `Historique (${formatNumber(count)})`,
      toggleLabel: (title, count) => `Historique (${formatNumber(count)}) : ${title}`,
      entryLabel: (status, dateTime) => `${status}, ${dateTime}`,
    },

    // An item is a test (feminine) or an interview (masculine): these sentences name neither.
    cancel: {
      reasonLabel: 'Motif (facultatif)',
      reasonHint: 'Enregistré dans l’historique. Le candidat ne le voit pas.',
      refused: (status) => `L’annulation n’est plus possible. Statut actuel : ${status}.`,
      refusedUnknown: 'L’annulation n’est plus possible : le statut a changé. La liste affiche le statut actuel.',
      close: 'Fermer',
      cancelling: 'Annulation en cours…',
      discard: {
        title: 'Abandonner le motif ?',
        description: 'Le motif saisi n’est pas enregistré, et rien n’est annulé.',
        keepEditing: 'Continuer la saisie',
        confirm: 'Abandonner le motif',
      },
    },
  },

  assessmentSummary: {
    none: 'Aucune évaluation',
    scorePending: 'Score en attente',
    others: (count) => `+${formatNumber(count)}`,
    othersSpoken: (count) => plural(count, { one: 'et # autre évaluation', other: 'et # autres évaluations', many: 'et # d’autres évaluations' }),
  },

  feedback: {
    formHeading: 'Votre avis',
    summaryHeading: 'Avis des évaluateurs',
    loading: 'Chargement des avis…',
    loadError: 'Impossible de charger les avis.',
    retry: 'Réessayer',

    context: {
      label: 'Résultat',
      reviewers: 'Évaluateurs',
      you: (name) => `${name} (vous)`,
    },

    notOpen: {
      title: 'Les avis ne sont pas encore ouverts',
      description: (status) =>
        `Les évaluateurs donnent leur avis une fois que le candidat a terminé l’évaluation. Statut actuel : ${status}.`,
    },
    notReviewer: {
      title: 'Vous ne faites pas partie des évaluateurs',
      description: 'Seuls les évaluateurs désignés donnent leur avis. Vous pouvez lire ceux qu’ils ont envoyés.',
    },
    hidden: {
      untilYouSubmit: 'Les réponses des autres évaluateurs s’affichent une fois les vôtres envoyées, afin qu’elles ne vous influencent pas.',
      byPolicy: 'Les réponses des évaluateurs ne sont visibles que par les évaluateurs.',
      answers: 'Réponses masquées',
    },
    alreadyComplete:
      'Les avis sont déjà complets : l’avis d’un seul évaluateur suffit pour cette évaluation. Vous pouvez tout de même ajouter le vôtre.',

    questions: {
      required: 'Obligatoire',
      requiredNote:
        'Les questions marquées Obligatoire exigent une réponse avant l’envoi. Vos réponses sont enregistrées en brouillon au fur et à mesure.',
      none: 'Cette évaluation n’a pas de grille d’évaluation. Envoyez votre avis pour indiquer que vous avez examiné le résultat.',
      star: (count) => plural(count, { one: '# étoile', other: '# étoiles', many: '# d’étoiles' }),
      ratingValue: (value, max) => `${formatNumber(value)} sur ${formatNumber(max)}`,
      notRated: 'Pas encore noté',
      yes: 'Oui',
      no: 'Non',
    },

    errors: {
      required: {
        stars: 'Choisissez de 1 à 5 étoiles.',
        score: 'Choisissez une note de 1 à 10.',
        yes_no: 'Répondez par oui ou par non.',
        text: 'Rédigez une réponse.',
        single_select: 'Choisissez une option.',
        multi_select: 'Choisissez au moins une option.',
      },
      textTooLong: (max) => `Votre réponse doit comporter moins de ${characters(max)}.`,
      invalid: 'Cette réponse n’a pas été acceptée. Vérifiez-la, puis réessayez.',
    },

    draft: {
      saving: 'Enregistrement du brouillon…',
      saved: (time) => `Brouillon enregistré à ${time}`,
      failed: 'Brouillon non enregistré. Vos réponses sont conservées ici ; nous réessaierons dès que vous modifierez quelque chose.',
      retry: 'Enregistrer maintenant',
      failedAnnouncement: 'Votre brouillon n’a pas pu être enregistré. Vos réponses sont conservées.',
    },

    submit: {
      button: 'Envoyer mon avis',
      confirmTitle: 'Envoyer votre avis ?',
      confirmDescription:
        'Vous ne pourrez plus le modifier après l’envoi. L’équipe de recrutement et les autres évaluateurs pourront le consulter.',
      confirm: 'Envoyer mon avis',
      keepEditing: 'Continuer la modification',
      errorTitle: 'Votre avis n’a pas été envoyé.',
      submitting: 'Envoi de votre avis…',
      done: 'Avis envoyé.',
    },

    refused: {
      feedback_submitted: 'Votre avis a déjà été envoyé et ne peut plus être modifié. Voici ce qui a été envoyé.',
      feedback_not_open: 'Les avis ne sont plus ouverts pour cette évaluation. Vos réponses sont conservées ci-dessous.',
      forbidden:
        'Vous ne faites plus partie des évaluateurs de cette évaluation. Vos réponses sont conservées ci-dessous, mais ne peuvent pas être envoyées.',
    },

    submitted: {
      heading: 'Vos réponses',
      waiting: (remaining) =>
        plural(remaining, {
          one: 'En attente de # autre évaluateur.',
          other: 'En attente de # autres évaluateurs.',
          many: 'En attente de # d’autres évaluateurs.',
        }),
    },

    answer: {
      none: 'Aucune réponse',
      rating: (value, max) => `${formatNumber(value)}/${formatNumber(max)}`,
      ratingSpoken: (value, max) => `${formatNumber(value)} sur ${formatNumber(max)}`,
    },

    summary: {
      complete: 'Complet',
      waiting: 'En attente',
      rule: {
        every_reviewer: (submitted, total) => `L’avis de chaque évaluateur compte : ${submittedOf(submitted, total)}.`,
        any_reviewer: (submitted, total) => `L’avis d’un seul évaluateur suffit : ${submittedOf(submitted, total)}.`,
      },
      reviewersLabel: 'Évaluateurs',
      questionsLabel: 'Réponses par question',
      average: (average, max) => `Moyenne : ${average} sur ${formatNumber(max)}`,
      answered: (count) => plural(count, { one: '# réponse', other: '# réponses', many: '# de réponses' }),
      noAnswers: 'Aucune réponse à afficher pour le moment',
      noAnswersYet: 'Les réponses à chaque question s’affichent ici dès qu’un évaluateur envoie son avis.',
      optionCount: (option, count) => `${option} : ${formatNumber(count)}`,
      answersLabel: (prompt) => `Réponses à « ${prompt} »`,
    },
  },

  liveInterview: {
    title: 'Planifier un entretien en direct',
    description:
      'Créez un espace de codage en direct pour le candidat et les intervieweurs. Le candidat reçoit le lien lorsque vous le lui envoyez.',
    unavailable: 'La fenêtre de planification d’entretien en direct n’a pas pu s’ouvrir. Rechargez la page pour réessayer.',
    candidateLabel: 'Candidat',
    candidateLoadFailed: 'Impossible de charger le candidat.',
    provider: {
      legend: 'Fournisseur d’entretiens en direct',
      needsAttention: (provider, reason) =>
        `${reason ?? `${provider} requiert votre attention.`} Un administrateur peut le reconnecter dans Intégrations.`,
      required: 'Choisissez un fournisseur.',
      loadFailed: 'Impossible de charger les fournisseurs.',
    },
    noProvider: {
      title: 'Aucun fournisseur d’entretiens en direct n’est connecté',
      body: 'Connectez CodeInterview ou un autre fournisseur proposant des espaces de codage en direct pour planifier des entretiens ici.',
      // `names` may be one provider or several: the sentence leaves the verb out.
      testsOnly: (names) => `Tests uniquement, sans entretiens en direct : ${names}.`,
      setUp: 'Configurer une intégration',
      askAdmin: 'Demandez à un administrateur d’en connecter un dans Paramètres > Intégrations.',
    },
    interviewTitle: {
      label: 'Titre',
      suggestion: (candidate, job) => `${candidate} · ${job}`,
      required: 'Saisissez un titre.',
      tooLong: (maxLength) => `Le titre ne doit pas dépasser ${characters(maxLength)}.`,
    },
    interviewers: {
      label: 'Intervieweurs',
      hint: 'Ils rejoignent l’espace de codage, puis remplissent la grille d’évaluation à la fin de l’entretien.',
      placeholder: 'Rechercher des personnes',
      selectionLabel: 'Intervieweurs choisis',
      noResults: (search) => (search ? `Personne ne correspond à « ${search} »` : 'Personne à choisir pour le moment'),
      required: 'Choisissez au moins un intervieweur.',
    },
    scorecard: {
      label: 'Grille d’évaluation',
      none: 'Aucune grille',
      noneHint: 'Les intervieweurs ne remplissent aucun formulaire ; leur avis est rédigé en texte libre.',
      loadFailed: 'Impossible de charger les modèles de grille d’évaluation.',
    },
    when: {
      label: 'Date et heure (facultatif)',
      hint: (zone) => `Dans votre fuseau horaire (${zone}). Laissez vide s’il n’y a pas d’horaire fixé.`,
      past: 'Choisissez une date et une heure à venir.',
      incomplete: 'Complétez la date et l’heure, ou videz le champ s’il n’y a pas d’horaire fixé.',
    },
    errors: {
      formTitle: 'L’entretien n’a pas été créé',
      providerUnavailable: (provider) =>
        `${provider} ne peut pas créer d’entretiens en direct pour le moment (sa clé API a peut-être été révoquée). Choisissez un autre fournisseur, ou demandez à un administrateur de le reconnecter dans Intégrations.`,
    },
    discard: {
      title: 'Abandonner cet entretien ?',
      description: 'Vos choix et votre saisie seront perdus, et aucun entretien ne sera créé.',
      keepEditing: 'Continuer la modification',
      confirm: 'Abandonner',
    },
    cancel: 'Annuler',
    create: 'Créer l’entretien',
    creating: 'Création en cours…',
    done: 'Terminé',
    created: {
      title: 'Entretien créé',
      description: (interviewTitle, when) =>
        when ? `« ${interviewTitle} » est prévu le ${when}.` : `« ${interviewTitle} » n’a pas d’horaire fixé.`,
      announcement: (candidate) => `Entretien en direct créé pour ${candidate}.`,
    },
    links: {
      label: 'Liens',
      candidate: 'Lien du candidat',
      candidateHint: 'Envoyez-le depuis cette page, ou copiez-le dans votre propre invitation.',
      interviewers: 'Lien des intervieweurs',
      interviewersHint: 'Réservé aux intervieweurs : il ouvre l’espace de codage avec les commandes de l’intervieweur.',
      shared: 'Lien de l’entretien',
      sharedHint: 'Le candidat et les intervieweurs se connectent avec ce même lien.',
      none: 'Le fournisseur n’a fourni aucun lien affichable. Ouvrez l’entretien dans l’application du fournisseur.',
      send: 'Envoyer le lien au candidat',
      sendAgain: 'Renvoyer le lien',
      sendLabel: (visible, candidate) => `${visible} : ${candidate}`,
      sending: 'Envoi en cours…',
      sentOn: (date) => `Envoyé au candidat le ${date}.`,
      notSent: 'Pas encore envoyé au candidat.',
      sentAnnouncement: (candidate) => `Lien de l’entretien envoyé à ${candidate}.`,
      sendFailed: 'Le lien n’a pas été envoyé.',
    },
    card: {
      kind: 'Entretien en direct',
      join: 'Rejoindre',
      joinLabel: (title) => `Rejoindre ${title} (s’ouvre dans un nouvel onglet)`,
      interviewers: (names) => `Intervieweurs : ${names}`,
      noInterviewers: 'Aucun intervieweur',
      noTime: 'Pas d’horaire fixé',
      feedback: 'Avis des intervieweurs',
      cancel: 'Annuler',
      cancelLabel: (interviewTitle) => `Annuler ${interviewTitle}`,
      cancelConfirm: {
        title: (interviewTitle) => `Annuler ${interviewTitle} ?`,
        description:
          'Les liens de l’espace de codage cesseront de fonctionner. L’entretien reste dans l’historique, et vous pourrez en planifier un nouveau plus tard.',
        keep: 'Conserver l’entretien',
        confirm: 'Annuler l’entretien',
        errorTitle: 'L’entretien n’a pas été annulé.',
      },
    },
  },
};

// Same as English on purpose: "Date", "Test", "Webhook", "Questions", "Question N", "version N", "Score", "mm" (mois), "min" and
// "h" in durations, the separators (" · ", ", "), and the pass-through or numeric formats ("82/100", "+2", "•••• abcd",
// a provider's name, a relative time, "Status, date", "Title: status", "Candidate · Job", "120 / 1 000",
// "TypeScript, JavaScript").
