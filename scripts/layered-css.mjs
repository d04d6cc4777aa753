// The kit's stylesheet inside one cascade layer (dist/styles.layered.css), for hosts that order their own layers:
// `@layer theme, base, assessment-kit, components, utilities;` puts it above their resets and below their utilities.
export const KIT_LAYER = 'assessment-kit';

export function wrapInLayer(css) {
  return `@layer ${KIT_LAYER} {\n${css}\n}\n`;
}
