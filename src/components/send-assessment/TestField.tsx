import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import type { AssessmentTest } from '../../domain';
import { useTests } from '../../data/hooks/use-catalogue';
import { AsyncCombobox } from '../../ui/AsyncCombobox';
import { Field } from '../../ui/Field';
import { ClockIcon, CodeIcon } from '../../ui/icons';
import type { SendPartProps } from './send-parts';

/** The chosen provider's tests, searched on the server, and the chosen one's duration and languages. */
export function TestField({ flow, t, textOverrides }: SendPartProps) {
  const [search, setSearch] = useState('');
  const provider = flow.selectedProvider?.provider;
  const providerId = provider?.id ?? '';
  const tests = useTests(providerId, search, { enabled: providerId !== '' });
  const { control } = flow.form;
  const [chosen, setChosen] = useState<AssessmentTest | null>(null);
  const testId = useWatch({ control, name: 'testId' });
  const summary = chosen?.id === testId ? chosen : null;
  const describe = (test: AssessmentTest) =>
    [t.test.duration(test.durationMinutes), test.languages.length > 0 ? t.test.languages(test.languages) : null].filter(Boolean).join(t.test.separator);
  return (
    <div className="ak-send__test">
      <Controller
        control={control}
        name="testId"
        render={({ field, fieldState }) => (
          <Field label={t.test.label} error={fieldState.error?.message} hint={provider ? undefined : t.test.chooseProviderFirst}>
            <AsyncCombobox<AssessmentTest>
              source={tests}
              onSearchChange={setSearch}
              getKey={(test) => test.id}
              getLabel={(test) => test.title}
              getDisabledReason={(test) => (test.archived ? t.test.archived(provider?.name ?? '') : null)}
              renderItem={(test, { disabledReason }) => (
                <>
                  <span className="ak-picker__option-label">{test.title}</span>{' '}
                  <span className="ak-picker__option-meta">{disabledReason ?? describe(test)}</span>
                </>
              )}
              value={field.value === '' ? null : field.value}
              valueLabel={flow.testLabel}
              onChange={(id, test) => {
                setChosen(test);
                field.onChange(id);
              }}
              onBlur={field.onBlur}
              inputRef={field.ref}
              placeholder={t.test.placeholder}
              messages={{ noResults: t.test.noResults }}
              disabled={!provider || flow.isSending}
              required
              text={textOverrides}
            />
          </Field>
        )}
      />
      {summary ? (
        <p className="ak-send__test-summary">
          <ClockIcon className="ak-icon" />
          <span className="ak-send__test-summary-text">{t.test.duration(summary.durationMinutes)}</span>
          {summary.languages.length > 0 ? (
            <>
              <CodeIcon className="ak-icon" />
              <span className="ak-send__test-summary-text">{t.test.languages(summary.languages)}</span>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
