/*
 * The kit's announcer: how a feature tells screen-reader users what a sighted user sees change.
 *
 * Rules for every feature (Send Assessment, the plan editor, the candidate list, feedback...):
 * - Say it with `useAssessmentKit().announce(message, politeness)`; never render a live region of your own
 *   (`role="status"`, `aria-live`) that arrives already filled: screen readers don't reliably read those.
 * - Every state change a user didn't already hear through focus is either announced or where focus lands:
 *   work started ("Sending…"), its result ("Sent", "Saved"), a refusal (assertive), something that arrived.
 * - `polite` for progress and results; `assertive` for errors the user must act on now (a rejected field, a
 *   rate limit). An error `Alert` (role="alert") says itself: don't announce it again.
 * - Say the start and the end of a wait, never each tick; text that changes silently (a countdown) stays in step
 *   with the screen so it reads right when reached.
 * - A button that starts work keeps focus; when the focused control goes away, move focus on purpose to a named
 *   place (the next step's heading, the card's new action), never to the dialog itself.
 * - Every message comes from the feature's text (overridable). Tests record them with the provider's
 *   `onAnnounce` (`renderWithKit(ui, { provider: { onAnnounce } })`); stories read `[data-ak-announcer]`.
 */
import { useCallback, useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Politeness } from '../data/kit-context';

interface Message {
  id: number;
  text: string;
}

/** How long a message stays in its region: long enough for any screen reader to pick it up, then it goes. */
const MESSAGE_LIFETIME_MS = 7_000;

/** Inline, so the regions stay hidden even where the kit's stylesheet hasn't loaded (or a host reset fights it). */
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

export interface UseAnnouncerOptions {
  /** Where the regions live; defaults to document.body. */
  container?: HTMLElement | null;
  /** Hears every message too, e.g. to route it through the host's own announcer, or for tests. */
  onAnnounce?: (message: string, politeness: Politeness) => void;
}

/**
 * The kit's one pair of live regions (polite and assertive), owned by the provider. They exist, empty, from the
 * first client render on, because screen readers don't reliably read a live region that arrives already filled.
 * Each message is added as a new node, so the same sentence said twice is heard twice. Radix's modal dialogs
 * hide everything outside them from assistive technology except `[aria-live]` regions, so messages said while a
 * dialog is open are still heard.
 *
 * Features never render their own pre-filled live region: they call `announce` (`useAssessmentKit().announce`).
 */
export function useAnnouncer({ container, onAnnounce }: UseAnnouncerOptions = {}) {
  const [mounted, setMounted] = useState(false);
  const [polite, setPolite] = useState<Message[]>([]);
  const [assertive, setAssertive] = useState<Message[]>([]);
  const nextId = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const listener = useRef(onAnnounce);
  listener.current = onAnnounce;

  useEffect(() => {
    setMounted(true);
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    };
  }, []);

  const announce = useCallback((text: string, politeness: Politeness = 'polite') => {
    if (text.trim() === '') return;
    listener.current?.(text, politeness);
    const setMessages = politeness === 'assertive' ? setAssertive : setPolite;
    const message = { id: (nextId.current += 1), text };
    setMessages((messages) => [...messages, message]);
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setMessages((messages) => messages.filter((item) => item.id !== message.id));
    }, MESSAGE_LIFETIME_MS);
    timers.current.add(timer);
  }, []);

  const regions: ReactNode =
    mounted && typeof document !== 'undefined'
      ? createPortal(
          <div data-ak-announcer="" style={visuallyHidden}>
            <div aria-live="polite" aria-atomic="false" aria-relevant="additions">
              {polite.map((message) => (
                <div key={message.id}>{message.text}</div>
              ))}
            </div>
            <div aria-live="assertive" aria-atomic="false" aria-relevant="additions">
              {assertive.map((message) => (
                <div key={message.id}>{message.text}</div>
              ))}
            </div>
          </div>,
          container ?? document.body,
        )
      : null;

  return { announce, regions };
}
