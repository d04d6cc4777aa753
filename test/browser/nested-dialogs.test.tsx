/**
 * A kit dialog opened from inside a host's own Radix dialog, in Chromium with real key presses: focus moves into
 * the kit dialog, Escape closes the inner dialog first and returns focus to the host's element that had it, and
 * the page stays scroll-locked while either dialog is open and scrolls again after both closed. The same with the
 * whole host app, and the kit's `portalContainer`, inside an open shadow root that adopted the kit's stylesheet.
 * Every kit dialog takes part (nested-dialogs-registry.tsx). So does every kit popup (menus, picker lists): each is
 * a layer of its own, so Escape closes it and nothing under it, whether it sits in the host's dialog or in a kit
 * dialog inside that.
 */
import * as HostDialog from '@radix-ui/react-dialog';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { InterviewPlanEditor } from '../../src/components/interview-plan';
import { SendAssessmentDialog } from '../../src/components/send-assessment';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { useTests } from '../../src/data/hooks/use-catalogue';
import { mockIds } from '../../src/mock';
import { createMockBackend } from '../../src/mock/mock-backend';
import { MOCK_NOW } from '../../src/mock/seed';
import kitCss from '../../src/styles/index.css?inline';
import { AsyncCombobox } from '../../src/ui/AsyncCombobox';
import { Field } from '../../src/ui/Field';
import { ReviewersPicker } from '../../src/ui/ReviewersPicker';
import { addStyles } from './page';
import { nestedKitDialogs, type NestedKitDialog } from './nested-dialogs-registry';

const mockNow = () => new Date(MOCK_NOW);

/**
 * A host's job-settings dialog built on Radix, with a button that opens the kit dialog: by setting `open` (host
 * mode) or through the kit dialog's own trigger (trigger mode). `container` is where the host portals its dialog.
 */
function HostPage({
  kitDialog,
  mode,
  container,
  portalContainer,
}: {
  kitDialog: NestedKitDialog;
  mode: 'host' | 'trigger';
  container?: HTMLElement;
  portalContainer?: HTMLElement;
}) {
  const [kitOpen, setKitOpen] = useState(false);
  const [backend] = useState(() => createMockBackend().backend);
  return (
    <AssessmentKitProvider
      backend={backend}
      queryClient={createKitQueryClient({ retry: false })}
      locale="en-GB"
      now={mockNow}
      portalContainer={portalContainer}
    >
      <p>A long host page.</p>
      <div style={{ height: 3000 }} />
      <HostDialog.Root>
        <HostDialog.Trigger>Job settings</HostDialog.Trigger>
        <HostDialog.Portal container={container}>
          <HostDialog.Overlay style={{ position: 'fixed', inset: 0, background: 'rgb(0 0 0 / 0.3)' }} />
          <HostDialog.Content
            aria-describedby={undefined}
            style={{ position: 'fixed', top: 40, left: 40, padding: 24, background: 'white' }}
          >
            <HostDialog.Title>Job settings</HostDialog.Title>
            <label>
              Job title <input defaultValue="Frontend engineer" />
            </label>
            {mode === 'host' ? (
              <>
                <button type="button" onClick={() => setKitOpen(true)}>
                  Set up assessments
                </button>
                {kitDialog.render({ open: kitOpen, onOpenChange: setKitOpen })}
              </>
            ) : (
              kitDialog.render({ trigger: <button type="button">Set up assessments</button> })
            )}
            <HostDialog.Close>Close job settings</HostDialog.Close>
          </HostDialog.Content>
        </HostDialog.Portal>
      </HostDialog.Root>
    </AssessmentKitProvider>
  );
}

