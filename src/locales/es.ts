/** Spanish (es-ES) for every kit component. Pass both to the provider: <AssessmentKitProvider locale={esLocale} text={esText}>. */
import type { KitText } from '../index'; // type-only: a locale pulls in nothing of the kit at run time
import { pluralize } from './plural';

export const esLocale = 'es-ES';

const plural = pluralize(esLocale);
const number = (value: number) => value.toLocaleString(esLocale);
const characters = (count: number) => plural(count, { one: '# carácter', other: '# caracteres' });
const days = (count: number) => plural(count, { one: '# día', other: '# días' });
const questions = (count: number) => plural(count, { one: '# pregunta', other: '# preguntas' });
const seconds = (count: number) => plural(count, { one: '# segundo', other: '# segundos' });

// Shared by the Send and the Schedule dialogs, which word these the same.
const providerNeedsAttention = (provider: string, reason: string | null) =>
  `${reason ?? `${provider} requiere atención.`} Un administrador puede volver a conectarlo en Integraciones.`;
const noOneMatches = (search: string) => (search ? `Nadie coincide con «${search}»` : 'Aún no hay nadie para elegir');
const setUpIntegration = 'Configurar una integración';
const askAdminToConnect = 'Pida a un administrador que conecte uno en Configuración > Integraciones.';

/** The host activity types the kit can name; others read as a step the ATS runs. */
const hostActivityKinds: Partial<Record<string, string>> = {
  interview: 'Entrevista',
  email: 'Correo electrónico',
  review: 'Revisión',
  call: 'Llamada',
};

