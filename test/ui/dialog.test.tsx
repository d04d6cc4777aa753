import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EnableIntegrationDialog } from '../../src/components/enable-integration';
import { DialogShell } from '../../src/ui/Dialog';
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

describe('focus when a host controls a kit dialog', () => {
  function HostPage({ onCloseAutoFocus }: { onCloseAutoFocus?: (event: Event) => void }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button onClick={() => setOpen(true)}>Open from the host</button>
        <button>Somewhere else</button>
        <DialogShell open={open} onOpenChange={setOpen} title="Kit dialog" closeLabel="Close" onCloseAutoFocus={onCloseAutoFocus}>
          <button>Inside</button>
        </DialogShell>
      </>
    );
  }

  it('returns focus to what had it when the dialog opened, without a trigger', async () => {
    const { user } = renderWithKit(<HostPage />);
    const opener = screen.getByRole('button', { name: 'Open from the host' });
    await user.click(opener);
    await screen.findByRole('dialog', { name: 'Kit dialog' });
    expect(opener).not.toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('lets the host choose where focus goes with onCloseAutoFocus', async () => {
    const { user } = renderWithKit(
      <HostPage
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          screen.getByRole('button', { name: 'Somewhere else' }).focus();
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Open from the host' }));
    await screen.findByRole('dialog', { name: 'Kit dialog' });
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Somewhere else' })).toHaveFocus();
  });

  it('returns focus to a kit trigger as before', async () => {
    const { user } = renderWithKit(
      <DialogShell trigger={<button>Open with trigger</button>} title="Kit dialog" closeLabel="Close">
        <button>Inside</button>
      </DialogShell>,
    );
    const trigger = screen.getByRole('button', { name: 'Open with trigger' });
    await user.click(trigger);
    await screen.findByRole('dialog', { name: 'Kit dialog' });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(trigger).toHaveFocus();
  });
});

describe('a dialog held open while it writes', () => {
  function Writing() {
    const [writing, setWriting] = useState(true);
    return (
      <DialogShell defaultOpen title="Kit dialog" closeLabel="Close" preventClose={writing} busyLabel="Sending…">
        <button onClick={() => setWriting((value) => !value)}>{writing ? 'Finish' : 'Write again'}</button>
      </DialogShell>
    );
  }

  it('stays open on Escape and says once, politely, that the write is still running', async () => {
    const onAnnounce = vi.fn();
    const { user } = renderWithKit(<Writing />, { provider: { onAnnounce } });
    const dialog = await screen.findByRole('dialog', { name: 'Kit dialog' });
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.keyboard('{Escape}');
    expect(dialog).toBeInTheDocument();
    expect(onAnnounce.mock.calls).toEqual([['Sending…', 'polite']]);

    // The next write is heard again; once it is done, Escape closes.
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await user.click(screen.getByRole('button', { name: 'Write again' }));
    await user.keyboard('{Escape}');
    expect(onAnnounce.mock.calls).toEqual([
      ['Sending…', 'polite'],
      ['Sending…', 'polite'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