/** The element that has focus, looking into shadow roots (document.activeElement stops at the shadow host). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const scrollLocked = () => getComputedStyle(document.body).overflow === 'hidden';

/** Runs the nested scenario in `root` (the document, or a shadow root the host app lives in). */
async function openAndCloseBoth(kitDialog: NestedKitDialog, root: Document | ShadowRoot) {
  const inRoot = within(root instanceof Document ? root.body : (root as unknown as HTMLElement));
  expect(scrollLocked()).toBe(false);

  await userEvent.click(inRoot.getByRole('button', { name: 'Job settings' }));
  const hostDialog = await inRoot.findByRole('dialog', { name: 'Job settings' });
  const setUp = within(hostDialog).getByRole('button', { name: 'Set up assessments' });
  await userEvent.click(setUp);

  const kit = await inRoot.findByRole('dialog', { name: kitDialog.dialogName });
  await kitDialog.ready(inRoot);
  await waitFor(() => expect(kit).toContainElement(deepActiveElement() as HTMLElement));
  expect(scrollLocked()).toBe(true);

  // The inner dialog closes first; the host's stays open with focus back on the button that opened the kit's.
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(inRoot.queryByRole('dialog', { name: kitDialog.dialogName })).toBeNull());
  expect(hostDialog).toBeInTheDocument();
  await waitFor(() => expect(deepActiveElement()).toBe(setUp));
  expect(scrollLocked()).toBe(true);

  // Tab still stays inside the host's dialog: its focus trap is back in charge.
  await userEvent.tab();
  expect(hostDialog).toContainElement(deepActiveElement() as HTMLElement);

  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(inRoot.queryByRole('dialog', { name: 'Job settings' })).toBeNull());
  await waitFor(() => expect(deepActiveElement()).toBe(inRoot.getByRole('button', { name: 'Job settings' })));
  expect(scrollLocked()).toBe(false);
}

let removeStyles: (() => void) | undefined;
beforeEach(() => {
  removeStyles = addStyles(kitCss);
});
afterEach(() => {
  cleanup();
  removeStyles?.();
  document.body.innerHTML = '';
});

describe.each(nestedKitDialogs.map((dialog) => [dialog.name, dialog] as const))('%s inside a host’s Radix dialog', (_name, kitDialog) => {
  it.each(['host', 'trigger'] as const)('opened by the %s: focus, Escape and the scroll lock stay right', async (mode) => {
    render(<HostPage kitDialog={kitDialog} mode={mode} />);
    await openAndCloseBoth(kitDialog, document);
  });

  it.each(['host', 'trigger'] as const)(
    'opened by the %s, with the host app and portalContainer inside a shadow root: the same',
    async (mode) => {
      const shadowHost = document.body.appendChild(document.createElement('div'));
      const shadowRoot = shadowHost.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(kitCss);
      shadowRoot.adoptedStyleSheets = [sheet];
      const appRoot = shadowRoot.appendChild(document.createElement('div'));
      const hostPortal = shadowRoot.appendChild(document.createElement('div'));
      const kitPortal = shadowRoot.appendChild(document.createElement('div'));

      render(<HostPage kitDialog={kitDialog} mode={mode} container={hostPortal} portalContainer={kitPortal} />, {
        container: appRoot,
      });
      await openAndCloseBoth(kitDialog, shadowRoot);
    },
  );
});

// A kit dialog is styled inside the shadow root by the adopted sheet alone (nothing leaks in from the page).
it('styles a kit dialog in a shadow root from the adopted stylesheet', async () => {
  removeStyles?.();
  removeStyles = undefined;
  const shadowRoot = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(kitCss);
  shadowRoot.adoptedStyleSheets = [sheet];
  const appRoot = shadowRoot.appendChild(document.createElement('div'));
  const kitPortal = shadowRoot.appendChild(document.createElement('div'));
  const [kitDialog] = nestedKitDialogs;
  render(<OpenKitDialog kitDialog={kitDialog!} portalContainer={kitPortal} />, { container: appRoot });
  const dialog = await within(kitPortal).findByRole('dialog');
  expect(getComputedStyle(dialog).position).toBe('fixed');
  expect(screen.queryByRole('dialog')).toBeNull();
});

function OpenKitDialog({ kitDialog, portalContainer }: { kitDialog: NestedKitDialog; portalContainer: HTMLElement }): ReactNode {
  const [backend] = useState(() => createMockBackend().backend);
  return (
    <AssessmentKitProvider backend={backend} locale="en-GB" now={mockNow} portalContainer={portalContainer}>
      {kitDialog.render({ open: true, onOpenChange: () => {} })}
    </AssessmentKitProvider>
  );
}

