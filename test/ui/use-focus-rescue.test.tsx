import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusRescue } from '../../src/ui/use-focus-rescue';

/** A card whose buttons a live update takes away (`setLive(false)` from outside, as a push would). */
let setLive: (live: boolean) => void = () => undefined;
function Card({ claimed = false }: { claimed?: boolean }) {
  const [live, set] = useState(true);
  setLive = set;
  const cardRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusRescue(cardRef, () => (claimed ? null : headingRef.current));
  return (
    <>
      <article ref={cardRef} aria-label="Card">
        <h3 ref={headingRef} tabIndex={-1}>
          Frontend take-home
        </h3>
        {live ? (
          <div>
            <button>Cancel</button>
            <button>Resend</button>
          </div>
        ) : null}
        <button>History</button>
      </article>
      <button>Elsewhere</button>
    </>
  );
}

describe('useFocusRescue', () => {
  it('moves focus to the named place when an update removes the focused element', async () => {
    const user = userEvent.setup();
    render(<Card />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Resend' })).toHaveFocus();
    await act(async () => setLive(false));
    expect(screen.getByRole('heading', { name: 'Frontend take-home' })).toHaveFocus();
  });

  it('leaves focus alone when it is somewhere else, in the card or out of it', async () => {
    const user = userEvent.setup();
    render(<Card />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'History' }));
    await act(async () => setLive(false));
    expect(screen.getByRole('button', { name: 'History' })).toHaveFocus();

    await act(async () => setLive(true));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await act(async () => setLive(false));
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('does not take focus back after the user put it on the page', async () => {
    const user = userEvent.setup();
    render(<Card />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    // A click on the page's background: focus goes to nowhere on purpose.
    act(() => screen.getByRole('button', { name: 'Cancel' }).blur());
    expect(document.body).toHaveFocus();
    await act(async () => setLive(false));
    expect(document.body).toHaveFocus();
  });

  it('leaves the focus to a move already on its way', async () => {
    const user = userEvent.setup();
    render(<Card claimed />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await act(async () => setLive(false));
    expect(document.body).toHaveFocus();
  });
});
