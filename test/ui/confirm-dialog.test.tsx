import { screen, within } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog, useDiscardGuard } from '../../src/ui/ConfirmDialog';
import { DialogCloseButton, DialogContent, DialogFooter, DialogHeader, DialogRoot, DialogTitle } from '../../src/ui/Dialog';
import { renderWithKit } from '../support/kit';

const discardText = { title: 'Discard the note?', description: 'What you wrote is lost.', keepEditing: 'Keep editing', confirm: 'Discard' };

describe('ConfirmDialog', () => {
  function Page({ onConfirm }: { onConfirm: () => void }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button onClick={() => setOpen(true)}>Delete</button>
        <ConfirmDialog
          open={open}
          onOpenChange={setOpen}
          title="Delete the note?"
          description="It can’t be restored."
          cancelLabel="Keep note"
          confirmLabel="Delete note"
          onConfirm={onConfirm}
        />
      </>
    );
  }

  it('interrupts as an alert dialog with focus on the safe choice, and Escape takes it', async () => {
    const onConfirm = vi.fn();
    const { user } = renderWithKit(<Page onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete the note?' });
    expect(confirm).toHaveAccessibleDescription('It can’t be restored.');
    expect(within(confirm).getByRole('button', { name: 'Keep note' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete note' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

describe('useDiscardGuard', () => {
  /** A note dialog whose Escape, × and Cancel go through the guard. */
  function NoteDialog() {
    const [open, setOpen] = useState(true);
    const [note, setNote] = useState('');
    const noteRef = useRef(note);
    noteRef.current = note;
    const guard = useDiscardGuard({ isDirty: () => noteRef.current !== '', onDiscard: () => setOpen(false), text: discardText });
    return (
      <>
        <DialogRoot open={open} onOpenChange={(next) => (next ? setOpen(true) : guard.request())}>
          <DialogContent described={false} onEscapeKeyDown={guard.hold} onInteractOutside={guard.hold}>
            <DialogHeader>
              <DialogTitle>Note</DialogTitle>
              <DialogCloseButton label="Close" onClick={guard.hold} />
            </DialogHeader>
            <label>
              Text
              <input value={note} onChange={(event) => setNote(event.target.value)} />
            </label>
            <DialogFooter>
              <button onClick={guard.request}>Cancel</button>
            </DialogFooter>
          </DialogContent>
        </DialogRoot>
        {guard.confirmation}
      </>
    );
  }

  it('closes an untouched form at once', async () => {
    const { user } = renderWithKit(<NoteDialog />);
    await screen.findByRole('dialog', { name: 'Note' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it.each([
    ['Escape', async (user: ReturnType<typeof renderWithKit>['user']) => user.keyboard('{Escape}')],
    ['the ×', async (user: ReturnType<typeof renderWithKit>['user']) => user.click(screen.getByRole('button', { name: 'Close' }))],
    ['Cancel', async (user: ReturnType<typeof renderWithKit>['user']) => user.click(screen.getByRole('button', { name: 'Cancel' }))],
  ])('asks before %s discards input; Keep editing keeps it, Discard closes', async (_, close) => {
    const { user } = renderWithKit(<NoteDialog />);
    await user.type(within(await screen.findByRole('dialog', { name: 'Note' })).getByRole('textbox', { name: 'Text' }), 'Call back');
    await close(user);
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard the note?' });
    expect(within(confirm).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('textbox', { name: 'Text' })).toHaveValue('Call back');

    await close(user);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
