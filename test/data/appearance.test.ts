import { describe, expect, it } from 'vitest';
import { appearanceStyle, type AppearanceVariables } from '../../src/data/appearance';

describe('appearanceStyle', () => {
  it('maps every documented variable to its CSS custom property', () => {
    const variables: Required<AppearanceVariables> = {
      accentColor: '#0a7',
      accentTextColor: '#fff',
      textColor: '#111',
      mutedTextColor: '#555',
      surfaceColor: '#fafafa',
      borderColor: '#ddd',
      dangerColor: '#b00',
      borderRadius: '6px',
      fontFamily: 'Inter, sans-serif',
      fontSize: '15px',
      spacingUnit: '3px',
    };
    expect(appearanceStyle(variables)).toEqual({
      '--ak-accent': '#0a7',
      '--ak-accent-contrast': '#fff',
      '--ak-text': '#111',
      '--ak-text-muted': '#555',
      '--ak-surface': '#fafafa',
      '--ak-border': '#ddd',
      '--ak-danger': '#b00',
      '--ak-radius': '6px',
      '--ak-font-family': 'Inter, sans-serif',
      '--ak-font-size': '15px',
      '--ak-space-unit': '3px',
    });
  });

  it('skips empty, non-string and unknown values, so a host’s loose config never writes junk', () => {
    const loose = { accentColor: '', textColor: 12, borderColor: undefined, shadow: '0 0 1px red', fontSize: '14px' };
    expect(appearanceStyle(loose as unknown as AppearanceVariables)).toEqual({ '--ak-font-size': '14px' });
  });

  it('gives no style at all without variables', () => {
    expect(appearanceStyle(undefined)).toBeUndefined();
    expect(appearanceStyle({})).toEqual({});
  });
});
