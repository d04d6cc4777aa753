/**
 * The kit's date field inside one of its dialogs, in Chromium with real key and pointer presses: its calendar is
 * painted above the dialog and not clipped by the dialog's scrolling body, Escape closes the calendar (focus back on
 * its button) before the dialog, the field costs two Tab stops, and the arrows follow the reading direction.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { MOCK_NOW } from '../../src/mock/seed';
import { createMockBackend } from '../../src/mock/mock-backend';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { DateField } from '../../src/ui/DateField';
import { DialogBody, DialogContent, DialogHeader, DialogRoot, DialogTitle } from '../../src/ui/Dialog';
import { Field } from '../../src/ui/Field';
import { onKitPage } from './kit-page';
import { settle } from './page';

onKitPage();

const mockNow = () => new Date(MOCK_NOW);

function StartInDialog({ spacer = 0, dir }: { spacer?: number; dir?: 'rtl' }) {
  const [open, setOpen] = useState(true);
  const [day, setDay] = useState('2026-11-18');
  return (
    <AssessmentKitProvider backend={createMockBackend().backend} queryClient={createKitQueryClient({ retry: false })} locale="en-GB" now={mockNow}>
      <div dir={dir}>
        <button type="button">Before</button>
        <DialogRoot open={open} onOpenChange={setOpen}>
          <DialogContent described={false} style={{ maxHeight: 420 }}>
            <DialogHeader>
              <DialogTitle>Interview</DialogTitle>
            </DialogHeader>
            <DialogBody>
              <div className="ak-test-spacer" style={{ height: spacer }} />
              <Field label="Start">
                <DateField value={day} onChange={setDay} />
              </Field>
              <button type="button" className="ak-test-after">
                After
              </button>
              <div className="ak-test-spacer" style={{ height: spacer }} />
            </DialogBody>
          </DialogContent>
        </DialogRoot>
      </div>
    </AssessmentKitProvider>
  );
}

/** The element a person would hit at the middle of `element`'s box. */
function hitAt(element: Element) {
  const box = element.getBoundingClientRect();
  return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
}

const dialog = () => screen.getByRole('dialog', { name: 'Interview' });
const calendarButton = () => screen.getByRole('button', { name: 'Choose date, 18 Nov 2026' });

describe('DateField in a dialog', () => {
  it('shows its calendar above the dialog, unclipped by the scrolling body, and picks with a real click', async () => {
    render(<StartInDialog spacer={260} />);
    // As a person does, once the dialog has come in (its entrance animation moves the field while it runs).
    await settle();
    const body = dialog().querySelector('.ak-dialog__body')!;
    // The field sits low in the body's visible part: the calendar reaches past the body's edge.
    body.scrollTop = 200;
    await userEvent.click(calendarButton());
    const calendar = await screen.findByRole('dialog', { name: 'Choose a date' });
    await settle();
    const bodyBox = body.getBoundingClientRect();
    const calendarBox = calendar.getBoundingClientRect();
    expect(calendarBox.bottom).toBeGreaterThan(bodyBox.bottom);
    for (const day of within(calendar).getAllByRole('gridcell')) expect(calendar.contains(hitAt(day))).toBe(true);

    await userEvent.click(within(calendar).getByRole('gridcell', { name: 'Thursday, 26 November 2026' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Choose a date' })).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Start' })).toHaveValue('26 Nov 2026');
    expect(screen.getByRole('button', { name: 'Choose date, 26 Nov 2026' })).toHaveFocus();
  });

  it('closes the calendar on Escape with focus back on its button, and only the next Escape closes the dialog', async () => {
    render(<StartInDialog />);
    await userEvent.click(calendarButton());
    await screen.findByRole('dialog', { name: 'Choose a date' });
    expect(document.activeElement).toHaveAttribute('data-day', '2026-11-18');

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Choose a date' })).not.toBeInTheDocument());
    expect(dialog()).toBeInTheDocument();
    expect(calendarButton()).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Interview' })).not.toBeInTheDocument());
  });

  it('costs two Tab stops, the input and the calendar button', async () => {
    render(<StartInDialog />);
    const input = screen.getByRole('textbox', { name: 'Start' });
    input.focus();
    await userEvent.tab();
    expect(calendarButton()).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    expect(input).toHaveFocus();
  });

  it('moves the arrows along the reading direction right to left', async () => {
    document.documentElement.dir = 'rtl';
    render(<StartInDialog />);
    await userEvent.click(calendarButton());
    await screen.findByRole('dialog', { name: 'Choose a date' });
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('data-day', '2026-11-17');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toHaveAttribute('data-day', '2026-11-19');
    document.documentElement.dir = '';
  });
});
