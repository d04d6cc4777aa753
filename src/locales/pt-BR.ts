/** Brazilian Portuguese (pt-BR) for every kit component. Pass both to the provider: <AssessmentKitProvider locale={ptBRLocale} text={ptBRText}>. */
import type { KitText } from '../index'; // type-only: this module has no runtime import of the kit
import { pluralize } from './plural';

const plural = pluralize('pt-BR');
export const ptBRLocale = 'pt-BR';

const formatNumber = new Intl.NumberFormat(ptBRLocale).format;

// The counted nouns several strings share. `many` is exact millions: "1.000.000 de perguntas".
const seconds = (count: number) => plural(count, { one: '# segundo', other: '# segundos', many: '# de segundos' });
const days = (count: number) => plural(count, { one: '# dia', other: '# dias', many: '# de dias' });
const characters = (count: number) => plural(count, { one: '# caractere', other: '# caracteres', many: '# de caracteres' });
const questions = (count: number) => plural(count, { one: '# pergunta', other: '# perguntas', many: '# de perguntas' });

/** The host activity types the kit can name; others read as a step the ATS runs. */
const hostActivityKinds: Partial<Record<string, string>> = {
  interview: 'Entrevista',
  email: 'E-mail',
  review: 'Revisão',
  call: 'Ligação',
};

