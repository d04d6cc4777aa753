import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EnableIntegrationDialog } from '../../src/components/enable-integration';
import { renderWithKit } from '../support/kit';

describe('kit dialogs', () => {
  it('render into the provider’s portal container, inside a themed .ak-root', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />, {
      provider: { portalContainer: container, appearance: { theme: 'dark', variables: { accentColor: '#0a7c66' } } },
    });

    const dialog = await screen.findByRole('dialog', { name: 'Connect CodeInterview' });
    expect(container).toContainElement(dialog);
    const root = dialog.closest('.ak-root');
    expect(root).toHaveAttribute('data-ak-theme', 'dark');
    expect(root).toHaveStyle('--ak-accent: #0a7c66');
    container.remove();
  });

  it('render into document.body without a portal container', async () => {
    renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    const dialog = await screen.findByRole('dialog', { name: 'Connect CodeInterview' });
    expect(dialog.closest('.ak-root')?.parentElement).toBe(document.body);
  });
});
