/**
 * The kit's layers and its dialogs' scroll frame, in Chromium as a person sees them: what is painted on top where
 * they would click, a divider under the header only once content has scrolled under it, and a focused control
 * scrolled whole into view, clear of the footer.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { InterviewPlanEditor } from '../../src/components/interview-plan';
import { createMockBackend } from '../../src/mock/mock-backend';
import { MOCK_NOW, mockIds } from '../../src/mock/seed';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { Button } from '../../src/ui/Button';
import { ConfirmDialog } from '../../src/ui/ConfirmDialog';
import { DialogBody, DialogContent, DialogFooter, DialogHeader, DialogRoot, DialogTitle } from '../../src/ui/Dialog';
import { onKitPage } from './kit-page';
import { addStyles, settle } from './page';

/** Lets layout run and ends the opening animations; scroll-driven ones keep following the scroll (settle would end those too). */
async function opened() {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (const animation of document.getAnimations()) if (animation.timeline === document.timeline) animation.finish();
}

onKitPage();

function Kit({ children }: { children: React.ReactNode }) {
  return (
    <AssessmentKitProvider backend={createMockBackend().backend} queryClient={createKitQueryClient({ retry: false })} locale="en-GB" now={() => new Date(MOCK_NOW)}>
      {children}
    </AssessmentKitProvider>
  );
}

/** The element a person would hit at a point of `element`'s box (its centre unless told). */
function hitAt(element: Element, at: { x?: number; y?: number } = {}) {
  const box = element.getBoundingClientRect();
  return document.elementFromPoint(box.left + (at.x ?? box.width / 2), box.top + (at.y ?? box.height / 2));
}

describe('layers', () => {
  it('puts the plan’s sticky save bar under the backdrop of a confirmation opened from it', async () => {
    render(
      <Kit>
        <InterviewPlanEditor jobId={mockIds.jobWithPlan} />
      </Kit>,
    );
    await screen.findByRole('list', { name: 'Hiring stages' });
    await userEvent.click(screen.getByRole('button', { name: 'Remove Send offer letter' }));
    const saveBar = screen.getByRole('button', { name: 'Save plan' }).closest('.ak-plan__savebar')!;
    // Before the confirmation, the bar is what a click there reaches.
    expect(saveBar.contains(hitAt(saveBar))).toBe(true);

    await userEvent.click(within(saveBar as HTMLElement).getByRole('button', { name: 'Discard changes' }));
    const confirmation = await screen.findByRole('alertdialog', { name: 'Discard your changes to the plan?' });
    await settle();
    // A modal dialog makes the page inert to the pointer (pointer-events: none), which hit testing skips whatever is
    // painted: let the bar take hits again, so the hit is decided by what is painted on top.
    const removeHitStyle = addStyles('.ak-plan__savebar, .ak-plan__savebar * { pointer-events: auto !important; }');
    expect(hitAt(saveBar)).toHaveClass('ak-dialog-overlay');
    removeHitStyle();
    // The confirmation itself is on top of its backdrop.
    const keepEditing = within(confirmation).getByRole('button', { name: 'Keep editing' });
    expect(hitAt(keepEditing)).toBe(keepEditing);
  });
});

/** A dialog whose body is taller than the window: many lines, a button, and more lines after it. */
function LongDialog() {
  return (
    <Kit>
      <DialogRoot open>
        <DialogContent described={false}>
          <DialogHeader>
            <DialogTitle>Long dialog</DialogTitle>
          </DialogHeader>
          <DialogBody>
            {Array.from({ length: 40 }, (_, index) => (
              <p key={index}>Line {index + 1}</p>
            ))}
            <Button>Later action</Button>
            {Array.from({ length: 10 }, (_, index) => (
              <p key={index}>After {index + 1}</p>
            ))}
          </DialogBody>
          <DialogFooter>
            <Button>Done</Button>
          </DialogFooter>
        </DialogContent>
      </DialogRoot>
    </Kit>
  );
}

describe('the dialog’s scroll frame', () => {
  it('draws a divider under the header only once content has scrolled under it, in the border colour', async () => {
    render(<LongDialog />);
    const dialog = await screen.findByRole('dialog', { name: 'Long dialog' });
    await opened();
    const header = dialog.querySelector('header')!;
    const body = dialog.querySelector('.ak-dialog__body')!;
    const border = getComputedStyle(dialog).borderTopColor;
    expect(getComputedStyle(header).borderBottomWidth).toBe('1px');
    // At the top (the focused button opened scrolled into view), no divider.
    body.scrollTop = 0;
    await expect.poll(() => getComputedStyle(header).borderBottomColor).toBe('rgba(0, 0, 0, 0)');

    body.scrollTop = 200;
    await expect.poll(() => getComputedStyle(header).borderBottomColor).toBe(border);
    body.scrollTop = 0;
    await expect.poll(() => getComputedStyle(header).borderBottomColor).toBe('rgba(0, 0, 0, 0)');
  });

  it('opens with its focused control scrolled whole into view, its focus ring clear of the footer', async () => {
    render(<LongDialog />);
    const dialog = await screen.findByRole('dialog', { name: 'Long dialog' });
    const last = within(dialog).getByRole('button', { name: 'Later action' });
    await expect.element(last).toHaveFocus();
    await opened();
    const footer = dialog.querySelector('footer')!;
    // The ring is 2px wide, 2px out: 4px below the button must still be above the footer, and the button is hit whole.
    expect(last.getBoundingClientRect().bottom + 4).toBeLessThanOrEqual(footer.getBoundingClientRect().top);
    expect(hitAt(last, { y: 1 })).toBe(last);
    expect(hitAt(last, { y: last.getBoundingClientRect().height - 1 })).toBe(last);
  });
});

describe('a confirmation', () => {
  it('runs its title and text the full width of what is under them (no room kept for a × it hasn’t)', async () => {
    render(
      <Kit>
        <ConfirmDialog
          open
          onOpenChange={() => undefined}
          title="Cancel this assessment?"
          description="The candidate’s link stops working."
          cancelLabel="Keep it"
          confirmLabel="Cancel assessment"
          onConfirm={() => undefined}
        >
          <textarea aria-label="Reason" className="ak-input" />
        </ConfirmDialog>
      </Kit>,
    );
    const confirmation = await screen.findByRole('alertdialog', { name: 'Cancel this assessment?' });
    await opened();
    const text = within(confirmation).getByText('The candidate’s link stops working.').getBoundingClientRect();
    const reason = within(confirmation).getByRole('textbox', { name: 'Reason' }).getBoundingClientRect();
    expect(text.left).toBe(reason.left);
    expect(text.right).toBe(reason.right);
  });
});