export const ptBRText: KitText = {
  common: {
    close: 'Fechar',
    cancel: 'Cancelar',
    retry: 'Tentar novamente',
    loading: 'Carregando…',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFailed: 'Não foi possível copiar. O texto está selecionado: pressione Ctrl+C (⌘C no Mac) para copiá-lo.',
    errors: {
      invalid_api_key: 'Essa chave de API não foi aceita.',
      unauthorized: 'Sua sessão expirou. Entre novamente e tente outra vez.',
      forbidden: 'Você não tem permissão para fazer isso. Fale com um administrador.',
      not_found: 'Este item não existe mais. Recarregue a página para ver a versão mais recente.',
      conflict: 'Outra pessoa alterou este item nesse meio-tempo. Recarregue a página para ver a versão mais recente.',
      validation: 'Alguns dados precisam ser corrigidos.',
      rate_limited: (retryAfterSeconds) =>
        retryAfterSeconds === null
          ? 'Muitas tentativas. Aguarde um momento e tente novamente.'
          : `Muitas tentativas. Tente novamente em ${seconds(retryAfterSeconds)}.`,
      network: 'Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.',
      server: 'Ocorreu um erro do nosso lado. Tente novamente em instantes.',
      bad_response: 'O servidor enviou uma resposta que não conseguimos ler. Tente novamente ou fale com o suporte se isso continuar acontecendo.',
      unknown: 'Algo deu errado. Tente novamente.',
    },
  },

  picker: {
    loading: 'Carregando…',
    searching: 'Buscando…',
    loadingMore: 'Carregando mais…',
    noResults: (search) => (search ? `Nenhum resultado para “${search}”` : 'Ainda não há nada para escolher'),
    loadFailed: 'Não foi possível carregar a lista.',
    retry: 'Tentar novamente',
    resultsCount: (count) => plural(count, { one: '# resultado', other: '# resultados', many: '# de resultados' }),
    showOptions: 'Mostrar opções',
    unavailable: 'Indisponível',
    loadingItem: 'Carregando…',
    unknownItem: 'Desconhecido',
    removeItem: (label) => `Remover ${label}`,
    // "Selecionado: Ana Park" rather than "Ana Park selecionado": a label's gender is unknown.
    picked: (label) => `Selecionado: ${label}`,
    added: (label) => `Adicionado: ${label}`,
    removed: (label) => `Removido: ${label}`,
  },

  dateField: {
    dateLabel: 'Data',
    timeLabel: 'Hora',
    openCalendar: (current) => (current ? `Escolher data, ${current}` : 'Escolher data'),
    calendarLabel: 'Escolha uma data',
    previousMonth: 'Mês anterior',
    nextMonth: 'Próximo mês',
    calendarHelp: 'As setas mudam o dia; Page Up e Page Down, o mês; com Shift, o ano. Enter escolhe a data.',
    placeholder: { day: 'dd', month: 'mm', year: 'aaaa' },
    timePlaceholder: 'Escolha um horário',
  },

  // Status words agree with "avaliação" and "entrevista" (both feminine).
  statusBadge: {
    labels: {
      not_sent: 'Não enviada',
      sent: 'Enviada',
      in_progress: 'Em andamento',
      completed: 'Concluída',
      expired: 'Expirada',
      cancelled: 'Cancelada',
      failed: 'Com falha',
      unknown: 'Desconhecido',
    },
    interviewLabels: {
      sent: 'Agendada',
      in_progress: 'Em andamento',
      completed: 'Encerrada',
      cancelled: 'Cancelada',
    },
    readyToSend: 'Pronta para envio',
    expiresIn: (relative) => `Expira ${relative}`,
    linkExpired: (date) => `Link expirado em ${date}`,
    startedAgo: (relative) => `Iniciada ${relative}`,
    deliveryFailed: 'Falha na entrega',
    vendorStatus: (word) => `Fornecedor: ${word}`,
    unknownStatus: (word) => `Informado como “${word}”`,
    score: (got, total) => `${got}/${total}`,
    scoreLabel: (got, total) => `${got} de ${total}`,
    separator: ' · ',
    spokenSeparator: ', ',
    accessibleName: (label, detail) => (detail ? `Status: ${label}, ${detail}` : `Status: ${label}`),
  },

  integrations: {
    heading: 'Avaliações',
    description:
      'Conecte fornecedores de avaliações de programação para que os recrutadores enviem testes e acompanhem os resultados nos perfis dos candidatos.',
    loading: 'Carregando integrações',
    loadingCard: (providerName) => `Carregando a conexão com o ${providerName}`,
    loadError: 'Não foi possível carregar as integrações de avaliação',
    cardError: 'Não foi possível carregar o status da conexão.',
    retry: 'Tentar novamente',
    retryCardLabel: (providerName) => `Tentar carregar o ${providerName} novamente`,
    empty: {
      title: 'Nenhum fornecedor de avaliações ainda',
      description: 'Os fornecedores que sua conta pode usar aparecerão aqui. Fale com o suporte para adicionar um.',
    },
    readOnlyNotice:
      'Somente administradores podem conectar ou alterar integrações de avaliação. Fale com um administrador se algo precisar mudar.',
    readOnlyAttention: 'Um administrador precisa substituir a chave de API.',
    states: {
      not_connected: 'Não conectado',
      connected: 'Conectado',
      needs_attention: 'Requer atenção',
    },
    stateLabel: (state) => `Status: ${state}`,
    maskedKey: (suffix) => `•••• ${suffix}`,
    maskedKeyLabel: (suffix) => `terminada em ${suffix}`,
    apiKey: 'Chave de API',
    lastWebhook: 'Último evento',
    lastWebhookAgo: (relative) => relative,
    noEvents: 'Nenhum evento recebido ainda',
    attentionFallback: 'A conexão parou de funcionar.',
    attentionConsequence: (providerName) =>
      `Os recrutadores não podem enviar avaliações do ${providerName} até que a chave de API seja substituída.`,
    finishSetup: {
      title: 'Conclua a configuração: adicione a URL do webhook',
      description: (providerName) =>
        `O ${providerName} ainda não enviou nenhum evento, então os status dos candidatos não serão atualizados automaticamente. Adicione a URL do webhook no ${providerName}.`,
      readOnly: 'Um administrador precisa adicionar a URL do webhook.',
      action: 'Concluir configuração',
      actionLabel: (providerName) => `Concluir configuração do ${providerName}`,
      received: (providerName) => `Webhook recebido: o ${providerName} consegue se comunicar com seu ATS.`,
    },
    actions: {
      enable: 'Ativar integração',
      enableLabel: (providerName) => `Ativar integração do ${providerName}`,
      manage: 'Gerenciar',
      manageLabel: (providerName) => `Gerenciar ${providerName}`,
      replaceKey: 'Substituir chave de API',
      replaceKeyLabel: (providerName) => `Substituir chave de API do ${providerName}`,
    },
    manage: {
      title: (providerName) => `Gerenciar ${providerName}`,
      untitled: 'Gerenciar integração',
      description: (providerName) => `Detalhes da conexão e configuração do webhook do ${providerName}.`,
      loading: 'Carregando detalhes da conexão',
      loadError: 'Não foi possível carregar os detalhes da conexão.',
      notConnected: (providerName) => `O ${providerName} não está conectado.`,
      detailsHeading: 'Conexão',
      status: 'Status',
      apiKey: 'Chave de API',
      connectedBy: 'Conectado por',
      connectedAt: 'Conectado em',
      lastWebhook: 'Último evento de webhook',
      noEvents: 'Nenhum evento recebido ainda',
      lastWebhookValue: (relative) => relative,
      unknown: 'Desconhecido',
      webhookHeading: 'Webhook',
      webhookIntro: (providerName) =>
        `O ${providerName} envia as atualizações das avaliações para esta URL. Se ela ainda não estiver configurada, adicione-a no ${providerName}:`,
      replaceHeading: 'Substituir a chave de API',
      replaceDescription:
        'Use esta opção quando a chave tiver sido trocada ou revogada. A chave atual continua funcionando até que a nova seja verificada.',
      replaceButton: 'Substituir chave de API',
      rotateHeading: 'Nova URL de webhook',
      rotateDescription: (providerName) =>
        `Se a URL vazou, gere uma nova. A URL atual para de funcionar na hora, então cole a nova no ${providerName} logo em seguida.`,
      rotateButton: 'Gerar nova URL',
      rotated: (providerName) => `Esta é a nova URL. Cole-a no ${providerName} agora: a antiga não funciona mais.`,
      disconnectHeading: 'Desconectar',
      disconnectDescription: (providerName) =>
        `Interrompa a sincronização com o ${providerName}. As avaliações já enviadas continuam nos perfis dos candidatos.`,
      disconnectButton: 'Desconectar',
      done: 'Concluído',
    },
    rotate: {
      title: (providerName) => `Substituir a URL de webhook do ${providerName}?`,
      description: (providerName) =>
        `A URL atual para de funcionar agora. As atualizações do ${providerName} serão recusadas até que você cole a nova URL nas configurações de webhook dele.`,
      cancel: 'Manter a URL atual',
      confirm: 'Gerar nova URL',
      errorTitle: 'Nenhuma URL nova foi gerada',
      pending: 'Gerando nova URL de webhook…',
      done: (providerName) => `Nova URL de webhook gerada. Cole-a no ${providerName}.`,
    },
    disconnect: {
      title: (providerName) => `Desconectar o ${providerName}?`,
      description: (providerName) =>
        `As avaliações já enviadas continuam nos perfis dos candidatos, mas deixam de ser atualizadas. Os recrutadores não poderão enviar novas avaliações do ${providerName} até que você o conecte novamente.`,
      cancel: 'Cancelar',
      confirm: (providerName) => `Desconectar ${providerName}`,
      errorTitle: 'Não foi possível desconectar',
      pending: (providerName) => `Desconectando ${providerName}…`,
      done: (providerName) => `O ${providerName} foi desconectado. Status: Não conectado.`,
    },
  },

  enableIntegration: {
    title: (provider) => `Conectar ${provider}`,
    replaceTitle: (provider) => `Substituir a chave de API do ${provider}`,
    loadingTitle: 'Conectar integração',
    providerNotFound:
      'Esta integração não está disponível. Recarregue a página ou pergunte ao seu administrador quais fornecedores estão configurados.',
    cancel: 'Cancelar',
    progress: {
      label: 'Progresso da configuração',
      steps: {
        apiKey: 'Chave de API',
        webhook: 'Webhook',
        done: 'Concluído',
      },
      completed: 'concluída',
    },
    apiKey: {
      intro: (provider) => `Cole a chave de API da sua conta do ${provider}. Nós a verificamos com o ${provider} antes de salvá-la.`,
      replaceIntro: (provider, suffix) =>
        `Cole uma nova chave de API do ${provider}. A chave atual${suffix ? `, terminada em ${suffix},` : ''} continua funcionando até que a nova seja verificada.`,
      label: (provider) => `Chave de API do ${provider}`,
      whereToFind: (provider) => `Onde encontrá-la no ${provider}`,
      show: 'Mostrar chave de API',
      privacyNote: 'Sua chave é enviada por uma conexão criptografada e nunca mais é exibida depois de salva.',
      required: (provider) => `Informe sua chave de API do ${provider}.`,
      invalid: (provider) =>
        `O ${provider} não aceitou esta chave. Verifique se você a copiou por inteiro ou crie uma nova chave no ${provider}.`,
      submit: (provider) => `Conectar ${provider}`,
      replaceSubmit: 'Verificar nova chave',
      verifying: (provider) => `Verificando a chave com o ${provider}…`,
    },
    errors: {
      rateLimitedTitle: (provider) => `O ${provider} está limitando as verificações de chave`,
      rateLimited: (waitSeconds) =>
        waitSeconds === null
          ? 'Muitas tentativas em pouco tempo. Aguarde um momento e tente novamente.'
          : `Muitas tentativas em pouco tempo. Tente novamente em ${seconds(waitSeconds)}.`,
      rateLimitOver: 'Você já pode tentar novamente.',
      failedTitle: 'Não foi possível verificar a chave',
      notAllowedTitle: 'Você não pode conectar esta integração',
      alreadyConnectedTitle: 'Integração já conectada',
    },
    webhook: {
      heading: (provider) => `Adicione o webhook no ${provider}`,
      verified: (provider, suffix) => `O ${provider} aceitou a chave${suffix ? ` terminada em ${suffix}` : ''}.`,
      intro: (provider) =>
        `O ${provider} informa os resultados ao seu ATS por esta URL. Adicione-a no ${provider} para que os status dos candidatos sejam atualizados automaticamente.`,
      replaceIntro: (provider) => `Sua URL de webhook não mudou. Se ela já estiver no ${provider}, não há nada para atualizar.`,
      urlLabel: 'URL do webhook',
      stepsHeading: (provider) => `No ${provider}`,
      pathSeparator: ', depois ',
      docsLink: (provider) => `Documentação de webhooks do ${provider}`,
      opensInNewTab: '(abre em uma nova aba)',
      waiting: 'Aguardando o primeiro evento do webhook…',
      waitingHint: (provider) =>
        `Isto é atualizado automaticamente assim que o ${provider} enviar um evento. Você pode continuar e verificar depois.`,
      received: 'Webhook recebido',
      receivedHint: (provider) =>
        `O ${provider} consegue se comunicar com seu ATS. Os status dos candidatos serão atualizados automaticamente.`,
      noUrl: 'A URL do webhook ainda não está disponível. Recarregue a página ou fale com o suporte se ela continuar ausente.',
      continue: 'Continuar',
    },
    secret: {
      heading: 'Segredo de assinatura',
      label: 'Segredo de assinatura',
      hint: (provider) =>
        `O ${provider} assina cada webhook com este segredo. Guarde-o onde seu servidor verifica os webhooks. Ele é exibido apenas uma vez.`,
      confirm: 'Salvei o segredo de assinatura',
      closeBlocked: 'Salve o segredo de assinatura e marque a caixa antes de sair: ele não poderá ser exibido novamente.',
      closeHeld: 'Fecha quando o segredo for salvo',
      confirmRequired: 'Marque a caixa depois de salvar o segredo.',
    },
    done: {
      heading: (provider) => `O ${provider} está conectado`,
      replacedHeading: (provider) => `O ${provider} agora usa a nova chave`,
      keyLabel: 'Chave de API',
      keyValue: (suffix) => (suffix ? `Terminada em ${suffix}` : 'Salva'),
      webhookLabel: 'Webhook',
      webhookReceived: 'Recebendo eventos',
      webhookWaiting: 'Nenhum evento ainda',
      next: (provider) =>
        `Os recrutadores já podem enviar avaliações do ${provider} pelo perfil de um candidato ou por um plano de entrevistas.`,
      finish: 'Concluir',
    },
  },

  interviewPlan: {
    activityName: (provider) => `Enviar avaliação do ${provider}`,
    editor: {
      heading: 'Plano de entrevistas',
      jobLine: (jobTitle, version) => `${jobTitle} · versão ${version}`,
      loading: 'Carregando o plano de entrevistas…',
      loadError: 'Não foi possível carregar o plano de entrevistas',
      retry: 'Tentar novamente',
      empty: {
        title: 'Esta vaga ainda não tem etapas de contratação',
        description: 'Adicione primeiro as etapas ao pipeline da vaga; as atividades de avaliação ficam dentro de uma etapa.',
      },
      stagesLabel: 'Etapas de contratação',
      stagePosition: (position, total) => `Etapa ${position} de ${total}`,
      activityCount: (count) => plural(count, { one: '# atividade', other: '# atividades', many: '# de atividades' }),
      noActivities: 'Nenhuma atividade ainda.',
    },
    menu: {
      button: 'Adicionar atividade',
      buttonLabel: (stage) => `Adicionar atividade à etapa ${stage}`,
      loading: 'Carregando provedores de avaliação…',
      loadError: 'Não foi possível carregar os provedores de avaliação.',
      retry: 'Tentar novamente',
      none: 'Nenhum provedor de avaliação está disponível.',
      notConnected: (provider) => `O ${provider} não está conectado.`,
      needsAttention: (provider, reason) => (reason ? `O ${provider} requer atenção: ${reason}` : `O ${provider} requer atenção.`),
      unknown: (provider) => `Não foi possível verificar a conexão com o ${provider}.`,
      checking: (provider) => `Verificando a conexão com o ${provider}…`,
      setUp: (provider) => `Configurar ${provider}`,
    },
    activity: {
      test: 'Teste',
      reviewers: 'Avaliadores',
      scorecard: 'Scorecard',
      feedback: 'Feedback',
      sending: 'Envio',
      archived: 'Arquivado',
      archivedHint: (provider) => `Arquivado no ${provider}: os candidatos não podem fazê-lo. Escolha outro teste.`,
      reviewerCount: (count) => plural(count, { one: '# avaliador', other: '# avaliadores', many: '# de avaliadores' }),
      noReviewers: 'Nenhum avaliador',
      unknownTemplate: 'Um modelo que não existe mais',
      customQuestions: (count) =>
        plural(count, { one: '# pergunta personalizada', other: '# perguntas personalizadas', many: '# de perguntas personalizadas' }),
      feedbackFrom: { every_reviewer: 'Todos os avaliadores', any_reviewer: 'Qualquer um dos avaliadores' },
      autoSendOn: 'Automaticamente quando um candidato entra na etapa',
      autoSendOff: 'Um recrutador revisa e envia',
      hostActivity: (type) => hostActivityKinds[type] ?? 'Uma etapa executada pelo seu ATS',
      unreadable: {
        title: 'Uma atividade que não pode ser exibida',
        description: 'Os dados dela estão incompletos. Ela é mantida exatamente como está e salva sem alterações.',
      },
      changes: { label: 'Alteração não salva', added: 'Nova', edited: 'Editada', moved: 'Movida' },
      actions: {
        edit: (name) => `Editar ${name}`,
        moveUp: (name) => `Mover ${name} para cima`,
        moveDown: (name) => `Mover ${name} para baixo`,
        moveTo: (name) => `Mover ${name} para outra etapa`,
        moveToStage: (stage) => `Mover para ${stage}`,
        remove: (name) => `Remover ${name}`,
        tooltips: {
          edit: 'Editar',
          moveUp: 'Mover para cima',
          moveDown: 'Mover para baixo',
          moveTo: 'Mover para outra etapa',
          remove: 'Remover',
        },
      },
    },
    // "Nome: adicionada" agrees with "atividade", whatever the activity's own name is.
    announcements: {
      added: (name, stage) => `${name}: adicionada à etapa ${stage}. Salve o plano para mantê-la.`,
      updated: (name) => `${name}: atualizada. Salve o plano para manter a alteração.`,
      moved: (name, position, total, stage) => `${name}: movida para a posição ${position} de ${total} em ${stage}.`,
      removed: (name, stage) => `${name}: removida da etapa ${stage}.`,
    },
    save: {
      unsaved: 'Você tem alterações não salvas.',
      allSaved: 'Todas as alterações foram salvas.',
      save: 'Salvar plano',
      discard: 'Descartar alterações',
      saved: (version) => `Plano de entrevistas salvo (versão ${version}).`,
      failedTitle: 'O plano não foi salvo',
      activityError: (message) => `Não salvo: ${message}`,
    },
    conflict: {
      title: 'Outra pessoa salvou este plano enquanto você o editava',
      description: 'Suas alterações continuam aqui. Revise o plano mais recente com suas alterações reaplicadas e salve novamente.',
      review: 'Revisar plano mais recente',
      discardMine: 'Descartar minhas alterações',
      reapplied: (version) => `Suas alterações foram reaplicadas ao plano mais recente (versão ${version}). Confira-as e salve.`,
      notReapplied: 'Não foi possível reaplicar estas alterações:',
      stageGone: (name, stage) => `${name}: a etapa “${stage}” não está mais no plano.`,
    },
    discard: {
      planTitle: 'Descartar suas alterações no plano?',
      planDescription: 'O plano volta a ser como foi salvo pela última vez.',
      dialogTitle: 'Descartar as alterações desta atividade?',
      dialogDescription: 'O que você preencheu ainda não foi adicionado ao plano.',
      keepEditing: 'Continuar editando',
      confirm: 'Descartar alterações',
    },
    dialog: {
      editTitle: (provider) => `Editar avaliação do ${provider}`,
      description: (stage) =>
        stage
          ? `Todo candidato que entrar na etapa ${stage} recebe esta avaliação.`
          : 'Todo candidato que entrar na etapa recebe esta avaliação.',
      add: 'Adicionar avaliação',
      update: 'Salvar atividade',
      cancel: 'Cancelar',
      saving: 'Salvando…',
      failed: 'Não foi possível salvar a atividade. Tente novamente.',
      notConnected: (provider) =>
        `O ${provider} não está conectado. Você pode configurar a atividade agora; as avaliações só poderão ser enviadas depois que um administrador conectar o ${provider}.`,
    },
    form: {
      test: 'Teste',
      testHint: (provider) => `Um teste já configurado no ${provider}.`,
      testArchived: (provider) => `Este teste foi arquivado no ${provider}: os candidatos não podem fazê-lo. Escolha outro teste.`,
      reviewers: 'Avaliadores',
      reviewersHint: 'Eles analisam os resultados e preenchem o scorecard.',
      scorecard: 'Scorecard',
      scorecardHint: 'O que os avaliadores preenchem para cada candidato.',
      useTemplate: 'Usar um modelo',
      writeQuestions: 'Escrever perguntas',
      testPlaceholder: 'Buscar testes por título ou linguagem',
      reviewersPlaceholder: 'Buscar pessoas',
      template: 'Modelo',
      chooseTemplate: 'Escolha um modelo',
      templatesLoading: 'Carregando modelos…',
      templatesError: 'Não foi possível carregar os modelos.',
      templateQuestions: questions,
      customizeTemplate: 'Copiar para minhas próprias perguntas',
      questions: {
        heading: 'Perguntas',
        none: 'Nenhuma pergunta ainda. Adicione a primeira.',
        question: (position) => `Pergunta ${position}`,
        textPlaceholder: 'O que os avaliadores devem responder?',
        types: {
          stars: 'Estrelas (1–5)',
          score: 'Nota (1–10)',
          yes_no: 'Sim ou não',
          text: 'Texto livre',
          single_select: 'Escolha única',
          multi_select: 'Múltipla escolha',
        },
        required: 'Obrigatória',
        textLabel: (position) => `Pergunta ${position}`,
        typeLabel: (position) => `Tipo de resposta da pergunta ${position}`,
        requiredLabel: (position) => `Obrigatória, pergunta ${position}`,
        options: 'Opções',
        option: (position) => `Opção ${position}`,
        addOption: 'Adicionar opção',
        removeOption: (position) => `Remover opção ${position}`,
        add: 'Adicionar pergunta',
        moveUp: (position) => `Mover pergunta ${position} para cima`,
        moveDown: (position) => `Mover pergunta ${position} para baixo`,
        remove: (position) => `Remover pergunta ${position}`,
        moved: (from, to) => `A pergunta ${from} agora é a pergunta ${to}.`,
        removed: (position) => `Pergunta ${position} removida.`,
      },
      feedback: 'Quem precisa dar feedback',
      // "análise" for the review: "avaliação" already means the assessment.
      feedbackHints: {
        every_reviewer: 'A análise é concluída quando todos os avaliadores tiverem enviado o feedback.',
        any_reviewer: 'O primeiro avaliador a enviar o feedback conclui a análise.',
      },
      autoSend: 'Enviar quando um candidato entrar na etapa',
      autoSendHint: 'Desativado: a avaliação aguarda no perfil do candidato até que um recrutador a revise e envie.',
      errors: {
        testRequired: 'Escolha um teste.',
        reviewersRequired: 'Escolha pelo menos um avaliador.',
        templateRequired: 'Escolha um modelo.',
        questionsRequired: 'Adicione pelo menos uma pergunta.',
        questionText: 'Digite a pergunta.',
        optionsTooFew: 'Informe pelo menos duas opções.',
        optionEmpty: 'Preencha a opção ou remova-a.',
        optionDuplicate: 'Esta opção já está na lista.',
      },
    },
  },

  sendAssessment: {
    title: 'Enviar avaliação',
    description: 'Escolha um teste e quem vai avaliá-lo. O candidato recebe um e-mail com o link.',
    fromPlanDescription: (stage) =>
      `${stage ? `A etapa “${stage}”` : 'O plano de entrevistas'} preparou este envio. Confira, altere o que precisar e envie.`,
    candidateLabel: 'Candidato',
    candidateLoadFailed: 'Não foi possível carregar o candidato.',
    activityMissing: 'Esta atividade do plano já foi enviada ou não existe mais. Feche esta janela e confira as avaliações do candidato.',
    provider: {
      legend: 'Provedor de avaliação',
      needsAttention: (provider, reason) => `${reason ?? `O ${provider} requer atenção.`} Um administrador pode reconectá-lo em Integrações.`,
      required: 'Escolha um provedor.',
      loadFailed: 'Não foi possível carregar os provedores de avaliação.',
    },
    noProvider: {
      title: 'Nenhum provedor de avaliação está conectado',
      body: 'Conecte o CodeInterview ou outro provedor para enviar avaliações de programação por aqui.',
      setUp: 'Configurar uma integração',
      askAdmin: 'Peça a um administrador para conectar um em Configurações > Integrações.',
    },
    test: {
      label: 'Teste',
      placeholder: 'Buscar por título ou linguagem',
      chooseProviderFirst: 'Escolha um provedor primeiro',
      duration: (minutes) => `${formatNumber(minutes)} min`,
      languages: (languages) => languages.join(', '),
      separator: ' · ',
      archived: (provider) => `Arquivado no ${provider}`,
      noResults: (search) => (search ? `Nenhum teste corresponde a “${search}”` : 'Este provedor ainda não tem testes'),
      required: 'Escolha um teste.',
      unavailable: (provider) => `Este teste não está mais disponível no ${provider} (talvez tenha sido arquivado). Escolha outro teste.`,
    },
    reviewers: {
      label: 'Avaliadores',
      hint: 'Eles analisam os resultados e preenchem o scorecard.',
      placeholder: 'Buscar pessoas',
      selectionLabel: 'Avaliadores escolhidos',
      noResults: (search) => (search ? `Ninguém corresponde a “${search}”` : 'Ainda não há ninguém para escolher'),
      required: 'Escolha pelo menos um avaliador.',
    },
    scorecard: {
      label: 'Scorecard',
      none: 'Sem scorecard',
      noneHint: 'Os avaliadores veem os resultados e a pontuação, mas não preenchem nenhum formulário; o feedback deles é em texto livre.',
      planQuestions: (count) => `As perguntas do próprio plano (${questions(count)})`,
      previewLabel: (count) => `O que os avaliadores respondem (${questions(count)})`,
      questionTypes: {
        stars: '1–5 estrelas',
        score: 'Nota de 1 a 10',
        yes_no: 'Sim ou não',
        text: 'Resposta escrita',
        single_select: 'Escolha única',
        multi_select: 'Múltipla escolha',
      },
      required: 'Obrigatória',
      optional: 'Opcional',
      loadFailed: 'Não foi possível carregar os modelos de scorecard.',
    },
    expiry: {
      label: 'O link expira em',
      hint: (provider, defaultDays, maxDays) =>
        `Os links do ${provider} ficam abertos por ${days(defaultDays)}, a menos que você escolha outra data, e por no máximo ${days(maxDays)}.`,
      required: 'Escolha quando o link expira.',
      incomplete: 'Complete a data ou escolha uma no calendário.',
      past: 'Escolha uma data posterior a hoje.',
      tooLate: (provider, maxDays, lastDate) =>
        `Os links do ${provider} podem ficar abertos por no máximo ${days(maxDays)}: escolha ${lastDate} ou uma data anterior.`,
    },
    message: {
      label: 'Mensagem ao candidato (opcional)',
      hint: (maxLength) => `Adicionada ao e-mail de convite. Até ${characters(maxLength)}.`,
      count: (used, maxLength) => `${formatNumber(used)} / ${formatNumber(maxLength)}`,
      tooLong: (maxLength) => `A mensagem deve ter no máximo ${characters(maxLength)}.`,
    },
    duplicate: {
      title: (candidate) => `${candidate} já tem este teste em aberto`,
      body: (test, sentAt) =>
        `“${test}” foi enviado${sentAt ? ` em ${sentAt}` : ''} e ainda não foi concluído. Enviar de novo dá ao candidato um segundo link.`,
      confirm: 'Enviar novamente mesmo assim',
      open: 'Abrir a avaliação existente',
    },
    errors: {
      formTitle: 'A avaliação não foi enviada',
      providerUnavailable: (provider) =>
        `O ${provider} não pode enviar avaliações agora (a chave de API pode ter sido revogada). Peça a um administrador para reconectá-lo em Integrações ou escolha outro provedor.`,
      alreadySent: 'Alguém já enviou esta atividade do plano. Feche esta janela e confira as avaliações do candidato.',
    },
    discard: {
      title: 'Descartar esta avaliação?',
      description: 'O que você escolheu e escreveu aqui será perdido, e nada será enviado.',
      keepEditing: 'Continuar editando',
      confirm: 'Descartar',
    },
    cancel: 'Cancelar',
    send: 'Enviar avaliação',
    sending: 'Enviando…',
    sent: (candidate, test) => `Avaliação enviada para ${candidate}: ${test}.`,
  },

  candidateAssessments: {
    heading: 'Avaliações',
    sendAssessment: 'Enviar avaliação',
    sendUnavailable: 'Não foi possível abrir a janela Enviar avaliação. Recarregue a página para tentar novamente.',
    loading: 'Carregando avaliações…',
    loadError: 'Não foi possível carregar as avaliações.',
    retry: 'Tentar novamente',
    empty: {
      title: 'Nenhuma avaliação ainda',
      description: 'Envie uma avaliação de programação a este candidato ou mova-o para uma etapa cujo plano de entrevistas envie uma.',
    },
    listLabel: 'Avaliações: primeiro as que exigem ação, depois as mais recentes',
    kind: 'Avaliação',

    fromPlan: (stageName) => (stageName ? `Plano de entrevistas: ${stageName}` : 'Plano de entrevistas'),
    adHoc: 'Enviada avulsa',
    sentBy: (name) => `Enviada por ${name}`,
    reviewers: (names) => `Avaliadores: ${names}`,
    noReviewers: 'Nenhum avaliador',

    needsAction: {
      label: 'Requer ação',
      description: 'O plano de entrevistas criou esta avaliação. Revise o teste e os avaliadores e depois envie-a.',
      send: 'Enviar',
      sendLabel: (testTitle) => `Enviar ${testTitle}`,
    },

    completed: {
      feedback: 'Feedback dos avaliadores',
    },

    expired: {
      when: (date) => `O link expirou em ${date} sem nenhuma tentativa.`,
      resend: 'Reenviar',
      resendLabel: (testTitle) => `Reenviar ${testTitle} como um novo convite`,
      resent: (date) => `Um novo convite foi enviado em ${date}.`,
    },

    active: {
      resendInvitation: 'Reenviar convite',
      resendInvitationLabel: (testTitle) => `Reenviar convite de ${testTitle}`,
      cancel: 'Cancelar',
      cancelLabel: (testTitle) => `Cancelar ${testTitle}`,
    },

    failed: {
      cause: (reason) => `Causa: ${reason}`,
      unknownCause: 'O fornecedor informou um erro sem indicar o motivo.',
      nextStep:
        'Corrija a causa (um endereço de e-mail errado, um teste que não está mais disponível) e reenvie. Se falhar de novo, fale com o suporte do fornecedor.',
      resend: 'Reenviar',
      resendLabel: (testTitle) => `Reenviar ${testTitle} como um novo convite`,
    },

    unknown: {
      description: (word) =>
        word
          ? `O fornecedor informou um status que não reconhecemos (“${word}”). Ele será atualizado quando o fornecedor informar um status conhecido.`
          : 'O fornecedor informou um status que não reconhecemos. Ele será atualizado quando o fornecedor informar um status conhecido.',
    },

    resendError: 'O convite não foi reenviado.',
    resendRefused:
      'Não é possível reenviá-la agora: o status mudou, ela já foi reenviada ou o provedor dela não está mais conectado. A lista mostra o status atual.',

    cancelConfirm: {
      title: (testTitle) => `Cancelar ${testTitle}?`,
      description: 'O link do candidato deixa de funcionar. A avaliação continua no histórico, e você pode enviar uma nova depois.',
      keep: 'Manter avaliação',
      confirm: 'Cancelar avaliação',
      errorTitle: 'A avaliação não foi cancelada.',
    },

    announcements: {
      statusChanged: (testTitle, status) => `${testTitle}: ${status}`,
      added: (testTitle, status) => `Nova avaliação, ${testTitle}: ${status}`,
      resent: (testTitle) => `Convite de ${testTitle} enviado novamente.`,
      withScore: (status, score) => `${status}, ${score}`,
    },
  },

  assessmentItem: {
    provider: (providerName) => providerName,
    justSent: 'Enviada agora mesmo',

    result: {
      score: 'Pontuação',
      scoreValue: (got, total, percent) => `${got}/${total} · ${percent}`,
      scoreSpoken: (got, total, percent) => `${got} de ${total}, ${percent}`,
      scorePending: 'Pontuação pendente',
      timeTaken: 'Tempo gasto',
      duration: (hours, minutes) =>
        hours === 0 ? (minutes === 0 ? 'Menos de um minuto' : `${minutes} min`) : minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`,
      report: 'Ver relatório',
      reportLabel: (testTitle) => `Ver relatório de ${testTitle} (abre em uma nova aba)`,
      noReport: 'O fornecedor ainda não compartilhou um relatório.',
      playback: 'Assistir à gravação',
      playbackLabel: (interviewTitle) => `Assistir à gravação de ${interviewTitle} (abre em uma nova aba)`,
      noPlayback: 'O fornecedor não enviou um link de gravação.',
    },

    feedback: {
      summary: (submitted, total) => `${submitted} de ${total} enviados`,
      states: { due: 'Pendente', draft: 'Rascunho salvo', submitted: 'Enviado' },
      submittedOn: (date) => `Enviado em ${date}`,
      open: 'Abrir feedback',
      openLabel: (title) => `Abrir feedback de ${title}`,
      dialogTitle: (title) => `Feedback: ${title}`,
      unavailable: 'Não foi possível abrir o feedback. Recarregue a página para tentar novamente.',
    },

    history: {
      toggle: (count) => `Histórico (${formatNumber(count)})`,
      toggleLabel: (title, count) => `Histórico (${formatNumber(count)}): ${title}`,
      entryLabel: (status, dateTime) => `${status}, ${dateTime}`,
    },

    cancel: {
      reasonLabel: 'Motivo (opcional)',
      reasonHint: 'Fica salvo no histórico da avaliação. O candidato não o vê.',
      refused: (status) => `Não é mais possível cancelar. Status atual: ${status}.`,
      refusedUnknown: 'Não é mais possível cancelar: o status mudou. A lista mostra o status atual.',
      close: 'Fechar',
      cancelling: 'Cancelando…',
      discard: {
        title: 'Descartar o motivo?',
        description: 'O motivo que você digitou não será salvo, e nada será cancelado.',
        keepEditing: 'Continuar editando',
        confirm: 'Descartar motivo',
      },
    },
  },

  assessmentSummary: {
    none: 'Nenhuma avaliação',
    scorePending: 'Pontuação pendente',
    others: (count) => `+${formatNumber(count)}`,
    othersSpoken: (count) => plural(count, { one: 'e mais # avaliação', other: 'e mais # avaliações', many: 'e mais # de avaliações' }),
  },

  feedback: {
    formHeading: 'Seu feedback',
    summaryHeading: 'Feedback dos avaliadores',
    loading: 'Carregando feedback…',
    loadError: 'Não foi possível carregar o feedback.',
    retry: 'Tentar novamente',

    context: {
      label: 'Resultado',
      reviewers: 'Avaliadores',
      you: (name) => `${name} (você)`,
    },

    notOpen: {
      title: 'O feedback ainda não está aberto',
      description: (status) => `Os avaliadores dão feedback depois que o candidato conclui a avaliação. Status atual: ${status}.`,
    },
    notReviewer: {
      title: 'Você não está entre os avaliadores',
      description: 'Somente os avaliadores designados dão feedback. Você pode ler o que eles enviaram.',
    },
    hidden: {
      untilYouSubmit: 'As respostas dos outros avaliadores aparecem depois que você enviar as suas, para que elas não o influenciem.',
      byPolicy: 'As respostas dos avaliadores ficam visíveis apenas para os próprios avaliadores.',
      answers: 'Respostas ocultas',
    },
    alreadyComplete:
      'O feedback já está completo: o feedback de um avaliador é suficiente para esta avaliação. Você ainda pode adicionar o seu.',

    questions: {
      required: 'Obrigatória',
      requiredNote:
        'As perguntas marcadas como Obrigatória precisam de resposta antes do envio. Suas respostas são salvas como rascunho enquanto você preenche.',
      none: 'Esta avaliação não tem scorecard. Envie para registrar que você analisou o resultado.',
      star: (count) => plural(count, { one: '# estrela', other: '# estrelas', many: '# de estrelas' }),
      ratingValue: (value, max) => `${value} de ${max}`,
      notRated: 'Ainda sem nota',
      yes: 'Sim',
      no: 'Não',
    },

    errors: {
      required: {
        stars: 'Escolha de 1 a 5 estrelas.',
        score: 'Escolha uma nota de 1 a 10.',
        yes_no: 'Responda sim ou não.',
        text: 'Escreva uma resposta.',
        single_select: 'Escolha uma opção.',
        multi_select: 'Escolha pelo menos uma opção.',
      },
      textTooLong: (max) => `Use no máximo ${characters(max)}.`,
      invalid: 'Esta resposta não foi aceita. Confira-a e tente novamente.',
    },

    draft: {
      saving: 'Salvando rascunho…',
      saved: (time) => `Rascunho salvo às ${time}`,
      failed: 'Rascunho não salvo. Suas respostas continuam aqui; tentaremos de novo quando você alterar algo.',
      retry: 'Salvar agora',
      failedAnnouncement: 'Não foi possível salvar seu rascunho. Suas respostas foram mantidas.',
    },

    submit: {
      button: 'Enviar feedback',
      confirmTitle: 'Enviar seu feedback?',
      confirmDescription: 'Não será possível alterá-lo depois do envio. A equipe de contratação e os outros avaliadores poderão vê-lo.',
      confirm: 'Enviar feedback',
      keepEditing: 'Continuar editando',
      errorTitle: 'Seu feedback não foi enviado.',
      submitting: 'Enviando seu feedback…',
      done: 'Feedback enviado.',
    },

    refused: {
      feedback_submitted: 'Seu feedback já foi enviado e não pode mais ser alterado. Isto é o que foi enviado.',
      feedback_not_open: 'O feedback não está mais aberto para esta avaliação. Suas respostas continuam abaixo.',
      forbidden: 'Você não está mais entre os avaliadores desta avaliação. Suas respostas continuam abaixo, mas não podem ser enviadas.',
    },

    submitted: {
      heading: 'Suas respostas',
      waiting: (remaining) =>
        plural(remaining, { one: 'Aguardando mais # avaliador.', other: 'Aguardando mais # avaliadores.', many: 'Aguardando mais # de avaliadores.' }),
    },

    answer: {
      none: 'Sem resposta',
      rating: (value, max) => `${value}/${max}`,
      ratingSpoken: (value, max) => `${value} de ${max}`,
    },

    summary: {
      complete: 'Completo',
      waiting: 'Aguardando',
      rule: {
        every_reviewer: (submitted, total) => `O feedback de todos os avaliadores conta: ${submitted} de ${total} enviados.`,
        any_reviewer: (submitted, total) => `O feedback de um avaliador é suficiente: ${submitted} de ${total} enviados.`,
      },
      reviewersLabel: 'Avaliadores',
      questionsLabel: 'Respostas por pergunta',
      average: (average, max) => `Média ${average} de ${max}`,
      answered: (count) => plural(count, { one: '# resposta', other: '# respostas', many: '# de respostas' }),
      noAnswers: 'Ainda não há respostas para mostrar',
      noAnswersYet: 'As respostas de cada pergunta aparecem aqui assim que um avaliador enviar o feedback.',
      optionCount: (option, count) => `${option}: ${formatNumber(count)}`,
      answersLabel: (prompt) => `Respostas a “${prompt}”`,
    },
  },

  liveInterview: {
    title: 'Agendar entrevista ao vivo',
    description:
      'Crie uma sala de programação ao vivo para o candidato e os entrevistadores. O candidato recebe o link quando você o enviar.',
    unavailable: 'Não foi possível abrir a janela Agendar entrevista ao vivo. Recarregue a página para tentar novamente.',
    candidateLabel: 'Candidato',
    candidateLoadFailed: 'Não foi possível carregar o candidato.',
    provider: {
      legend: 'Provedor de entrevistas ao vivo',
      needsAttention: (provider, reason) => `${reason ?? `O ${provider} requer atenção.`} Um administrador pode reconectá-lo em Integrações.`,
      required: 'Escolha um provedor.',
      loadFailed: 'Não foi possível carregar os provedores.',
    },
    noProvider: {
      title: 'Nenhum provedor de entrevistas ao vivo está conectado',
      body: 'Conecte o CodeInterview ou outro provedor com salas de programação ao vivo para agendar entrevistas aqui.',
      testsOnly: (names) => `${names}: envia testes, mas não oferece entrevistas ao vivo.`,
      setUp: 'Configurar uma integração',
      askAdmin: 'Peça a um administrador para conectar um em Configurações > Integrações.',
    },
    interviewTitle: {
      label: 'Título',
      suggestion: (candidate, job) => `${candidate} · ${job}`,
      required: 'Informe um título.',
      tooLong: (maxLength) => `O título deve ter no máximo ${characters(maxLength)}.`,
    },
    interviewers: {
      label: 'Entrevistadores',
      hint: 'Eles entram na sala e preenchem o scorecard ao final da entrevista.',
      placeholder: 'Buscar pessoas',
      selectionLabel: 'Entrevistadores escolhidos',
      noResults: (search) => (search ? `Ninguém corresponde a “${search}”` : 'Ainda não há ninguém para escolher'),
      required: 'Escolha pelo menos um entrevistador.',
    },
    scorecard: {
      label: 'Scorecard',
      none: 'Sem scorecard',
      noneHint: 'Os entrevistadores não preenchem nenhum formulário; o feedback deles é em texto livre.',
      loadFailed: 'Não foi possível carregar os modelos de scorecard.',
    },
    when: {
      label: 'Data e hora (opcional)',
      hint: (zone) => `No seu fuso horário (${zone}). Deixe em branco quando não houver horário definido.`,
      past: 'Escolha um horário no futuro.',
      incomplete: 'Complete a data e a hora ou limpe o campo se não houver horário definido.',
    },
    errors: {
      formTitle: 'A entrevista não foi criada',
      providerUnavailable: (provider) =>
        `O ${provider} não pode criar entrevistas ao vivo agora (a chave de API pode ter sido revogada). Escolha outro provedor ou peça a um administrador para reconectá-lo em Integrações.`,
    },
    discard: {
      title: 'Descartar esta entrevista?',
      description: 'O que você escolheu e escreveu aqui será perdido, e nenhuma entrevista será criada.',
      keepEditing: 'Continuar editando',
      confirm: 'Descartar',
    },
    cancel: 'Cancelar',
    create: 'Criar entrevista',
    creating: 'Criando…',
    done: 'Concluído',
    created: {
      title: 'Entrevista criada',
      description: (interviewTitle, when) =>
        when ? `“${interviewTitle}” está agendada para ${when}.` : `“${interviewTitle}” não tem horário definido.`,
      announcement: (candidate) => `Entrevista ao vivo criada para ${candidate}.`,
    },
    links: {
      label: 'Links',
      candidate: 'Link do candidato',
      candidateHint: 'Envie-o daqui ou copie-o para o seu próprio convite.',
      interviewers: 'Link dos entrevistadores',
      interviewersHint: 'Somente para os entrevistadores: abre a sala com os controles de entrevistador.',
      shared: 'Link da entrevista',
      sharedHint: 'O candidato e os entrevistadores entram com este mesmo link.',
      none: 'O fornecedor não forneceu um link que possamos exibir. Abra a entrevista no aplicativo do fornecedor.',
      send: 'Enviar link ao candidato',
      sendAgain: 'Enviar link novamente',
      sendLabel: (visible, candidate) => `${visible}: ${candidate}`,
      sending: 'Enviando…',
      sentOn: (date) => `Enviado ao candidato em ${date}.`,
      notSent: 'Ainda não enviado ao candidato.',
      sentAnnouncement: (candidate) => `Link da entrevista enviado para ${candidate}.`,
      sendFailed: 'O link não foi enviado.',
    },
    card: {
      kind: 'Entrevista ao vivo',
      join: 'Entrar',
      joinLabel: (title) => `Entrar em ${title} (abre em uma nova aba)`,
      interviewers: (names) => `Entrevistadores: ${names}`,
      noInterviewers: 'Nenhum entrevistador',
      noTime: 'Sem horário definido',
      feedback: 'Feedback dos entrevistadores',
      cancel: 'Cancelar',
      cancelLabel: (interviewTitle) => `Cancelar ${interviewTitle}`,
      cancelConfirm: {
        title: (interviewTitle) => `Cancelar ${interviewTitle}?`,
        description: 'Os links da sala deixam de funcionar. A entrevista continua no histórico, e você pode agendar uma nova depois.',
        keep: 'Manter entrevista',
        confirm: 'Cancelar entrevista',
        errorTitle: 'A entrevista não foi cancelada.',
      },
    },
  },
};

// Same as English on purpose: "Webhook", "Scorecard", "Feedback", "Status", "Links" (the words pt-BR recruiting
// software uses), the date placeholders "dd"/"mm", the separators " · " and ", ", the score formats "82/100", the
// masked key "•••• 1234", and the functions that only join or pass on their (already localized) arguments.
