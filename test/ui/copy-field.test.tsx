import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyField } from '../../src/ui/CopyField';
import { renderWithKit } from '../support/kit';

const url = 'https://ats.example.com/webhooks/assessments/codeinterview/4b1d9e';

function renderCopyField() {
  return renderWithKit(
    <CopyField
      label="Webhook URL"
      value={url}
      copyLabel="Copy"
      copiedLabel="Copied"
      copyFailedLabel="Copy failed. The text is selected: press Ctrl+C to copy it."
    />,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CopyField', () => {
  it('copies the value and announces it', async () => {
    const { user } = renderCopyField();
    // user-event installs a clipboard stub on setup; spy on it afterwards.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy: Webhook URL' }));

    expect(writeText).toHaveBeenCalledWith(url);
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(screen.getByRole('button', { name: 'Copied: Webhook URL' })).toHaveTextContent('Copied');
  });

  it('selects the text for a manual copy, and says so, when the browser refuses the clipboard', async () => {
    const { user } = renderCopyField();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy: Webhook URL' }));

    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Webhook URL' });
    expect(input).toHaveFocus();
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, url.length]);
    expect(screen.getByRole('status')).toHaveTextContent('The text is selected');
  });

  it('shows the value read-only', () => {
    renderCopyField();
    const input = screen.getByRole('textbox', { name: 'Webhook URL' });
    expect(input).toHaveValue(url);
    expect(input).toHaveAttribute('readonly');
  });
});
