import type { FeedbackText } from '../../src/components/feedback';
import type { TextOverrides } from '../../src/data/text';
import { assessmentItem } from '../candidate-assessments/german-text';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('de-DE')} ${count === 1 ? one : many}`;

/** Reviewer feedback in German: typed with the feature's text interface, so a missing string is a type error. */
const feedback: FeedbackText = {
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
    star: (count) => plural(count, 'Stern', 'Sterne'),
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
    textTooLong: (max) => `Höchstens ${max.toLocaleString('de-DE')} Zeichen.`,
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
    waiting: (remaining) => `Es fehlt noch das Feedback von ${plural(remaining, 'weiteren Person', 'weiteren Personen')}.`,
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
    answered: (count) => plural(count, 'Antwort', 'Antworten'),
    noAnswers: 'Noch keine Antworten zu sehen',
    noAnswersYet: 'Die Antworten zu jeder Frage erscheinen hier, sobald jemand sein Feedback abgibt.',
    optionCount: (option, count) => `${option}: ${count}`,
    answersLabel: (prompt) => `Antworten auf „${prompt}“`,
  },
};

export const germanText = {
  feedback,
  assessmentItem,
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
    labels: { in_progress: 'In Bearbeitung', completed: 'Abgeschlossen' },
  },
} satisfies TextOverrides;
