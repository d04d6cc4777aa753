import type { CSSProperties } from 'react';
import { useAssessmentKit } from './kit-context';

/**
 * Props for the outermost element of every kit component and portal: the `.ak-root` scope that carries the
 * theme variables. Portals need it too, since they render outside the component's tree.
 */
export function useRootProps(className?: string): { className: string; 'data-ak-theme': string; style?: CSSProperties } {
  const { theme, rootStyle } = useAssessmentKit('useRootProps');
  return {
    className: className ? `ak-root ${className}` : 'ak-root',
    'data-ak-theme': theme,
    ...(rootStyle ? { style: rootStyle } : {}),
  };
}
