import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssessmentIntegrations } from '../../src/screens/AssessmentIntegrations';
import { ManageIntegrationDialog } from '../../src/screens/ManageIntegrationDialog';
import { renderWithKit } from '../support/kit';

describe('text overrides flow down to the components a component opens', () => {
  it('Manage hands its text to the Replace-key dialog it opens, common strings included', async () => {
    const { user } = renderWithKit(
      <ManageIntegrationDialog
        providerId="skillforge"
        defaultOpen
        text={{
          integrations: { manage: { replaceButton: 'Schlüssel ersetzen' } },
          enableIntegration: { replaceTitle: (provider) => `${provider}-Schlüssel ersetzen` },
          common: { close: 'Schließen' },
        }}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Schlüssel ersetzen' }));
    expect(await screen.findByRole('dialog', { name: 'SkillForge-Schlüssel ersetzen' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Schließen' }).length).toBeGreaterThan(0);
  });

  it('the integrations view hands its text to the cards’ dialogs, over the provider’s', async () => {
    const { user } = renderWithKit(
      <AssessmentIntegrations text={{ enableIntegration: { title: (provider) => `${provider} verbinden` } }} />,
      { provider: { text: { enableIntegration: { title: () => 'from the provider', cancel: 'Abbrechen' } } } },
    );
    await user.click(await screen.findByRole('button', { name: 'Enable integration for CodeInterview' }));
    expect(await screen.findByRole('dialog', { name: 'CodeInterview verbinden' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeInTheDocument();
  });
});
