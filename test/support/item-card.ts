import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * An item's summary line in the candidate's list: the disclosure button in its heading (title, kind, status), where
 * focus lands when the list moves it. `hidden: true` so a card behind an open dialog can be read too.
 */
export function summaryButton(card: HTMLElement): HTMLElement {
  return within(within(card).getAllByRole('heading', { hidden: true })[0]!).getByRole('button', { hidden: true });
}

/** Opens an item's details as a user would (one click on its summary line) and gives the card back. */
export async function openCard(card: HTMLElement): Promise<HTMLElement> {
  const toggle = summaryButton(card);
  if (toggle.getAttribute('aria-expanded') !== 'true') await userEvent.click(toggle);
  return card;
}
