/**
 * `useAssessmentFeedbackForm` as a host uses it: its own inputs bound through the kit's `FormField`s, the kit's
 * validation messages in the host's words (its `text`, over the provider's), and the draft saved as it types.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAssessmentFeedbackForm } from '../../src/components/feedback';
import type { TextOverrides } from '../../src/data/text';
import { mockIds } from '../../src/mock';
import { renderWithKit } from '../support/kit';

const fb = mockIds.feedback;

/** A host's own reviewer form: a text input per question, its error beside it. */
function HostForm({ text }: { text?: TextOverrides }) {
  const form = useAssessmentFeedbackForm({ assessmentId: fb.open, text, autosaveDelayMs: 0 });
  if (!form.ready) return <p>Host loading</p>;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.requestSubmit();
      }}
    >
      {form.questions.map(({ question, field }) => (
        <label key={field.name}>
          {question.prompt}
          <input
            value={typeof field.value === 'string' ? field.value : ''}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
            aria-invalid={field.error ? true : undefined}
          />
          {field.error ? <span>{field.error}</span> : null}
        </label>
      ))}
      <p>{form.draft.state === 'saved' ? 'Host: draft saved' : `Host: draft ${form.draft.state}`}</p>
      <button type="submit">Host submit</button>
      {form.confirmOpen ? <p>Host: confirm?</p> : null}
    </form>
  );
}

describe('useAssessmentFeedbackForm in a host’s own UI', () => {
  it('says what is missing in the host’s words over the provider’s, and opens the confirmation once answered', async () => {
    const { user } = renderWithKit(<HostForm text={{ feedback: { errors: { required: { score: 'Host: pick a score' } } } }} />, {
      seed: { currentUserId: fb.reviewers.due },
      provider: { text: { feedback: { errors: { required: { stars: 'Provider: pick stars', score: 'Provider: pick a score' } } } } },
    });
    await user.click(await screen.findByRole('button', { name: 'Host submit' }));

    expect(await screen.findByText('Provider: pick stars')).toBeVisible();
    expect(screen.getByText('Host: pick a score')).toBeVisible();
    expect(screen.queryByText('Provider: pick a score')).not.toBeInTheDocument();
    // What neither overrides stays the kit's default.
    expect(screen.getByText('Answer yes or no.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: /^Code quality and structure/ })).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByRole('textbox', { name: /^Code quality and structure/ }), '4');
    await user.type(screen.getByRole('textbox', { name: /^Overall score/ }), '8');
    await user.type(screen.getByRole('textbox', { name: /^Is the UI keyboard/ }), 'yes');
    await user.type(screen.getByRole('textbox', { name: /^Seniority signal/ }), 'Senior');
    // Checked again on each change once submitted: the messages go as the answers come.
    expect(screen.queryByText('Provider: pick stars')).not.toBeInTheDocument();
    expect(screen.queryByText('Host: pick a score')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Seniority signal/ })).toHaveValue('Senior');
    await waitFor(() => expect(screen.getByText('Host: draft saved')).toBeVisible());

    await user.click(screen.getByRole('button', { name: 'Host submit' }));
    expect(await screen.findByText('Host: confirm?')).toBeVisible();
  });
});
