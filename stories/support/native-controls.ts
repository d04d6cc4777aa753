/**
 * The kit draws its own controls. A native select, date or time input on screen, or a radio or checkbox the
 * browser draws (the muddy discs dark mode gives them), is a defect in a story: every story checks it after it ran.
 */
const BROWSER_DRAWN = 'select, input[type="date"], input[type="time"], input[type="datetime-local"], input[type="month"], input[type="week"]';
/** Native inputs the kit keeps for their semantics, drawn by the kit (`appearance: none`, src/styles/controls.css). */
const KIT_DRAWN = 'input[type="radio"], input[type="checkbox"]';

function onScreen(element: Element) {
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

function describe(element: Element) {
  const input = element as HTMLInputElement;
  const label = input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent?.trim() ?? input.name;
  return `<${element.localName}${input.type && element.localName === 'input' ? ` type="${input.type}"` : ''}> “${label}”`;
}

/** What a user would see drawn by the browser instead of the kit, described for a test failure. */
export function browserDrawnControls(root: ParentNode = document.body): string[] {
  const drawnByBrowser = [...root.querySelectorAll(BROWSER_DRAWN)].filter(onScreen);
  const undrawn = [...root.querySelectorAll(KIT_DRAWN)].filter((element) => onScreen(element) && getComputedStyle(element).appearance !== 'none');
  return [...drawnByBrowser, ...undrawn].map(describe);
}

/**
 * Watches the page while a story runs (its play function opens and closes dialogs), so a control shown only midway
 * is caught too. `stop()` returns every one seen.
 */
export function watchBrowserDrawnControls() {
  const seen = new Set<string>();
  let frame: number | null = null;
  const look = () => {
    frame = null;
    for (const control of browserDrawnControls()) seen.add(control);
  };
  const observer = new MutationObserver(() => {
    frame ??= requestAnimationFrame(look);
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  return {
    stop(): string[] {
      observer.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
      look();
      return [...seen];
    },
  };
}
