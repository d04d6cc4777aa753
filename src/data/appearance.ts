import type { CSSProperties } from 'react';

/**
 * The documented theme variables. Each maps to one CSS custom property, set inline on every kit root (`.ak-root`).
 * Anything finer is a host stylesheet's job: a class selector over the kit's single-class rules (README, Styling).
 */
export interface AppearanceVariables {
  /** Buttons, links, focus ring. */
  accentColor?: string;
  /** Text on the accent colour. */
  accentTextColor?: string;
  /** Page text. */
  textColor?: string;
  /** Secondary text. */
  mutedTextColor?: string;
  /** Card and dialog surfaces. */
  surfaceColor?: string;
  /** Borders and dividers. */
  borderColor?: string;
  /** Error text and destructive actions. */
  dangerColor?: string;
  /** Base corner radius; larger surfaces derive from it. */
  borderRadius?: string;
  fontFamily?: string;
  /** Base font size; the type scale derives from it. */
  fontSize?: string;
  /** Density: the spacing step (4px by default); every gap and padding is a multiple of it. */
  spacingUnit?: string;
}

export type Theme = 'light' | 'dark' | 'system';

export interface Appearance {
  theme?: Theme;
  variables?: AppearanceVariables;
}

const cssVariableNames: Record<keyof AppearanceVariables, string> = {
  accentColor: '--ak-accent',
  accentTextColor: '--ak-accent-contrast',
  textColor: '--ak-text',
  mutedTextColor: '--ak-text-muted',
  surfaceColor: '--ak-surface',
  borderColor: '--ak-border',
  dangerColor: '--ak-danger',
  borderRadius: '--ak-radius',
  fontFamily: '--ak-font-family',
  fontSize: '--ak-font-size',
  spacingUnit: '--ak-space-unit',
};

export function appearanceStyle(variables: AppearanceVariables | undefined): CSSProperties | undefined {
  if (!variables) return undefined;
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) {
    const cssName = cssVariableNames[name as keyof AppearanceVariables];
    if (cssName && typeof value === 'string' && value !== '') style[cssName] = value;
  }
  return style as CSSProperties;
}