export const esText: KitText = {
  common: {
    close: 'Cerrar',
    cancel: 'Cancelar',
    retry: 'Reintentar',
    loading: 'Cargando…',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFailed: 'No se ha podido copiar. El texto está seleccionado: pulse Ctrl+C (⌘C en Mac) para copiarlo.',
    errors: {
      invalid_api_key: 'No se ha aceptado esa clave de API.',
      unauthorized: 'Su sesión ha caducado. Vuelva a iniciar sesión e inténtelo de nuevo.',
      forbidden: 'No tiene permiso para hacer esto. Consulte a un administrador.',
      not_found: 'Este elemento ya no existe. Recargue la página para ver la información más reciente.',
      conflict: 'Otra persona lo ha modificado mientras tanto. Recargue la página para ver la información más reciente.',
      validation: 'Hay datos que deben corregirse.',
      rate_limited: (retryAfterSeconds) =>
        retryAfterSeconds === null
          ? 'Demasiados intentos. Espere un momento e inténtelo de nuevo.'
          : `Demasiados intentos. Inténtelo de nuevo dentro de ${seconds(retryAfterSeconds)}.`,
      network: 'No hemos podido conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
      server: 'Se ha producido un error por nuestra parte. Inténtelo de nuevo en unos momentos.',
      bad_response:
        'El servidor ha enviado una respuesta que no hemos podido leer. Inténtelo de nuevo o, si sigue ocurriendo, póngase en contacto con el servicio de asistencia.',
      unknown: 'Se ha producido un error. Inténtelo de nuevo.',
    },
  },

  picker: {
    loading: 'Cargando…',
    searching: 'Buscando…',
    loadingMore: 'Cargando más…',
    noResults: (search) => (search ? `No hay resultados para «${search}»` : 'Aún no hay nada para elegir'),
    loadFailed: 'No hemos podido cargar la lista.',
    retry: 'Reintentar',
    // "many": a million takes "de" ("1.000.000 de resultados").
    resultsCount: (count) => plural(count, { one: '# resultado', many: '# de resultados', other: '# resultados' }),
    showOptions: 'Mostrar opciones',
    unavailable: 'No disponible',
    loadingItem: 'Cargando…',
    unknownItem: 'Desconocido',
    removeItem: (label) => `Quitar ${label}`,
    // "Label first" would need the label's gender: "Seleccionado: …" reads right for any item.
    picked: (label) => `Seleccionado: ${label}`,
    added: (label) => `Añadido: ${label}`,
    removed: (label) => `Quitado: ${label}`,
  },

  dateField: {
    dateLabel: 'Fecha',
    timeLabel: 'Hora',
    openCalendar: (current) => (current ? `Elegir fecha, ${current}` : 'Elegir fecha'),
    calendarLabel: 'Elija una fecha',
    previousMonth: 'Mes anterior',
    nextMonth: 'Mes siguiente',
    calendarHelp: 'Las flechas cambian de día; Re Pág y Av Pág, de mes; con Mayús, de año. Intro selecciona la fecha.',
    placeholder: { day: 'dd', month: 'mm', year: 'aaaa' },
    timePlaceholder: 'Elija una hora',
  },

  statusBadge: {
    labels: {
      not_sent: 'No enviada',
      sent: 'Enviada',
      in_progress: 'En curso',
      completed: 'Completada',
      expired: 'Caducada',
      cancelled: 'Cancelada',
      failed: 'Fallida',
      unknown: 'Desconocido',
    },
    interviewLabels: {
      sent: 'Programada',
      in_progress: 'En curso',
      completed: 'Finalizada',
      cancelled: 'Cancelada',
    },
    readyToSend: 'Lista para enviar',
    expiresIn: (relative) => `Caduca ${relative}`,
    linkExpired: (date) => `Enlace caducado el ${date}`,
    startedAgo: (relative) => `Iniciada ${relative}`,
    deliveryFailed: 'Error en el envío',
    vendorStatus: (word) => `Proveedor: ${word}`,
    unknownStatus: (word) => `Notificado como «${word}»`,
    score: (got, total) => `${got}/${total}`,
    scoreLabel: (got, total) => `${got} de ${total}`,
    separator: ' · ',
    spokenSeparator: ', ',
    accessibleName: (label, detail) => (detail ? `Estado: ${label}, ${detail}` : `Estado: ${label}`),
  },

  integrations: {
    heading: 'Evaluaciones',
    description:
      'Conecte proveedores de evaluaciones de programación para que el equipo de selección pueda enviar pruebas y seguir los resultados en los perfiles de los candidatos.',
    loading: 'Cargando integraciones',
    loadingCard: (providerName) => `Cargando la conexión con ${providerName}`,
    loadError: 'No se han podido cargar las integraciones de evaluación',
    cardError: 'No se ha podido cargar el estado de la conexión.',
    retry: 'Reintentar',
    retryCardLabel: (providerName) => `Reintentar la carga de ${providerName}`,
    empty: {
      title: 'Aún no hay proveedores de evaluaciones',
      description:
        'Aquí aparecerán los proveedores que puede usar su cuenta. Para añadir uno, póngase en contacto con el servicio de asistencia.',
    },
    readOnlyNotice:
      'Solo los administradores pueden conectar o modificar las integraciones de evaluación. Si hay que cambiar algo, consulte a un administrador.',
    readOnlyAttention: 'Un administrador debe sustituir la clave de API.',
    states: {
      not_connected: 'No conectada',
      connected: 'Conectada',
      needs_attention: 'Requiere atención',
    },
    stateLabel: (state) => `Estado: ${state}`,
    maskedKey: (suffix) => `•••• ${suffix}`,
    maskedKeyLabel: (suffix) => `terminada en ${suffix}`,
    apiKey: 'Clave de API',
    lastWebhook: 'Último evento',
    lastWebhookAgo: (relative) => relative,
    noEvents: 'Aún no se ha recibido ningún evento',
    attentionFallback: 'La conexión ha dejado de funcionar.',
    attentionConsequence: (providerName) =>
      `El equipo de selección no puede enviar evaluaciones de ${providerName} hasta que se sustituya la clave de API.`,
    finishSetup: {
      title: 'Complete la configuración: añada la URL del webhook',
      description: (providerName) =>
        `${providerName} aún no ha enviado ningún evento, así que los estados de los candidatos no se actualizarán solos. Añada la URL del webhook en ${providerName}.`,
      readOnly: 'Un administrador debe añadir la URL del webhook.',
      action: 'Completar configuración',
      actionLabel: (providerName) => `Completar configuración de ${providerName}`,
      received: (providerName) => `Webhook recibido: ${providerName} puede comunicarse con su ATS.`,
    },
    actions: {
      enable: 'Activar integración',
      enableLabel: (providerName) => `Activar integración de ${providerName}`,
      manage: 'Gestionar',
      manageLabel: (providerName) => `Gestionar ${providerName}`,
      replaceKey: 'Sustituir clave de API',
      replaceKeyLabel: (providerName) => `Sustituir clave de API de ${providerName}`,
    },
    manage: {
      title: (providerName) => `Gestionar ${providerName}`,
      untitled: 'Gestionar integración',
      description: (providerName) => `Datos de la conexión y configuración del webhook de ${providerName}.`,
      loading: 'Cargando los datos de la conexión',
      loadError: 'No se han podido cargar los datos de la conexión.',
      notConnected: (providerName) => `${providerName} no está conectado.`,
      detailsHeading: 'Conexión',
      status: 'Estado',
      apiKey: 'Clave de API',
      connectedBy: 'Conectado por',
      connectedAt: 'Conectado el',
      lastWebhook: 'Último evento del webhook',
      noEvents: 'Aún no se ha recibido ningún evento',
      lastWebhookValue: (relative) => relative,
      unknown: 'Desconocido',
      webhookHeading: 'Webhook',
      webhookIntro: (providerName) =>
        `${providerName} envía las actualizaciones de las evaluaciones a esta URL. Si aún no está configurada, añádala en ${providerName}:`,
      replaceHeading: 'Sustituir la clave de API',
      replaceDescription:
        'Úselo cuando la clave se haya renovado o revocado. La clave actual sigue funcionando hasta que se verifique la nueva.',
      replaceButton: 'Sustituir clave de API',
      rotateHeading: 'Nueva URL del webhook',
      rotateDescription: (providerName) =>
        `Si la URL ha quedado expuesta, genere una nueva. La URL actual deja de funcionar en ese momento, así que pegue la nueva en ${providerName} inmediatamente después.`,
      rotateButton: 'Generar una URL nueva',
      rotated: (providerName) => `Esta es la nueva URL. Péguela ahora en ${providerName}: la anterior ya no funciona.`,
      disconnectHeading: 'Desconectar',
      disconnectDescription: (providerName) =>
        `Dejar de sincronizar con ${providerName}. Las evaluaciones ya enviadas se mantienen en los perfiles de los candidatos.`,
      disconnectButton: 'Desconectar',
      done: 'Listo',
    },
    rotate: {
      title: (providerName) => `¿Sustituir la URL del webhook de ${providerName}?`,
      description: (providerName) =>
        `La URL actual deja de funcionar ahora. Las actualizaciones de ${providerName} se rechazarán hasta que pegue la nueva URL en su configuración de webhooks.`,
      cancel: 'Mantener la URL actual',
      confirm: 'Generar una URL nueva',
      errorTitle: 'No se ha generado ninguna URL nueva',
      pending: 'Generando una nueva URL del webhook…',
      done: (providerName) => `Nueva URL del webhook generada. Péguela en ${providerName}.`,
    },
    disconnect: {
      title: (providerName) => `¿Desconectar ${providerName}?`,
      description: (providerName) =>
        `Las evaluaciones ya enviadas se mantienen en los perfiles de los candidatos, pero dejarán de actualizarse. El equipo de selección no podrá enviar nuevas evaluaciones de ${providerName} hasta que vuelva a conectarlo.`,
      cancel: 'Cancelar',
      confirm: (providerName) => `Desconectar ${providerName}`,
      errorTitle: 'No se ha podido desconectar',
      pending: (providerName) => `Desconectando ${providerName}…`,
      done: (providerName) => `${providerName} se ha desconectado. Estado: No conectada.`,
    },
  },

  enableIntegration: {
    title: (provider) => `Conectar ${provider}`,
    replaceTitle: (provider) => `Sustituir la clave de API de ${provider}`,
    loadingTitle: 'Conectar integración',
    providerNotFound:
      'Esta integración no está disponible. Recargue la página o pregunte a su administrador qué proveedores están configurados.',
    cancel: 'Cancelar',
    progress: {
      label: 'Progreso de la configuración',
      steps: { apiKey: 'Clave de API', webhook: 'Webhook', done: 'Listo' },
      completed: 'completado',
    },
    apiKey: {
      intro: (provider) => `Pegue la clave de API de su cuenta de ${provider}. La comprobamos con ${provider} antes de guardarla.`,
      replaceIntro: (provider, suffix) =>
        `Pegue una nueva clave de API de ${provider}. La clave actual${suffix ? ` terminada en ${suffix}` : ''} sigue funcionando hasta que se verifique la nueva.`,
      label: (provider) => `Clave de API de ${provider}`,
      whereToFind: (provider) => `Dónde encontrarla en ${provider}`,
      show: 'Mostrar clave de API',
      privacyNote: 'Su clave se envía a través de una conexión cifrada y no se vuelve a mostrar una vez guardada.',
      required: (provider) => `Introduzca su clave de API de ${provider}.`,
      invalid: (provider) =>
        `${provider} no ha aceptado esta clave. Compruebe que la ha copiado entera o cree una nueva clave en ${provider}.`,
      submit: (provider) => `Conectar ${provider}`,
      replaceSubmit: 'Verificar la nueva clave',
      verifying: (provider) => `Comprobando la clave con ${provider}…`,
    },
    errors: {
      rateLimitedTitle: (provider) => `${provider} está limitando las comprobaciones de claves`,
      rateLimited: (wait) =>
        wait === null
          ? 'Demasiados intentos en poco tiempo. Espere un momento y vuelva a intentarlo.'
          : `Demasiados intentos en poco tiempo. Vuelva a intentarlo dentro de ${seconds(wait)}.`,
      rateLimitOver: 'Ya puede volver a intentarlo.',
      failedTitle: 'No hemos podido verificar la clave',
      notAllowedTitle: 'No puede conectar esta integración',
      alreadyConnectedTitle: 'Ya está conectada',
    },
    webhook: {
      heading: (provider) => `Añada el webhook en ${provider}`,
      verified: (provider, suffix) => `${provider} ha aceptado la clave${suffix ? ` terminada en ${suffix}` : ''}.`,
      intro: (provider) =>
        `${provider} comunica los resultados a su ATS a través de esta URL. Añádala en ${provider} para que los estados de los candidatos se actualicen solos.`,
      replaceIntro: (provider) => `La URL de su webhook no ha cambiado. Si ya está en ${provider}, no hay nada que actualizar.`,
      urlLabel: 'URL del webhook',
      stepsHeading: (provider) => `En ${provider}`,
      pathSeparator: ', luego ',
      docsLink: (provider) => `Documentación de webhooks de ${provider}`,
      opensInNewTab: '(se abre en una pestaña nueva)',
      waiting: 'Esperando el primer evento del webhook…',
      waitingHint: (provider) =>
        `Esto se actualizará solo cuando ${provider} envíe un evento. Puede continuar y comprobarlo más tarde.`,
      received: 'Webhook recibido',
      receivedHint: (provider) =>
        `${provider} puede comunicarse con su ATS. Los estados de los candidatos se actualizarán automáticamente.`,
      noUrl:
        'La URL del webhook aún no está disponible. Recargue la página o, si sigue sin aparecer, póngase en contacto con el servicio de asistencia.',
      continue: 'Continuar',
    },
    secret: {
      heading: 'Secreto de firma',
      label: 'Secreto de firma',
      hint: (provider) =>
        `${provider} firma cada webhook con este secreto. Guárdelo donde su servidor verifica los webhooks. Solo se muestra una vez.`,
      confirm: 'He guardado el secreto de firma',
      closeBlocked: 'Guarde el secreto de firma y marque la casilla antes de salir: no se puede volver a mostrar.',
      closeHeld: 'Se podrá cerrar cuando guarde el secreto',
      confirmRequired: 'Marque la casilla cuando haya guardado el secreto.',
    },
    done: {
      heading: (provider) => `${provider} está conectado`,
      replacedHeading: (provider) => `${provider} ya usa la nueva clave`,
      keyLabel: 'Clave de API',
      keyValue: (suffix) => (suffix ? `Termina en ${suffix}` : 'Guardada'),
      webhookLabel: 'Webhook',
      webhookReceived: 'Recibiendo eventos',
      webhookWaiting: 'Aún no hay eventos',
      next: (provider) =>
        `El equipo de selección ya puede enviar evaluaciones de ${provider} desde el perfil de un candidato o desde un plan de entrevistas.`,
      finish: 'Finalizar',
    },
  },

  interviewPlan: {
    activityName: (provider) => `Enviar evaluación de ${provider}`,
    editor: {
      heading: 'Plan de entrevistas',
      jobLine: (jobTitle, version) => `${jobTitle} · versión ${version}`,
      loading: 'Cargando el plan de entrevistas…',
      loadError: 'No se ha podido cargar el plan de entrevistas',
      retry: 'Reintentar',
      empty: {
        title: 'Este puesto aún no tiene fases de selección',
        description: 'Añada primero fases al proceso de selección del puesto; las actividades de evaluación van dentro de una fase.',
      },
      stagesLabel: 'Fases de selección',
      stagePosition: (position, total) => `Fase ${position} de ${total}`,
      activityCount: (count) => plural(count, { one: '# actividad', other: '# actividades' }),
      noActivities: 'Aún no hay actividades.',
    },
    menu: {
      button: 'Añadir actividad',
      buttonLabel: (stage) => `Añadir actividad a ${stage}`,
      loading: 'Cargando proveedores de evaluaciones…',
      loadError: 'No se han podido cargar los proveedores de evaluaciones.',
      retry: 'Reintentar',
      none: 'No hay proveedores de evaluaciones disponibles.',
      notConnected: (provider) => `${provider} no está conectado.`,
      needsAttention: (provider, reason) => (reason ? `${provider} requiere atención: ${reason}` : `${provider} requiere atención.`),
      unknown: (provider) => `No se ha podido comprobar la conexión con ${provider}.`,
      checking: (provider) => `Comprobando la conexión con ${provider}…`,
      setUp: (provider) => `Configurar ${provider}`,
    },
    activity: {
      test: 'Prueba',
      reviewers: 'Revisores',
      scorecard: 'Ficha de valoración',
      feedback: 'Valoraciones',
      sending: 'Envío',
      archived: 'Archivada',
      archivedHint: (provider) => `Archivada en ${provider}: los candidatos no pueden realizarla. Elija otra prueba.`,
      reviewerCount: (count) => plural(count, { one: '# revisor', other: '# revisores' }),
      noReviewers: 'Sin revisores',
      unknownTemplate: 'Una plantilla que ya no existe',
      customQuestions: (count) => plural(count, { one: '# pregunta propia', other: '# preguntas propias' }),
      feedbackFrom: { every_reviewer: 'Todos los revisores', any_reviewer: 'Cualquier revisor' },
      autoSendOn: 'Automáticamente cuando un candidato entra en la fase',
      autoSendOff: 'Alguien del equipo de selección la revisa y la envía',
      hostActivity: (type) => hostActivityKinds[type] ?? 'Un paso que ejecuta su ATS',
      unreadable: {
        title: 'Una actividad que no se puede mostrar',
        description: 'Sus datos están incompletos. Se conserva tal cual y se guarda sin cambios.',
      },
      changes: { label: 'Cambio sin guardar', added: 'Nueva', edited: 'Modificada', moved: 'Movida' },
      actions: {
        edit: (name) => `Editar ${name}`,
        moveUp: (name) => `Subir ${name}`,
        moveDown: (name) => `Bajar ${name}`,
        moveTo: (name) => `Mover ${name} a otra fase`,
        moveToStage: (stage) => `Mover a ${stage}`,
        remove: (name) => `Quitar ${name}`,
        tooltips: { edit: 'Editar', moveUp: 'Subir', moveDown: 'Bajar', moveTo: 'Mover a otra fase', remove: 'Quitar' },
      },
    },
    // Impersonal ("Se ha añadido …"): an activity's name can be any phrase, so nothing agrees with it.
    announcements: {
      added: (name, stage) => `Se ha añadido ${name} a ${stage}. Guarde el plan para conservar el cambio.`,
      updated: (name) => `Se ha actualizado ${name}. Guarde el plan para conservar el cambio.`,
      moved: (name, position, total, stage) => `Se ha movido ${name} a la posición ${position} de ${total} en ${stage}.`,
      removed: (name, stage) => `Se ha quitado ${name} de ${stage}.`,
    },
    save: {
      unsaved: 'Tiene cambios sin guardar.',
      allSaved: 'Todos los cambios guardados.',
      save: 'Guardar plan',
      discard: 'Descartar cambios',
      saved: (version) => `Plan de entrevistas guardado (versión ${version}).`,
      failedTitle: 'No se ha guardado el plan',
      activityError: (message) => `No se ha guardado: ${message}`,
    },
    conflict: {
      title: 'Otra persona ha guardado este plan mientras usted lo editaba',
      description: 'Sus cambios siguen aquí. Revise el plan más reciente con sus cambios aplicados de nuevo y vuelva a guardarlo.',
      review: 'Revisar el plan más reciente',
      discardMine: 'Descartar mis cambios',
      reapplied: (version) =>
        `Sus cambios se han vuelto a aplicar al plan más reciente (versión ${version}). Revíselos y, después, guarde.`,
      notReapplied: 'Estos cambios no se han podido volver a aplicar:',
      stageGone: (name, stage) => `${name}: la fase «${stage}» ya no está en el plan.`,
    },
    discard: {
      planTitle: '¿Descartar sus cambios en el plan?',
      planDescription: 'El plan vuelve a quedar como estaba la última vez que se guardó.',
      dialogTitle: '¿Descartar los cambios de esta actividad?',
      dialogDescription: 'Lo que ha introducido no se ha añadido al plan.',
      keepEditing: 'Seguir editando',
      confirm: 'Descartar cambios',
    },
    dialog: {
      editTitle: (provider) => `Editar evaluación de ${provider}`,
      description: (stage) =>
        stage
          ? `Todos los candidatos que entren en ${stage} recibirán esta evaluación.`
          : 'Todos los candidatos que entren en la fase recibirán esta evaluación.',
      add: 'Añadir evaluación',
      update: 'Guardar actividad',
      cancel: 'Cancelar',
      saving: 'Guardando…',
      failed: 'No se ha podido guardar la actividad. Inténtelo de nuevo.',
      notConnected: (provider) =>
        `${provider} no está conectado. Puede configurar la actividad ahora, pero no se podrán enviar evaluaciones hasta que un administrador conecte ${provider}.`,
    },
    form: {
      test: 'Prueba',
      testHint: (provider) => `Una prueba ya configurada en ${provider}.`,
      testArchived: (provider) =>
        `Esta prueba se ha archivado en ${provider}: los candidatos no pueden realizarla. Elija otra prueba.`,
      reviewers: 'Revisores',
      reviewersHint: 'Revisan los resultados y rellenan la ficha de valoración.',
      scorecard: 'Ficha de valoración',
      scorecardHint: 'Lo que los revisores rellenan para cada candidato.',
      useTemplate: 'Usar una plantilla',
      writeQuestions: 'Redactar preguntas',
      testPlaceholder: 'Buscar pruebas por título o lenguaje',
      reviewersPlaceholder: 'Buscar personas',
      template: 'Plantilla',
      chooseTemplate: 'Elija una plantilla',
      templatesLoading: 'Cargando plantillas…',
      templatesError: 'No se han podido cargar las plantillas.',
      templateQuestions: questions,
      customizeTemplate: 'Copiar en mis propias preguntas',
      questions: {
        heading: 'Preguntas',
        none: 'Aún no hay preguntas. Añada la primera.',
        question: (position) => `Pregunta ${position}`,
        textPlaceholder: '¿Qué deben responder los revisores?',
        types: {
          stars: 'Estrellas (1–5)',
          score: 'Puntuación (1–10)',
          yes_no: 'Sí o no',
          text: 'Texto libre',
          single_select: 'Una opción',
          multi_select: 'Varias opciones',
        },
        required: 'Obligatoria',
        textLabel: (position) => `Pregunta ${position}`,
        typeLabel: (position) => `Tipo de respuesta de la pregunta ${position}`,
        requiredLabel: (position) => `Obligatoria, pregunta ${position}`,
        options: 'Opciones',
        option: (position) => `Opción ${position}`,
        addOption: 'Añadir opción',
        removeOption: (position) => `Quitar opción ${position}`,
        add: 'Añadir pregunta',
        moveUp: (position) => `Subir pregunta ${position}`,
        moveDown: (position) => `Bajar pregunta ${position}`,
        remove: (position) => `Quitar pregunta ${position}`,
        moved: (from, to) => `La pregunta ${from} es ahora la pregunta ${to}.`,
        removed: (position) => `Se ha quitado la pregunta ${position}.`,
      },
      feedback: 'Qué valoraciones cuentan',
      feedbackHints: {
        every_reviewer: 'La revisión se completa cuando todos los revisores han enviado su valoración.',
        any_reviewer: 'La primera valoración enviada completa la revisión.',
      },
      autoSend: 'Enviar cuando un candidato entre en la fase',
      autoSendHint:
        'Desactivado: la evaluación espera en el perfil del candidato hasta que alguien del equipo de selección la revise y la envíe.',
      errors: {
        testRequired: 'Elija una prueba.',
        reviewersRequired: 'Elija al menos un revisor.',
        templateRequired: 'Elija una plantilla.',
        questionsRequired: 'Añada al menos una pregunta.',
        questionText: 'Escriba la pregunta.',
        optionsTooFew: 'Indique al menos dos opciones.',
        optionEmpty: 'Escriba la opción o quítela.',
        optionDuplicate: 'Esta opción ya figura en la lista.',
      },
    },
  },

  sendAssessment: {
    title: 'Enviar evaluación',
    description: 'Elija una prueba y quién la revisa. El candidato recibirá un correo electrónico con el enlace.',
    fromPlanDescription: (stage) =>
      `${stage ? `La fase «${stage}»` : 'El plan de entrevistas'} ha preparado este envío. Revíselo, cambie lo que necesite y envíelo.`,
    candidateLabel: 'Candidato',
    candidateLoadFailed: 'No hemos podido cargar los datos del candidato.',
    activityMissing:
      'Esta actividad del plan ya se ha enviado o ya no existe. Cierre esta ventana y revise las evaluaciones del candidato.',
    provider: {
      legend: 'Proveedor de evaluaciones',
      needsAttention: providerNeedsAttention,
      required: 'Elija un proveedor.',
      loadFailed: 'No hemos podido cargar los proveedores de evaluaciones.',
    },
    noProvider: {
      title: 'No hay ningún proveedor de evaluaciones conectado',
      body: 'Conecte CodeInterview u otro proveedor para enviar evaluaciones de programación desde aquí.',
      setUp: setUpIntegration,
      askAdmin: askAdminToConnect,
    },
    test: {
      label: 'Prueba',
      placeholder: 'Buscar por título o lenguaje',
      chooseProviderFirst: 'Elija primero un proveedor',
      duration: (minutes) => `${minutes} min`,
      languages: (languages) => languages.join(', '),
      separator: ' · ',
      archived: (provider) => `Archivada en ${provider}`,
      noResults: (search) => (search ? `Ninguna prueba coincide con «${search}»` : 'Este proveedor aún no tiene pruebas'),
      required: 'Elija una prueba.',
      unavailable: (provider) =>
        `Esta prueba ya no está disponible en ${provider} (puede que se haya archivado). Elija otra prueba.`,
    },
    reviewers: {
      label: 'Revisores',
      hint: 'Revisan los resultados y rellenan la ficha de valoración.',
      placeholder: 'Buscar personas',
      selectionLabel: 'Revisores elegidos',
      noResults: noOneMatches,
      required: 'Elija al menos un revisor.',
    },
    scorecard: {
      label: 'Ficha de valoración',
      none: 'Sin ficha de valoración',
      noneHint: 'Los revisores ven los resultados y la puntuación, pero no rellenan ningún formulario; su valoración es texto libre.',
      planQuestions: (count) => `Las preguntas propias del plan (${questions(count)})`,
      previewLabel: (count) => `Lo que responden los revisores (${questions(count)})`,
      questionTypes: {
        stars: '1–5 estrellas',
        score: 'Puntuación de 1 a 10',
        yes_no: 'Sí o no',
        text: 'Respuesta escrita',
        single_select: 'Una opción',
        multi_select: 'Varias opciones',
      },
      required: 'Obligatoria',
      optional: 'Opcional',
      loadFailed: 'No hemos podido cargar las plantillas de fichas de valoración.',
    },
    expiry: {
      label: 'El enlace caduca el',
      hint: (provider, defaultDays, maxDays) =>
        `Los enlaces de ${provider} permanecen abiertos ${days(defaultDays)} si no elige otra fecha, y ${days(maxDays)} como máximo.`,
      required: 'Elija cuándo caduca el enlace.',
      incomplete: 'Complete la fecha o elija una en el calendario.',
      past: 'Elija una fecha posterior a hoy.',
      tooLate: (provider, maxDays, lastDate) =>
        `Los enlaces de ${provider} pueden permanecer abiertos ${days(maxDays)} como máximo: elija el ${lastDate} o una fecha anterior.`,
    },
    message: {
      label: 'Mensaje para el candidato (opcional)',
      hint: (maxLength) => `Se añade al correo electrónico de invitación. Hasta ${characters(maxLength)}.`,
      count: (used, maxLength) => `${number(used)} / ${number(maxLength)}`,
      tooLong: (maxLength) => `Escriba un mensaje de ${characters(maxLength)} como máximo.`,
    },
    duplicate: {
      title: (candidate) => `${candidate} ya tiene esta prueba abierta`,
      body: (test, sentAt) =>
        `«${test}» se envió${sentAt ? ` el ${sentAt}` : ''} y aún no se ha completado. Si la envía de nuevo, el candidato recibirá un segundo enlace.`,
      confirm: 'Enviarla de nuevo de todos modos',
      open: 'Abrir la evaluación existente',
    },
    errors: {
      formTitle: 'No se ha enviado la evaluación',
      providerUnavailable: (provider) =>
        `${provider} no puede enviar evaluaciones en este momento (puede que se haya revocado su clave de API). Pida a un administrador que vuelva a conectarlo en Integraciones o elija otro proveedor.`,
      alreadySent: 'Otra persona ya ha enviado esta actividad del plan. Cierre esta ventana y revise las evaluaciones del candidato.',
    },
    discard: {
      title: '¿Descartar esta evaluación?',
      description: 'Se perderá lo que ha elegido y escrito aquí, y no se enviará nada.',
      keepEditing: 'Seguir editando',
      confirm: 'Descartar',
    },
    cancel: 'Cancelar',
    send: 'Enviar evaluación',
    sending: 'Enviando…',
    sent: (candidate, test) => `Evaluación enviada a ${candidate}: ${test}.`,
  },

  candidateAssessments: {
    heading: 'Evaluaciones',
    sendAssessment: 'Enviar evaluación',
    sendUnavailable: 'No se ha podido abrir el cuadro de diálogo Enviar evaluación. Recargue la página para volver a intentarlo.',
    loading: 'Cargando evaluaciones…',
    loadError: 'No se han podido cargar las evaluaciones.',
    retry: 'Reintentar',
    empty: {
      title: 'Aún no hay evaluaciones',
      description:
        'Envíe a este candidato una evaluación de programación o muévalo a una fase cuyo plan de entrevistas envíe una.',
    },
    listLabel: 'Evaluaciones: primero las que requieren acción, después las más recientes',
    kind: 'Evaluación',

    fromPlan: (stageName) => (stageName ? `Plan de entrevistas: ${stageName}` : 'Plan de entrevistas'),
    adHoc: 'Enviada fuera del plan',
    sentBy: (name) => `Enviada por ${name}`,
    reviewers: (names) => `Revisores: ${names}`,
    noReviewers: 'Sin revisores',

    needsAction: {
      label: 'Requiere acción',
      description: 'El plan de entrevistas ha creado esta evaluación. Revise la prueba y los revisores y, después, envíela.',
      send: 'Enviar',
      sendLabel: (testTitle) => `Enviar ${testTitle}`,
    },

    completed: {
      feedback: 'Valoraciones de los revisores',
    },

    expired: {
      when: (date) => `El enlace caducó el ${date} sin que se realizara ningún intento.`,
      resend: 'Reenviar',
      resendLabel: (testTitle) => `Reenviar ${testTitle} como nueva invitación`,
      resent: (date) => `Se envió una nueva invitación el ${date}.`,
    },

    active: {
      resendInvitation: 'Reenviar invitación',
      resendInvitationLabel: (testTitle) => `Reenviar invitación de ${testTitle}`,
      cancel: 'Cancelar',
      cancelLabel: (testTitle) => `Cancelar ${testTitle}`,
    },

    failed: {
      cause: (reason) => `Causa: ${reason}`,
      unknownCause: 'El proveedor ha notificado un error sin indicar el motivo.',
      nextStep:
        'Corrija la causa (una dirección de correo electrónico incorrecta, una prueba que ya no está disponible) y vuelva a enviarla. Si vuelve a fallar, póngase en contacto con el servicio de asistencia del proveedor.',
      resend: 'Reenviar',
      resendLabel: (testTitle) => `Reenviar ${testTitle} como nueva invitación`,
    },

    unknown: {
      description: (word) =>
        word
          ? `El proveedor ha notificado un estado que no reconocemos («${word}»). Se actualizará cuando el proveedor notifique un estado conocido.`
          : 'El proveedor ha notificado un estado que no reconocemos. Se actualizará cuando el proveedor notifique un estado conocido.',
    },

    resendError: 'No se ha reenviado la invitación.',
    resendRefused:
      'No se puede reenviar ahora: su estado ha cambiado, ya se ha reenviado o su proveedor ya no está conectado. La lista muestra su estado actual.',

    cancelConfirm: {
      title: (testTitle) => `¿Cancelar ${testTitle}?`,
      description:
        'El enlace del candidato dejará de funcionar. La evaluación se conserva en el historial y podrá enviar una nueva más adelante.',
      keep: 'Conservar la evaluación',
      confirm: 'Cancelar la evaluación',
      errorTitle: 'No se ha cancelado la evaluación.',
    },

    announcements: {
      statusChanged: (testTitle, status) => `${testTitle}: ${status}`,
      added: (testTitle, status) => `Nueva evaluación, ${testTitle}: ${status}`,
      resent: (testTitle) => `Invitación de ${testTitle} enviada de nuevo.`,
      withScore: (status, score) => `${status}, ${score}`,
    },
  },

  assessmentItem: {
    provider: (providerName) => providerName,
    justSent: 'Enviada hace un momento',

    result: {
      score: 'Puntuación',
      scoreValue: (got, total, percent) => `${got}/${total} · ${percent}`,
      scoreSpoken: (got, total, percent) => `${got} de ${total}, ${percent}`,
      scorePending: 'Puntuación pendiente',
      timeTaken: 'Tiempo empleado',
      duration: (hours, minutes) =>
        hours === 0 ? (minutes === 0 ? 'Menos de un minuto' : `${minutes} min`) : minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`,
      report: 'Ver informe',
      reportLabel: (testTitle) => `Ver informe de ${testTitle} (se abre en una pestaña nueva)`,
      noReport: 'El proveedor aún no ha compartido ningún informe.',
      playback: 'Ver la grabación',
      playbackLabel: (interviewTitle) => `Ver la grabación de ${interviewTitle} (se abre en una pestaña nueva)`,
      noPlayback: 'El proveedor no ha facilitado ningún enlace a la grabación.',
    },

    feedback: {
      summary: (submitted, total) => `${submitted} de ${total} enviadas`,
      states: { due: 'Pendiente', draft: 'Borrador guardado', submitted: 'Enviada' },
      submittedOn: (date) => `Enviada el ${date}`,
      open: 'Abrir valoraciones',
      openLabel: (title) => `Abrir valoraciones de ${title}`,
      dialogTitle: (title) => `Valoraciones: ${title}`,
      unavailable: 'No se han podido abrir las valoraciones. Recargue la página para volver a intentarlo.',
    },

    history: {
      toggle: (count) => `Historial (${count})`,
      toggleLabel: (title, count) => `Historial (${count}): ${title}`,
      entryLabel: (status, dateTime) => `${status}, ${dateTime}`,
    },

    cancel: {
      reasonLabel: 'Motivo (opcional)',
      reasonHint: 'Se guarda en el historial de la evaluación. El candidato no lo ve.',
      refused: (status) => `Ya no se puede cancelar. Estado actual: ${status}.`,
      refusedUnknown: 'Ya no se puede cancelar: su estado ha cambiado. La lista muestra su estado actual.',
      close: 'Cerrar',
      cancelling: 'Cancelando…',
      discard: {
        title: '¿Descartar el motivo?',
        description: 'El motivo que ha escrito no se guarda y no se cancela nada.',
        keepEditing: 'Seguir editando',
        confirm: 'Descartar motivo',
      },
    },
  },

  assessmentSummary: {
    none: 'Sin evaluaciones',
    scorePending: 'Puntuación pendiente',
    others: (count) => `+${count}`,
    othersSpoken: (count) => plural(count, { one: 'y # evaluación más', other: 'y # evaluaciones más' }),
  },

  feedback: {
    formHeading: 'Su valoración',
    summaryHeading: 'Valoraciones de los revisores',
    loading: 'Cargando valoraciones…',
    loadError: 'No se han podido cargar las valoraciones.',
    retry: 'Reintentar',

    context: {
      label: 'Resultado',
      reviewers: 'Revisores',
      you: (name) => `${name} (usted)`,
    },

    notOpen: {
      title: 'Las valoraciones aún no están abiertas',
      description: (status) =>
        `Los revisores dan su valoración cuando el candidato ha completado la evaluación. Estado actual: ${status}.`,
    },
    notReviewer: {
      title: 'No es revisor de esta evaluación',
      description: 'Solo los revisores asignados dan su valoración. Puede leer lo que han enviado.',
    },
    hidden: {
      untilYouSubmit: 'Las respuestas de los demás revisores se muestran cuando envíe las suyas, para que no le influyan.',
      byPolicy: 'Las respuestas de los revisores solo son visibles para los revisores.',
      answers: 'Respuestas ocultas',
    },
    alreadyComplete:
      'Las valoraciones ya están completas: para esta evaluación basta con la valoración de un revisor. Aun así, puede añadir la suya.',

    questions: {
      required: 'Obligatoria',
      requiredNote:
        'Las preguntas marcadas como Obligatoria deben responderse antes de enviar. Sus respuestas se guardan como borrador a medida que avanza.',
      none: 'Esta evaluación no tiene ficha de valoración. Pulse Enviar para dejar constancia de que ha revisado el resultado.',
      star: (count) => plural(count, { one: '# estrella', other: '# estrellas' }),
      ratingValue: (value, max) => `${value} de ${max}`,
      notRated: 'Sin valorar todavía',
      yes: 'Sí',
      no: 'No',
    },

    errors: {
      required: {
        stars: 'Elija de 1 a 5 estrellas.',
        score: 'Elija una puntuación del 1 al 10.',
        yes_no: 'Responda sí o no.',
        text: 'Escriba una respuesta.',
        single_select: 'Elija una opción.',
        multi_select: 'Elija al menos una opción.',
      },
      textTooLong: (max) => `Escriba como máximo ${characters(max)}.`,
      invalid: 'No se ha aceptado esta respuesta. Revísela e inténtelo de nuevo.',
    },

    draft: {
      saving: 'Guardando borrador…',
      saved: (time) => `Borrador guardado a las ${time}`,
      failed: 'No se ha guardado el borrador. Sus respuestas se conservan aquí; lo volveremos a intentar cuando cambie algo.',
      retry: 'Guardar ahora',
      failedAnnouncement: 'No se ha podido guardar su borrador. Sus respuestas se conservan.',
    },

    submit: {
      button: 'Enviar valoración',
      confirmTitle: '¿Enviar su valoración?',
      confirmDescription: 'No podrá modificarla después de enviarla. El equipo de selección y los demás revisores la verán.',
      confirm: 'Enviar valoración',
      keepEditing: 'Seguir editando',
      errorTitle: 'No se ha enviado su valoración.',
      submitting: 'Enviando su valoración…',
      done: 'Valoración enviada.',
    },

    refused: {
      feedback_submitted: 'Su valoración ya se había enviado, por lo que no se puede modificar. Esto es lo que se envió.',
      feedback_not_open: 'Las valoraciones de esta evaluación ya no están abiertas. Sus respuestas se conservan a continuación.',
      forbidden: 'Ya no es revisor de esta evaluación. Sus respuestas se conservan a continuación, pero no se pueden enviar.',
    },

    submitted: {
      heading: 'Sus respuestas',
      waiting: (remaining) => `A la espera de ${plural(remaining, { one: '# revisor más', other: '# revisores más' })}.`,
    },

    answer: {
      none: 'Sin respuesta',
      rating: (value, max) => `${value}/${max}`,
      ratingSpoken: (value, max) => `${value} de ${max}`,
    },

    summary: {
      complete: 'Completa',
      waiting: 'En espera',
      rule: {
        every_reviewer: (submitted, total) => `Cuenta la valoración de todos los revisores: ${submitted} de ${total} enviadas.`,
        any_reviewer: (submitted, total) => `Basta con la valoración de un revisor: ${submitted} de ${total} enviadas.`,
      },
      reviewersLabel: 'Revisores',
      questionsLabel: 'Respuestas por pregunta',
      average: (average, max) => `Media de ${average} sobre ${max}`,
      answered: (count) => plural(count, { one: '# respuesta', other: '# respuestas' }),
      noAnswers: 'Aún no hay respuestas que mostrar',
      noAnswersYet: 'Las respuestas a cada pregunta aparecerán aquí cuando un revisor envíe su valoración.',
      optionCount: (option, count) => `${option}: ${count}`,
      answersLabel: (prompt) => `Respuestas a «${prompt}»`,
    },
  },

  liveInterview: {
    title: 'Programar entrevista en directo',
    description:
      'Cree una sesión de programación en directo para el candidato y los entrevistadores. El candidato recibe el enlace cuando usted se lo envía.',
    unavailable:
      'No se ha podido abrir el cuadro de diálogo Programar entrevista en directo. Recargue la página para volver a intentarlo.',
    candidateLabel: 'Candidato',
    candidateLoadFailed: 'No hemos podido cargar los datos del candidato.',
    provider: {
      legend: 'Proveedor de entrevistas en directo',
      needsAttention: providerNeedsAttention,
      required: 'Elija un proveedor.',
      loadFailed: 'No hemos podido cargar los proveedores.',
    },
    noProvider: {
      title: 'No hay ningún proveedor de entrevistas en directo conectado',
      body: 'Conecte CodeInterview u otro proveedor con sesiones de programación en directo para programar entrevistas aquí.',
      testsOnly: (names) => `${names} permite enviar pruebas, pero no entrevistas en directo.`,
      setUp: setUpIntegration,
      askAdmin: askAdminToConnect,
    },
    interviewTitle: {
      label: 'Título',
      suggestion: (candidate, job) => `${candidate} · ${job}`,
      required: 'Escriba un título.',
      tooLong: (maxLength) => `Escriba un título de ${characters(maxLength)} como máximo.`,
    },
    interviewers: {
      label: 'Entrevistadores',
      hint: 'Se unen a la sesión y rellenan la ficha de valoración cuando termina.',
      placeholder: 'Buscar personas',
      selectionLabel: 'Entrevistadores elegidos',
      noResults: noOneMatches,
      required: 'Elija al menos un entrevistador.',
    },
    scorecard: {
      label: 'Ficha de valoración',
      none: 'Sin ficha de valoración',
      noneHint: 'Los entrevistadores no rellenan ningún formulario; su valoración es texto libre.',
      loadFailed: 'No hemos podido cargar las plantillas de fichas de valoración.',
    },
    when: {
      label: 'Fecha y hora (opcional)',
      hint: (zone) => `En su zona horaria (${zone}). Déjelo vacío si no hay una hora fijada.`,
      past: 'Elija una fecha y hora futuras.',
      incomplete: 'Complete la fecha y la hora, o vacíe el campo si no hay una hora fijada.',
    },
    errors: {
      formTitle: 'No se ha creado la entrevista',
      providerUnavailable: (provider) =>
        `${provider} no puede crear entrevistas en directo en este momento (puede que se haya revocado su clave de API). Elija otro proveedor o pida a un administrador que vuelva a conectarlo en Integraciones.`,
    },
    discard: {
      title: '¿Descartar esta entrevista?',
      description: 'Se perderá lo que ha elegido y escrito aquí, y no se creará ninguna entrevista.',
      keepEditing: 'Seguir editando',
      confirm: 'Descartar',
    },
    cancel: 'Cancelar',
    create: 'Crear entrevista',
    creating: 'Creando…',
    done: 'Listo',
    created: {
      title: 'Entrevista creada',
      description: (interviewTitle, when) =>
        when ? `«${interviewTitle}» está programada para el ${when}.` : `«${interviewTitle}» no tiene una hora fijada.`,
      announcement: (candidate) => `Entrevista en directo creada para ${candidate}.`,
    },
    links: {
      label: 'Enlaces',
      candidate: 'Enlace del candidato',
      candidateHint: 'Envíelo desde aquí o cópielo en su propia invitación.',
      interviewers: 'Enlace de los entrevistadores',
      interviewersHint: 'Solo para los entrevistadores: abre la sesión con los controles del entrevistador.',
      shared: 'Enlace de la entrevista',
      sharedHint: 'El candidato y los entrevistadores se unen con este mismo enlace.',
      none: 'El proveedor no ha facilitado ningún enlace que podamos mostrar. Abra la entrevista en la aplicación del proveedor.',
      send: 'Enviar enlace al candidato',
      sendAgain: 'Reenviar enlace',
      sendLabel: (visible, candidate) => `${visible}: ${candidate}`,
      sending: 'Enviando…',
      sentOn: (date) => `Enviado al candidato el ${date}.`,
      notSent: 'Aún no se ha enviado al candidato.',
      sentAnnouncement: (candidate) => `Enlace de la entrevista enviado a ${candidate}.`,
      sendFailed: 'No se ha enviado el enlace.',
    },
    card: {
      kind: 'Entrevista en directo',
      join: 'Unirse',
      joinLabel: (title) => `Unirse a ${title} (se abre en una pestaña nueva)`,
      interviewers: (names) => `Entrevistadores: ${names}`,
      noInterviewers: 'Sin entrevistadores',
      noTime: 'Sin hora fijada',
      feedback: 'Valoraciones de los entrevistadores',
      cancel: 'Cancelar',
      cancelLabel: (interviewTitle) => `Cancelar ${interviewTitle}`,
      cancelConfirm: {
        title: (interviewTitle) => `¿Cancelar ${interviewTitle}?`,
        description:
          'Los enlaces de la sesión dejarán de funcionar. La entrevista se conserva en el historial y podrá programar una nueva más adelante.',
        keep: 'Conservar la entrevista',
        confirm: 'Cancelar la entrevista',
        errorTitle: 'No se ha cancelado la entrevista.',
      },
    },
  },
};

// Same as English on purpose: "Webhook" (the term Spanish admins use), "No" (the Spanish word), the separators
// " · " and ", ", and the date placeholders "dd"/"mm" (día, mes). Functions that return the same as English on
// purpose: the score "41/50", the masked key "•••• 3f9a", "+2", "90 min", "1 h 25 min", "Option: 2" and those that
// only join their arguments.
