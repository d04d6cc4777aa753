import { forwardRef, lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { useReviewersByIds, useScorecardTemplates } from '../../data/hooks/use-catalogue';
import { useProviders } from '../../data/hooks/use-integrations';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import { useRootProps } from '../../data/root-props';
import type { RequestSetupHandler } from '../../data/form-field';
import type { TextOverrides } from '../../data/text';
import type { InterviewPlan, ReadActivity, SendAssessmentActivity } from '../../domain/interview-plan';
import { readActivity } from '../../domain/interview-plan';
import type { Provider } from '../../domain/provider';
import type { Reviewer } from '../../domain/reviewer';
import type { ScorecardTemplate } from '../../domain/scorecard';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/error-message';
import { ClipboardListIcon } from '../../ui/icons';
import { RetryAlert } from '../../ui/RetryAlert';
import { commonText } from '../../ui/text';
import { useFocusRescue } from '../../ui/use-focus-rescue';
import { keyOf } from './activity-key';
import { locate } from './plan-draft';
import { PlanNotices } from './PlanNotices';
import { PlanStage } from './PlanStage';
import { interviewPlanText } from './text';
import { useFocusRequest } from './use-focus-request';
import { usePlanEditor } from './usePlanEditor';

/**
 * The activity dialog (its form, pickers and schemas are most of the editor's weight) loads apart: a host's bundler
 * puts it in its own chunk. The editor asks for it once the plan is on screen, while the admin reads it, so it is
 * there by the time Add activity or Edit is chosen; once loaded, it stays.
 */
const loadActivityDialog = () => import('./AssessmentActivityDialog');
const AssessmentActivityDialog = lazy(() => loadActivityDialog().then((module) => ({ default: module.AssessmentActivityDialog })));
const preloadActivityDialog = () => void loadActivityDialog();

export interface InterviewPlanEditorProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The job whose plan to edit. */
  jobId: string;
  /** Level of the editor's heading (default 2); each stage's heading is one level below. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** After a save, with the plan as the backend stored it. */
  onSaved?: (plan: InterviewPlan) => void;
  /** A provider that isn't connected was chosen from Add activity: take the user to set it up. */
  onRequestSetup?: RequestSetupHandler;
  /** Whether there are unsaved edits, e.g. to block the host's own router (leaving the page already warns). */
  onDirtyChange?: (dirty: boolean) => void;
  /** Text overrides (any feature's keys), over the provider's; handed on to the activity dialog. */
  text?: TextOverrides;
}

type DialogState =
  | { mode: 'add'; stageId: string; stageName: string; providerId: string }
  | { mode: 'edit'; stageName: string; activity: SendAssessmentActivity };

/**
 * A job's interview plan, for a host that has no plan editor of its own: the hiring stages in order, each with its
 * activities. The kit's assessment activities show provider, test, reviewers and scorecard at a glance and can be
 * added (Add activity, one item per provider), edited, reordered, moved to another stage and removed; the host's
 * own activities can be reordered, moved and removed, and keep every field. Nothing reaches the backend until Save.
 */