/** A host's own Radix dialog, open, holding kit parts of its own choosing (not a kit dialog). */
function HostDialogWith({ children }: { children: ReactNode }) {
  const [backend] = useState(() => createMockBackend().backend);
  return (
    <AssessmentKitProvider backend={backend} queryClient={createKitQueryClient({ retry: false })} locale="en-GB" now={mockNow}>
      <HostDialog.Root defaultOpen>
        <HostDialog.Portal>
          <HostDialog.Overlay style={{ position: 'fixed', inset: 0, background: 'rgb(0 0 0 / 0.3)' }} />
          <HostDialog.Content
            aria-describedby={undefined}
            style={{ position: 'fixed', inset: 40, overflow: 'auto', padding: 24, background: 'white' }}
          >
            <HostDialog.Title>Job settings</HostDialog.Title>
            {children}
            <HostDialog.Close>Close job settings</HostDialog.Close>
          </HostDialog.Content>
        </HostDialog.Portal>
      </HostDialog.Root>
    </AssessmentKitProvider>
  );
}

function TestPicker() {
  const [search, setSearch] = useState('');
  const [value, setValue] = useState<string | null>(null);
  const tests = useTests(mockIds.connectedProvider, search);
  return (
    <Field label="Test">
      <AsyncCombobox source={tests} onSearchChange={setSearch} getKey={(t) => t.id} getLabel={(t) => t.title} value={value} onChange={setValue} />
    </Field>
  );
}

function PeoplePicker() {
  const [value, setValue] = useState<string[]>([]);
  return (
    <Field label="Reviewers">
      <ReviewersPicker value={value} onChange={setValue} selectionLabel="Chosen reviewers" />
    </Field>
  );
}

/** Focuses a menu button and opens its menu from the keyboard; resolves with the button once an item has focus. */
async function openMenu(buttonName: string) {
  const button = await screen.findByRole('button', { name: buttonName });
  button.focus();
  await userEvent.keyboard('{Enter}');
  const menu = await screen.findByRole('menu', { name: buttonName });
  await waitFor(() => expect(menu).toContainElement(document.activeElement as HTMLElement));
  return button;
}

/** Opens a picker's list with a click on its field; resolves with the field once options show. */
async function openList(fieldName: string) {
  const field = await screen.findByRole('combobox', { name: fieldName });
  await userEvent.click(field);
  await within(await screen.findByRole('listbox', { name: fieldName })).findAllByRole('option');
  return field;
}

interface PopupScene {
  name: string;
  /** What the host's dialog holds. */
  content: ReactNode;
  /** Opens the popup; resolves with the element that should have focus once it closes. */
  open(): Promise<HTMLElement>;
  popup(): HTMLElement | null;
  /** The kit dialog between the popup and the host's dialog, if any. */
  kitDialog?: string;
}

const popupScenes: PopupScene[] = [
  {
    name: 'the plan editor’s Add activity menu',
    content: <InterviewPlanEditor jobId={mockIds.jobWithPlan} />,
    open: () => openMenu('Add activity to Recruiter Screen'),
    popup: () => screen.queryByRole('menu'),
  },
  {
    name: 'the plan editor’s Move to another stage menu',
    content: <InterviewPlanEditor jobId={mockIds.jobWithPlan} />,
    open: () => openMenu('Move Values interview to another stage'),
    popup: () => screen.queryByRole('menu'),
  },
  { name: 'a test picker’s list', content: <TestPicker />, open: () => openList('Test'), popup: () => screen.queryByRole('listbox') },
  { name: 'a people picker’s list', content: <PeoplePicker />, open: () => openList('Reviewers'), popup: () => screen.queryByRole('listbox') },
  {
    name: 'the test picker’s list in a kit dialog',
    content: <SendAssessmentDialog candidateId={mockIds.candidateWithNoAssessments} trigger={<button type="button">Send assessment</button>} />,
    open: async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Send assessment' }));
      return openList('Test');
    },
    popup: () => screen.queryByRole('listbox'),
    kitDialog: 'Send assessment',
  },
];

describe.each(popupScenes.map((scene) => [scene.name, scene] as const))('%s inside a host’s Radix dialog', (_name, scene) => {
  it('closes alone on Escape, focus back where it was; the next Escapes close each dialog in turn', async () => {
    render(<HostDialogWith>{scene.content}</HostDialogWith>);
    const hostDialog = await screen.findByRole('dialog', { name: 'Job settings' });
    const opener = await scene.open();

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(scene.popup()).toBeNull());
    expect(hostDialog).toBeInTheDocument();
    if (scene.kitDialog) expect(screen.getByRole('dialog', { name: scene.kitDialog })).toBeInTheDocument();
    expect(opener).toHaveFocus();

    if (scene.kitDialog) {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog', { name: scene.kitDialog })).toBeNull());
      expect(hostDialog).toBeInTheDocument();
    }
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Job settings' })).toBeNull());
  });
});
