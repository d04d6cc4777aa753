import type { ReadActivity } from '../../domain/interview-plan';
import { readActivity } from '../../domain/interview-plan';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/error-message';
import { RefreshIcon } from '../../ui/icons';
import type { CommonText } from '../../ui/text';
import { keyOf } from './activity-key';
import type { InterviewPlanText } from './text';
import type { PlanEditor } from './usePlanEditor';

/**
 * Save failures, the conflict and what re-applying did: above the stages, where the user acts on them. Each notice
 * can take focus (`tabIndex={-1}`): the one that replaces a notice whose button had focus receives it.
 */
export function PlanNotices({
  editor,
  t,
  common,
  nameOf,
  onDiscard,
}: {
  editor: PlanEditor;
  t: InterviewPlanText;
  common: CommonText;
  nameOf: (read: ReadActivity) => string;
  onDiscard: () => void;
}) {
  if (editor.conflict) {
    return (
      <Alert
        tone="warning"
        className="ak-plan__notice"
        tabIndex={-1}
        title={t.conflict.title}
        actions={
          <>
            <Button
              variant="primary"
              size="sm"
              icon={<RefreshIcon />}
              pending={editor.query.isFetching}
              // With focus on this button, focus moves to the notice that replaces it, which is read then.
              onClick={(event) => void editor.reviewLatest({ announce: event.currentTarget.ownerDocument.activeElement !== event.currentTarget })}
            >
              {t.conflict.review}
            </Button>
            <Button size="sm" onClick={onDiscard}>
              {t.conflict.discardMine}
            </Button>
          </>
        }
      >
        {t.conflict.description}
        {editor.reviewError ? <p className="ak-plan__notice-error">{errorMessage(editor.reviewError, common)}</p> : null}
      </Alert>
    );
  }
  if (editor.saveError) {
    return (
      <Alert tone="danger" className="ak-plan__notice" tabIndex={-1} title={t.save.failedTitle}>
        {errorMessage(editor.saveError, common)}
      </Alert>
    );
  }
  if (editor.reapplied) {
    return (
      <Alert tone="info" className="ak-plan__notice" tabIndex={-1}>
        {t.conflict.reapplied(editor.reapplied.version)}
        {editor.reapplied.dropped.length > 0 ? (
          <>
            <p className="ak-plan__notice-text">{t.conflict.notReapplied}</p>
            <ul className="ak-plan__notice-list">
              {editor.reapplied.dropped.map(({ activity, stageName }) => (
                <li key={keyOf(activity)} className="ak-plan__notice-item">
                  {t.conflict.stageGone(nameOf(readActivity(activity)), stageName)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Alert>
    );
  }
  return null;
}