export const InterviewPlanEditor = forwardRef<HTMLElement, InterviewPlanEditorProps>(function InterviewPlanEditor(
  { jobId, headingLevel = 2, onSaved, onRequestSetup, onDirtyChange, text: textOverrides, className, style, ...props },
  ref,
) {
  const t = useKitText('interviewPlan', interviewPlanText, textOverrides);
  const common = useKitText('common', commonText, textOverrides);
  const rootProps = useRootProps(className ? `ak-plan ${className}` : 'ak-plan', style);
  const { announce, locale } = useAssessmentKit('InterviewPlanEditor');
  const editor = usePlanEditor({ jobId, text: t, onSaved, onDirtyChange });
  const { draft, dispatch } = editor;
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h2';

  const providers = useProviders();
  const templates = useScorecardTemplates();
  const reviewerIds = useMemo(
    () => [
      ...new Set(
        (draft?.stages ?? []).flatMap((stage) =>
          stage.activities.flatMap((a) => {
            const read = readActivity(a);
            return read.kind === 'assessment' ? read.activity.reviewerIds : [];
          }),
        ),
      ),
    ],
    [draft?.stages],
  );
  const reviewers = useReviewersByIds(reviewerIds);
  const lookups = useMemo(
    () => ({
      providers: new Map((providers.data ?? []).map((p): [string, Provider] => [p.id, p])),
      templates: new Map((templates.data ?? []).map((tpl): [string, ScorecardTemplate] => [tpl.id, tpl])),
      reviewers: new Map((reviewers.data ?? []).map((r): [string, Reviewer] => [r.id, r])),
      list: new Intl.ListFormat(locale, { type: 'conjunction' }),
    }),
    [providers.data, templates.data, reviewers.data, locale],
  );

  const planShown = draft !== null;
  useEffect(() => {
    if (planShown) preloadActivityDialog();
  }, [planShown]);

  // The dialog's content stays while it animates closed; `dialogOpen` says whether it is open.
  const [dialog, setDialogState] = useState<DialogState | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const setDialog = (next: DialogState) => {
    setDialogState(next);
    setDialogOpen(true);
  };
  const [discarding, setDiscarding] = useState(false);
  const rootRef = useRef<HTMLElement | null>(null);
  const setFocusTarget = useFocusRequest(rootRef, [draft]);
  // A notice replaced by the next (the conflict by what re-applying did) takes its focused button with it: focus
  // goes to the notice shown now, or to the plan's heading when none is left.
  const noticesRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusRescue(noticesRef, () => (noticesRef.current?.firstElementChild as HTMLElement | null) ?? headingRef.current);

  const nameOf = useCallback(
    (read: ReadActivity) => {
      if (read.kind === 'assessment') return t.activityName(lookups.providers.get(read.activity.providerId)?.name ?? read.activity.providerId);
      if (read.kind === 'host') return read.activity.title;
      return t.activity.unreadable.title;
    },
    [t, lookups.providers],
  );

  const setRefs = useCallback(
    (element: HTMLElement | null) => {
      rootRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );

  let content;
  // An activity's name is its provider's: the plan shows once the providers are known too (or failed to load).
  if (!draft || providers.isPending) {
    content = !draft && editor.query.isError ? (
      <RetryAlert
        title={t.editor.loadError}
        retryLabel={t.editor.retry}
        retrying={editor.query.isFetching}
        onRetry={() => void editor.query.refetch()}
      >
        {errorMessage(editor.query.error, common)}
      </RetryAlert>
    ) : (
      <div role="status" className="ak-plan__loading">
        <span className="ak-visually-hidden">{t.editor.loading}</span>
        <div className="ak-plan__skeleton" aria-hidden="true">
          <span className="ak-skeleton" data-shape="title" />
          <span className="ak-skeleton" data-shape="stage" />
          <span className="ak-skeleton" data-shape="stage" />
        </div>
      </div>
    );
  } else if (draft.stages.length === 0) {
    content = (
      <EmptyState className="ak-plan__empty" icon={<ClipboardListIcon />} title={t.editor.empty.title} description={t.editor.empty.description} />
    );
  } else {
    const StageHeading = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
    content = (
      <ol className="ak-plan__stages" aria-label={t.editor.stagesLabel}>
        {draft.stages.map((stage, stageIndex) => (
          <li key={stage.id} className="ak-plan-stage">
            <PlanStage
              stage={stage}
              position={stageIndex + 1}
              stages={draft.stages}
              Heading={StageHeading}
              editor={editor}
              t={t}
              textOverrides={textOverrides}
              nameOf={nameOf}
              lookups={lookups}
              onRequestSetup={onRequestSetup}
              onAdd={(provider) => setDialog({ mode: 'add', stageId: stage.id, stageName: stage.name, providerId: provider.id })}
              onEdit={(activity) => setDialog({ mode: 'edit', stageName: stage.name, activity })}
              onMove={(activity, offset, name) => {
                const at = locate(draft.stages, activity);
                if (!at) return;
                dispatch({ type: 'move', key: activity, offset });
                setFocusTarget(`${keyOf(activity)}:${offset < 0 ? 'up' : 'down'}`);
                announce(t.announcements.moved(name, at.index + 1 + offset, stage.activities.length, stage.name));
              }}
              onMoveToStage={(activity, target, name) => {
                dispatch({ type: 'moveToStage', key: activity, stageId: target.id });
                setFocusTarget(`${keyOf(activity)}:moveTo`);
                announce(t.announcements.moved(name, target.activities.length + 1, target.activities.length + 1, target.name));
              }}
              onRemove={(activity, name) => {
                dispatch({ type: 'remove', key: activity });
                setFocusTarget(`${stage.id}:add`);
                announce(t.announcements.removed(name, stage.name));
              }}
            />
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section ref={setRefs} aria-labelledby={headingId} {...props} {...rootProps}>
      <header className="ak-plan__header">
        <Heading ref={headingRef} className="ak-plan__heading" id={headingId} tabIndex={-1}>
          {t.editor.heading}
        </Heading>
        {draft ? <p className="ak-plan__job">{t.editor.jobLine(draft.base.jobTitle, draft.base.version)}</p> : null}
      </header>
      <div ref={noticesRef} className="ak-plan__notices">
        <PlanNotices editor={editor} t={t} common={common} nameOf={nameOf} onDiscard={() => setDiscarding(true)} />
      </div>
      {content}
      {draft && draft.stages.length > 0 ? (
        <div className="ak-plan__savebar" data-dirty={editor.dirty || undefined}>
          <p className="ak-plan__save-status">{editor.dirty ? t.save.unsaved : t.save.allSaved}</p>
          <div className="ak-plan__save-actions">
            <Button aria-disabled={!editor.dirty || editor.isSaving || undefined} onClick={() => editor.dirty && setDiscarding(true)}>
              {t.save.discard}
            </Button>
            <Button
              variant="primary"
              pending={editor.isSaving}
              aria-disabled={!editor.dirty || editor.conflict || undefined}
              onClick={() => void editor.submit()}
            >
              {t.save.save}
            </Button>
          </div>
        </div>
      ) : null}
      {dialog ? (
        <Suspense fallback={null}>
          <AssessmentActivityDialog
            // A fresh form for every opening.
            key={`${dialog.mode}:${dialog.mode === 'add' ? dialog.stageId : keyOf(dialog.activity)}`}
            open={dialogOpen}
            onOpenChange={setDialogOpen}
            providerId={dialog.mode === 'add' ? dialog.providerId : dialog.activity.providerId}
            activity={dialog.mode === 'edit' ? dialog.activity : undefined}
            stageName={dialog.stageName}
            text={textOverrides}
            onSave={(activity) => {
              const name = t.activityName(lookups.providers.get(activity.providerId)?.name ?? activity.providerId);
              if (dialog.mode === 'add') {
                dispatch({ type: 'add', stageId: dialog.stageId, activity });
                announce(t.announcements.added(name, dialog.stageName));
              } else {
                dispatch({ type: 'replace', key: dialog.activity, activity });
                announce(t.announcements.updated(name));
              }
            }}
          />
        </Suspense>
      ) : null}
      {/* The plan's unsaved-changes warning: focus on Keep editing, and Escape keeps editing. */}
      <ConfirmDialog
        open={discarding}
        onOpenChange={setDiscarding}
        onConfirm={() => void editor.discard()}
        title={t.discard.planTitle}
        description={t.discard.planDescription}
        cancelLabel={t.discard.keepEditing}
        confirmLabel={t.discard.confirm}
        tone="warning"
      />
    </section>
  );
});
