import { useCallback, useEffect, useMemo, useState } from 'react';
import { isAssessmentBackendError } from '../../backend/errors';
import { useInterviewPlan, useSaveInterviewPlan } from '../../data/hooks/use-interview-plan';
import { useAssessmentKit } from '../../data/kit-context';
import type { Activity, InterviewPlan, InterviewStage } from '../../domain/interview-plan';
import { draftFromPlan, isDirty, planDraftReducer, reapply, type PlanDraft, type PlanDraftAction, type Reapplied } from './plan-draft';
import { useLatestRef } from '../../ui/use-latest-ref';
import type { InterviewPlanText } from './text';

export interface UsePlanEditorOptions {
  jobId: string;
  text: InterviewPlanText;
  onSaved?: ((plan: InterviewPlan) => void) | undefined;
  onDirtyChange?: ((dirty: boolean) => void) | undefined;
}

const isConflict = (error: unknown) => isAssessmentBackendError(error) && error.code === 'conflict';

/** `stages.2.activities.0.testId` -> the activity at stages[2].activities[0]. */
const ACTIVITY_FIELD = /^stages\.(\d+)\.activities\.(\d+)(?:\.|$)/;

/**
 * The headless state behind `InterviewPlanEditor`: the plan, the user's edits on top of it, and saving.
 *
 * Saving is explicit, not automatic: a save replaces the job's stages for every candidate who enters them from then
 * on (and may send assessments by itself), so it happens when the user says the plan is ready, never halfway
 * through moving an activity from one stage to another. Each save carries the version the edit started from; when
 * someone else saved in between the backend answers `conflict`, the edits stay, and `reviewLatest()` re-applies them
 * to the latest plan for the user to check and save again. Saves to one job run one at a time.
 */
export function usePlanEditor({ jobId, text, onSaved, onDirtyChange }: UsePlanEditorOptions) {
  const { announce } = useAssessmentKit('usePlanEditor');
  const query = useInterviewPlan(jobId);
  const save = useSaveInterviewPlan(jobId);
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reviewError, setReviewError] = useState<unknown>(null);
  const [reapplied, setReapplied] = useState<{ version: number; dropped: Reapplied['dropped'] } | null>(null);
  const [activityErrors, setActivityErrors] = useState<ReadonlyMap<Activity, string>>(new Map());

  const dirty = draft !== null && isDirty(draft);
  const dispatch = useCallback((action: PlanDraftAction) => {
    setDraft((current) => (current ? planDraftReducer(current, action) : current));
  }, []);

  // The server's plan becomes the draft on first load, for another job, and whenever it changes while nothing is
  // edited (a refetch, another tab's save). Unsaved edits are never replaced behind the user's back.
  const serverPlan = query.data;
  useEffect(() => {
    if (!serverPlan) return;
    setDraft((current) => {
      if (current && current.base.jobId === serverPlan.jobId && (isDirty(current) || current.base === serverPlan)) return current;
      return draftFromPlan(serverPlan);
    });
  }, [serverPlan]);

  // Leaving the page with unsaved edits asks first; hosts with their own router hear about it from onDirtyChange.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const dirtyListener = useLatestRef(onDirtyChange);
  useEffect(() => {
    dirtyListener.current?.(dirty);
  }, [dirty, dirtyListener]);

  const submit = useCallback(async () => {
    if (!draft || !isDirty(draft) || save.isPending) return;
    const submitted: InterviewStage[] = draft.stages;
    setActivityErrors(new Map());
    setReapplied(null);
    try {
      const plan = await save.mutateAsync({ baseVersion: draft.base.version, stages: submitted });
      dispatch({ type: 'saved', plan, submitted });
      setConflict(false);
      announce(text.save.saved(plan.version));
      onSaved?.(plan);
    } catch (error) {
      if (isConflict(error)) {
        setConflict(true);
        setReviewError(null);
        announce(text.conflict.title, 'assertive');
        return;
      }
      const errors = new Map<Activity, string>();
      if (isAssessmentBackendError(error)) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          const match = ACTIVITY_FIELD.exec(field);
          const activity = match ? submitted[Number(match[1])]?.activities[Number(match[2])] : undefined;
          if (activity && !errors.has(activity)) errors.set(activity, message);
        }
      }
      // Shown in a role="alert" message, which screen readers say as it appears: no announcement of its own.
      setActivityErrors(errors);
    }
  }, [draft, save, dispatch, announce, text, onSaved]);

  /**
   * After a conflict: loads the latest plan and re-applies the user's edits to it. Nothing is saved. `announce: false`
   * when focus goes to the notice that says what happened (it is read then, and must not be heard twice).
   */
  const reviewLatest = useCallback(async ({ announce: say = true }: { announce?: boolean } = {}) => {
    if (!draft) return;
    const latest = await query.refetch();
    if (!latest.data || latest.isError) {
      setReviewError(latest.error);
      return;
    }
    const result = reapply(draft, latest.data);
    setDraft(result.draft);
    setConflict(false);
    setReapplied({ version: latest.data.version, dropped: result.dropped });
    if (say) announce(text.conflict.reapplied(latest.data.version));
  }, [draft, query, announce, text]);

  /** Drops every unsaved edit: back to the last saved plan (after a conflict, the latest one). */
  const discard = useCallback(async () => {
    const latest = conflict ? (await query.refetch()).data : undefined;
    const plan = latest ?? query.data ?? draft?.base;
    if (plan) setDraft(draftFromPlan(plan));
    setConflict(false);
    setReapplied(null);
    setActivityErrors(new Map());
  }, [conflict, query, draft]);

  return useMemo(
    () => ({
      query,
      draft,
      dirty,
      dispatch,
      submit,
      isSaving: save.isPending,
      // A conflict is shown as such (and stays settled once re-applied or discarded), not as a failed save.
      saveError: isConflict(save.error) ? null : save.error,
      activityErrors,
      conflict,
      reviewError,
      reviewLatest,
      reapplied,
      discard,
    }),
    [query, draft, dirty, dispatch, submit, save.isPending, save.error, activityErrors, conflict, reviewError, reviewLatest, reapplied, discard],
  );
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
