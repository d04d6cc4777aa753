/**
 * The kit's Select inside one of its dialogs, in Chromium with real pointer and key presses: the list is a layer in a
 * portal, painted above the dialog and outside its scrolling body (never clipped by it), flipped above the trigger
 * when there is no room below, and Escape closes the list before the dialog.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMockBackend } from '../../src/mock/mock-backend';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { DialogBody, DialogContent, DialogHeader, DialogRoot, DialogTitle } from '../../src/ui/Dialog';
import { Field } from '../../src/ui/Field';
import { Select } from '../../src/ui/Select';
import { onKitPage } from './kit-page';
import { settle } from './page';

onKitPage();

const levels = ['Intern', 'Junior', 'Mid-level', 'Senior', 'Staff', 'Principal', 'Distinguished', 'Fellow'].map((label) => ({ value: label.toLowerCase(), label }));

function LevelInDialog({ spacer, options = levels, short = false }: { spacer: number; options?: typeof levels; short?: boolean }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <AssessmentKitProvider backend={createMockBackend().backend} queryClient={createKitQueryClient({ retry: false })}>
      <DialogRoot open>
        {/* A short dialog has room under it, where a list inside its body would be cut off. */}
        <DialogContent described={false} style={short ? { maxHeight: 360 } : undefined}>
          <DialogHeader>
            <DialogTitle>Level</DialogTitle>
          </DialogHeader>
          <DialogBody>
            <div className="ak-test-spacer" style={{ height: spacer }} />
            <Field label="Seniority">
              <Select value={value} onChange={setValue} options={options} placeholder="Choose a level" />
            </Field>
            <div className="ak-test-spacer" style={{ height: spacer }} />
          </DialogBody>
        </DialogContent>
      </DialogRoot>
    </AssessmentKitProvider>
  );
}

/** The element a person would hit at the middle of `element`'s box. */
function hitAt(element: Element) {
  const box = element.getBoundingClientRect();
  return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
}

describe('Select in a dialog', () => {
  it('opens above the dialog, unclipped by its scrolling body, and chooses with a real click', async () => {
    render(<LevelInDialog spacer={900} options={levels.slice(2, 6)} short />);
    const dialog = await screen.findByRole('dialog', { name: 'Level' });
    const combobox = within(dialog).getByRole('combobox', { name: 'Seniority' });
    // Scrolled so the field sits at the bottom edge of the dialog's body: a list in the body would be cut there.
    const body = dialog.querySelector('.ak-dialog__body')!;
    body.scrollTop = combobox.offsetTop - body.clientHeight + combobox.offsetHeight + 8;
    await settle();

    await userEvent.click(combobox);
    const listbox = await screen.findByRole('listbox', { name: 'Seniority' });
    await settle();
    // Painted on top, whole: the list is what a person hits at its first option and at its bottom edge.
    expect(listbox.contains(hitAt(within(listbox).getAllByRole('option')[0]!))).toBe(true);
    const box = listbox.getBoundingClientRect();
    expect(listbox.contains(document.elementFromPoint(box.left + box.width / 2, box.bottom - 2))).toBe(true);
    const anchor = combobox.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    // Under the trigger (there is room), past the dialog's edge; aligned with the trigger's start edge.
    expect(box.top).toBeGreaterThanOrEqual(anchor.bottom);
    expect(box.bottom).toBeGreaterThan(dialog.getBoundingClientRect().bottom);
    // (the listbox sits inside the popup's 1px border)
    expect(Math.abs(box.left - anchor.left)).toBeLessThanOrEqual(1);

    await userEvent.click(within(listbox).getByRole('option', { name: 'Staff' }));
    expect(combobox).toHaveTextContent('Staff');
    expect(combobox).toHaveFocus();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('flips above the trigger when the room below is too small', async () => {
    render(<LevelInDialog spacer={0} />);
    const dialog = await screen.findByRole('dialog', { name: 'Level' });
    const combobox = within(dialog).getByRole('combobox', { name: 'Seniority' });
    // The dialog sits low in a short window: less room below the field than the list needs.
    await page.viewport(1280, 420);
    const dialogBox = dialog.getBoundingClientRect();
    (dialog as HTMLElement).style.top = `${420 - dialogBox.height / 2 - 8}px`;
    await settle();
    await userEvent.click(combobox);
    const listbox = await screen.findByRole('listbox', { name: 'Seniority' });
    await settle();
    const box = listbox.getBoundingClientRect();
    expect(box.bottom).toBeLessThanOrEqual(combobox.getBoundingClientRect().top);
    expect(box.top).toBeGreaterThanOrEqual(0);
  });

  it('closes only the list on Escape, with focus back on the combobox, and the dialog on the next', async () => {
    render(<LevelInDialog spacer={40} />);
    const dialog = await screen.findByRole('dialog', { name: 'Level' });
    const combobox = within(dialog).getByRole('combobox', { name: 'Seniority' });
    combobox.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    // It fades in: visible once its first frames are painted.
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(listbox).toBeVisible());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: 'Level' })).toBeInTheDocument();
    expect(combobox).toHaveFocus();
    expect(combobox).toHaveTextContent('Choose a level');

    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(combobox).toHaveTextContent('Junior');
  });
});
