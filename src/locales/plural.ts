/**
 * Counted words for a shipped translation, by the language's own plural rules (`Intl.PluralRules`): French says
 * "0 réponse" and "1,5 étoile", Polish needs a "few" form, English and German say "0 answers". `#` in a form is the
 * count, formatted for the locale ("1.250" in German).
 *
 *   const plural = pluralize('fr-FR');
 *   plural(count, { one: '# réponse', other: '# réponses' });
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function pluralize(locale: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (count, forms) => (forms[rules.select(count)] ?? forms.other).replaceAll('#', numbers.format(count));
}
