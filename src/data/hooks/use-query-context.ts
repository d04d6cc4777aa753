import { useMemo } from 'react';
import { useAssessmentKit } from '../kit-context';
import type { QueryContext } from '../query-options';

export function useQueryContext(): QueryContext {
  const { backend, scope } = useAssessmentKit('useQueryContext');
  return useMemo(() => ({ backend, scope }), [backend, scope]);
}
