/** Helpers for browser tests that look at a page as a person sees it: stylesheets, animations, computed looks. */

/** Adds stylesheets to the page (in order, after any already there); the returned function takes them away. */
export function addStyles(...sheets: string[]): () => void {
  const elements = sheets.map((text) => {
    const style = document.createElement('style');
    style.textContent = text;
    document.head.append(style);
    return style;
  });
  return () => {
    for (const style of elements) style.remove();
  };
}

/** Lets React effects and the browser's layout run, then stops every animation at a fixed point. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (const animation of document.getAnimations()) {
    if (animation.effect?.getComputedTiming().endTime === Infinity) {
      animation.pause();
      animation.currentTime = 0;
    } else {
      animation.finish();
    }
  }
}

/** The properties a person would see change: box model, typography, colour, layout, SVG paint. */
export const visualProperties = [
  'display', 'position', 'box-sizing', 'visibility', 'opacity', 'overflow-x', 'overflow-y', 'z-index', 'transform',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius', 'border-bottom-left-radius',
  'background-color', 'background-image', 'box-shadow', 'outline-style', 'outline-width', 'outline-color',
  'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-decoration-line', 'text-align', 'text-indent', 'white-space', 'vertical-align',
  'list-style-type', 'text-overflow', 'cursor', 'appearance',
  'min-width', 'max-width', 'min-height', 'max-height',
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'align-items', 'justify-content',
  'row-gap', 'column-gap', 'grid-template-columns',
  'fill', 'stroke', 'stroke-width',
] as const;

/** An icon's shapes: CSS boxes don't apply to them, their paint does. */
const svgShapeProperties = ['display', 'visibility', 'opacity', 'transform', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'];

const pseudoProperties = ['content', 'width', 'height', 'box-sizing', 'display', 'color', 'background-color', 'font-size', 'line-height'];

export interface ElementLook {
  /** Where the element sits: root index, position in the root, tag and classes. */
  key: string;
  /** Left, top, width, height: relative to its kit root, or to the viewport for fixed (dialog) content. */
  box: [number, number, number, number];
  style: Record<string, string>;
}

/** Kit roots that are not inside another kit root, in document order (portalled dialogs included). */
export function outermostKitRoots(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.ak-root')].filter((root) => !root.parentElement?.closest('.ak-root'));
}

/** Every element of the given subtrees with its box and computed look. */
export function measure(roots: Element[]): ElementLook[] {
  const looks: ElementLook[] = [];
  roots.forEach((root, rootIndex) => {
    const origin = root.getBoundingClientRect();
    [root, ...root.querySelectorAll('*')].forEach((element, index) => {
      const rect = element.getBoundingClientRect();
      const fixed = isInFixedLayer(element, root);
      const computed = getComputedStyle(element);
      const style: Record<string, string> = {};
      const isShape = element.namespaceURI === 'http://www.w3.org/2000/svg' && element.tagName !== 'svg';
      for (const property of isShape ? svgShapeProperties : visualProperties) style[property] = computed.getPropertyValue(property);
      for (const pseudo of ['::before', '::after']) {
        const pseudoStyle = getComputedStyle(element, pseudo);
        if (pseudoStyle.content === 'none' || pseudoStyle.content === 'normal') continue;
        for (const property of pseudoProperties) style[`${pseudo} ${property}`] = pseudoStyle.getPropertyValue(property);
      }
      looks.push({
        key: `${rootIndex}/${index} <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`,
        box: [rect.left - (fixed ? 0 : origin.left), rect.top - (fixed ? 0 : origin.top), rect.width, rect.height],
        style,
      });
    });
  });
  return looks;
}

/** Fixed content (a dialog) sits where the viewport puts it, wherever the host's layout put its portal root. */
function isInFixedLayer(element: Element, root: Element): boolean {
  for (let node: Element | null = element; node && node !== root.parentElement; node = node.parentElement) {
    if (getComputedStyle(node).position === 'fixed') return true;
  }
  return false;
}

/** Equal, allowing every number in the two values to differ by up to `tolerance` (px, or any unit). */
export function nearlyEqual(a: string, b: string, tolerance = 0.5): boolean {
  if (a === b) return true;
  const number = /-?\d*\.?\d+(?:e-?\d+)?/g;
  if (a.replace(number, '#') !== b.replace(number, '#')) return false;
  const numbersA = a.match(number) ?? [];
  const numbersB = b.match(number) ?? [];
  return numbersA.every((value, index) => Math.abs(Number(value) - Number(numbersB[index])) <= tolerance);
}

/** Every difference between two measurements of the same markup, one line each ("" when they agree). */
export function differences(expected: ElementLook[], actual: ElementLook[], tolerance = 0.5): string[] {
  if (expected.length !== actual.length) return [`${expected.length} elements on one page, ${actual.length} on the other`];
  const lines: string[] = [];
  expected.forEach((look, index) => {
    const other = actual[index]!;
    if (other.key !== look.key) {
      lines.push(`${look.key}: a different element (${other.key})`);
      return;
    }
    const box = look.box.join(', ');
    if (!nearlyEqual(box, other.box.join(', '), tolerance)) lines.push(`${look.key} box: ${box} -> ${other.box.join(', ')}`);
    for (const [property, value] of Object.entries(look.style)) {
      const otherValue = other.style[property] ?? '';
      if (!nearlyEqual(value, otherValue, tolerance)) lines.push(`${look.key} ${property}: ${value} -> ${otherValue}`);
    }
  });
  return lines;
}

/** How many elements the differences touch. */
export function elementsIn(lines: string[]): number {
  return new Set(lines.map((line) => line.slice(0, line.indexOf('>') + 1))).size;
}
