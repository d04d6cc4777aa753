import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Picks an option of the kit's Select as a person does: opens the combobox, clicks the option in its list. */
export async function chooseOption(user: UserEvent, combobox: HTMLElement, option: string | RegExp) {
  await user.click(combobox);
  const listbox = combobox.ownerDocument.getElementById(combobox.getAttribute('aria-controls') ?? '');
  if (!listbox) throw new Error('The combobox opened no listbox.');
  await user.click(within(listbox).getByRole('option', { name: option }));
}
