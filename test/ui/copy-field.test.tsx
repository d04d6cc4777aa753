import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Politeness } from '../../src/data/kit-context';
import { CopyField } from '../../src/ui/CopyField';
import { renderWithKit } from '../support/kit';

const url = 'https://ats.example.com/webhooks/assessments/codeinterview/4b1d9e';

function renderCopyField() {
  const heard: Array<[string, Politeness]> = [];
  const result = renderWithKit(
    <CopyField
      label="Webhook URL"
      value={url}
      copyLabel="Copy"
      copiedLabel="Copied"
      copyFailedLabel="Copy failed. The text is selected: press Ctrl+C to copy it."
    />,
    { provider: { onAnnounce: (message, politeness) => heard.push([message, politeness]) } },
  );
  return { ...result, heard };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CopyField', () => {
  it('copies the value and says so through the kit’s announcer, with no live region of its own', async () => {
    const { user, heard, container } = renderCopyField();
    // user-event installs a clipboard stub on setup; spy on it afterwards.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy: Webhook URL' }));

    expect(writeText).toHaveBeenCalledWith(url);
    expect(heard).toEqual([['Copied', 'polite']]);
    const button = screen.getByRole('button', { name: 'Copied: Webhook URL' });
    expect(button).toHaveFocus();
    expect(container.querySelector('[role="status"], [aria-live]')).toBeNull();
  });

  it('keeps both words in the button, the other one hidden, so its width never changes', async () => {
    const { user } = renderCopyField();
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const words = () =>
      Array.from(screen.getByRole('button').querySelectorAll<HTMLElement>('span span')).map((word) => [
        word.textContent,
        // jsdom loads no stylesheet: the kit's `.ak-copy-field__label[data-hidden]` rule hides the marked word.
        word.hasAttribute('data-hidden') ? 'hidden' : 'visible',
      ]);
    expect(words()).toEqual([
      ['Copy', 'visible'],
      ['Copied', 'hidden'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Copy: Webhook URL' }));
    expect(words()).toEqual([
      ['Copy', 'hidden'],
      ['Copied', 'visible'],
    ]);
  });

  it('selects the text for a manual copy, moves focus there, and describes what to do, when the browser refuses', async () => {
    const { user } = renderCopyField();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy: Webhook URL' }));

    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Webhook URL' });
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, url.length]);
    expect(field).toHaveAccessibleDescription('Copy failed. The text is selected: press Ctrl+C to copy it.');
  });

  it('shows the whole value, read-only, in a field that wraps rather than cuts it off', () => {
    renderCopyField();
    const field = screen.getByRole('textbox', { name: 'Webhook URL' });
    expect(field).toHaveValue(url);
    expect(field).toHaveAttribute('readonly');
    expect(field.tagName).toBe('TEXTAREA');
  });
});
