import { userEvent, within } from 'storybook/test';

/** Picks an option of the kit's Select as a person does: opens the combobox, clicks the option in its list. */
export async function chooseOption(combobox: HTMLElement, option: string | RegExp) {
  await userEvent.click(combobox);
  const listbox = combobox.ownerDocument.getElementById(combobox.getAttribute('aria-controls') ?? '');
  if (!listbox) throw new Error('The combobox opened no listbox.');
  await userEvent.click(within(listbox).getByRole('option', { name: option }));
}
