import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { settle } from '../support/settle';

export { settle };

/** The editor, once the plan has loaded. */
export async function findPlan(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await canvas.findByRole('list', { name: 'Hiring stages' });
  return canvas;
}

/** One stage's section, by its name. */
export function stage(canvasElement: HTMLElement, name: string) {
  const heading = within(canvasElement).getByRole('heading', { name: new RegExp(`: ${name}$`) });
  return within(heading.closest('section')!);
}

/**
 * An "Add activity" menu item once its provider's connection is checked, as a person waits: while it is checked the
 * item is there, unavailable, described "Checking SkillForge…", and a click on it does nothing.
 */
export async function findAvailableMenuItem(name: string) {
  const item = await screen.findByRole('menuitem', { name });
  await waitFor(() => expect(item).not.toHaveAccessibleDescription());
  return item;
}

/** A dialog (in a portal, outside the canvas), once visible. */
export async function findDialog(name: string | RegExp, role: 'dialog' | 'alertdialog' = 'dialog') {
  const dialog = await screen.findByRole(role, { name });
  await settle();
  await waitFor(() => expect(dialog).toBeVisible());
  return within(dialog);
}

/** Picks an option in a picker: types into it, then chooses the option by name. */
export async function pick(field: HTMLElement, search: string, option: string | RegExp) {
  await userEvent.click(field);
  await userEvent.type(field, search);
  const listbox = await screen.findByRole('listbox');
  await userEvent.click(await within(listbox).findByRole('option', { name: option }));
}
