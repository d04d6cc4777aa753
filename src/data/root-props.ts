import type { CSSProperties } from 'react';
import { useAssessmentKit } from './kit-context';

export interface RootProps {
  className: string;
  'data-ak-theme': string;
  style?: CSSProperties;
}

/**
 * Props for the outermost element of every public component and every portal: the `.ak-root` scope that carries
 * the theme variables, so a component is styled wherever a host puts it, inside another kit root or not (portals
 * render outside the component's tree). The provider's appearance variables go inline on each root; the host's own
 * `className` and `style` come after the kit's.
 */
export function useRootProps(className?: string, style?: CSSProperties): RootProps {
  const { theme, rootStyle } = useAssessmentKit('useRootProps');
  const merged = rootStyle && style ? { ...rootStyle, ...style } : (style ?? rootStyle);
  return {
    className: className ? `ak-root ${className}` : 'ak-root',
    'data-ak-theme': theme,
    ...(merged ? { style: merged } : {}),
  };
}
