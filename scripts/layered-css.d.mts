export const KIT_LAYER: string;
export function wrapInLayer(css: string): string;
