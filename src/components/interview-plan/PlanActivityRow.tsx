import type { ReactNode } from 'react';
import type { InterviewStage, ReadActivity } from '../../domain/interview-plan';
import type { ScorecardTemplate } from '../../domain/scorecard';
import { IconButton } from '../../ui/Button';
import {
  ArchiveIcon,
  ArrowDownIcon,
  ArrowRightLeftIcon,
  ArrowUpIcon,
  CalendarIcon,
  CircleAlertIcon,
  ClipboardListIcon,
  FileTextIcon,
  MailIcon,
  PencilIcon,
  TrashIcon,
  TriangleAlertIcon,
} from '../../ui/icons';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { MenuButton } from '../../ui/MenuButton';
import type { InterviewPlanText } from './text';
import { Tooltip } from '../../ui/Tooltip';

export interface PlanActivityRowProps {
  read: ReadActivity;
  /** The activity's display name ("Send CodeInterview Assessment", a host activity's title). */
  name: string;
  providerName: string;
  /** Reviewers' names when known; null shows their number. */
  reviewerNames: string | null;
  templates: ReadonlyMap<string, ScorecardTemplate>;
  /** Other stages it can move to. */
  otherStages: InterviewStage[];
  isFirst: boolean;
  isLast: boolean;
  change: 'added' | 'edited' | 'moved' | null;
  /** A server message about this activity from the last save. */
  error: string | undefined;
  /** Marks its buttons so the editor can put focus back on one after the row moves. */
  focusId: string;
  t: InterviewPlanText;
  onEdit: () => void;
  onMove: (offset: -1 | 1) => void;
  onMoveToStage: (stageId: string) => void;
  onRemove: () => void;
}

/** One activity at a glance: what it is and, for an assessment, provider, test, reviewers and scorecard; then its actions. */
export function PlanActivityRow(props: PlanActivityRowProps) {
  const { read, name, change, error, focusId, t, isFirst, isLast, otherStages } = props;
  const a = t.activity;
  const icon =
    read.kind === 'assessment' ? <ClipboardListIcon /> : read.kind === 'host' ? hostIcon(read.activity.type) : <TriangleAlertIcon />;
  const archived = read.kind === 'assessment' && read.activity.testArchived;

  return (
    <li className="ak-plan-activity" data-kind={read.kind} data-change={change ?? undefined} data-invalid={error ? true : undefined}>
      <span className="ak-plan-activity__icon" aria-hidden="true">
        {icon}
      </span>
      <div className="ak-plan-activity__body">
        <p className="ak-plan-activity__title">
          <span className="ak-plan-activity__name">{name}</span>
          {change ? (
            <span className="ak-plan-activity__change">
              <VisuallyHidden>{`${a.changes.label}: `}</VisuallyHidden>
              {a.changes[change]}
            </span>
          ) : null}
          {archived ? (
            <span className="ak-plan-activity__archived">
              <ArchiveIcon />
              {a.archived}
            </span>
          ) : null}
        </p>
        <ActivityDetails {...props} />
        {error ? (
          <p className="ak-field__error">
            <CircleAlertIcon />
            {t.save.activityError(error)}
          </p>
        ) : null}
      </div>
      <div className="ak-plan-activity__actions">
        {read.kind === 'assessment' ? (
          <IconAction label={a.actions.edit(name)} tooltip={a.actions.tooltips.edit} icon={<PencilIcon />} focus={`${focusId}:edit`} onClick={props.onEdit} />
        ) : null}
        <IconAction
          label={a.actions.moveUp(name)}
          tooltip={a.actions.tooltips.moveUp}
          icon={<ArrowUpIcon />}
          focus={`${focusId}:up`}
          disabled={isFirst}
          onClick={() => props.onMove(-1)}
        />
        <IconAction
          label={a.actions.moveDown(name)}
          tooltip={a.actions.tooltips.moveDown}
          icon={<ArrowDownIcon />}
          focus={`${focusId}:down`}
          disabled={isLast}
          onClick={() => props.onMove(1)}
        />
        {otherStages.length > 0 ? (
          <Tooltip label={a.actions.tooltips.moveTo}>
            <MenuButton
              variant="ghost"
              size="sm"
              align="end"
              buttonClassName="ak-plan-activity__action"
              aria-label={a.actions.moveTo(name)}
              data-focus-id={`${focusId}:moveTo`}
              items={otherStages.map((stage) => ({
                key: stage.id,
                label: a.actions.moveToStage(stage.name),
                onSelect: () => props.onMoveToStage(stage.id),
              }))}
            >
              <ArrowRightLeftIcon />
            </MenuButton>
          </Tooltip>
        ) : null}
        <IconAction label={a.actions.remove(name)} tooltip={a.actions.tooltips.remove} icon={<TrashIcon />} focus={`${focusId}:remove`} onClick={props.onRemove} />
      </div>
    </li>
  );
}

/** A host activity's icon by its type: an email is a letter, a review a document, anything else a date in the calendar. */
function hostIcon(type: string): ReactNode {
  if (type === 'email') return <MailIcon />;
  if (type === 'review') return <FileTextIcon />;
  return <CalendarIcon />;
}

function ActivityDetails({ read, providerName, reviewerNames, templates, t }: PlanActivityRowProps) {
  const a = t.activity;
  if (read.kind === 'host') {
    return <p className="ak-plan-activity__meta">{a.hostActivity(read.activity.type)}</p>;
  }
  if (read.kind === 'unreadable') {
    return <p className="ak-plan-activity__meta">{a.unreadable.description}</p>;
  }
  const activity = read.activity;
  const scorecard =
    activity.scorecard.kind === 'template'
      ? (templates.get(activity.scorecard.templateId)?.name ?? a.unknownTemplate)
      : a.customQuestions(activity.scorecard.questions.length);
  const reviewers =
    activity.reviewerIds.length === 0 ? a.noReviewers : (reviewerNames ?? a.reviewerCount(activity.reviewerIds.length));
  return (
    <dl className="ak-plan-activity__facts">
      <Fact label={a.test}>
        {activity.testTitle}
        {activity.testArchived ? <span className="ak-plan-activity__hint">{a.archivedHint(providerName)}</span> : null}
      </Fact>
      <Fact label={a.reviewers}>{reviewers}</Fact>
      <Fact label={a.scorecard}>{scorecard}</Fact>
      <Fact label={a.feedback}>{a.feedbackFrom[activity.feedbackFrom]}</Fact>
      <Fact label={a.sending}>{activity.autoSend ? a.autoSendOn : a.autoSendOff}</Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="ak-plan-activity__fact">
      <dt className="ak-plan-activity__fact-label">{label}</dt>
      <dd className="ak-plan-activity__fact-value">{children}</dd>
    </div>
  );
}

/** An icon-only action named by its label, with a short visible name on hover and focus. Disabled ones stay focusable. */
function IconAction({
  label,
  tooltip,
  icon,
  focus,
  disabled = false,
  onClick,
}: {
  label: string;
  tooltip: string;
  icon: ReactNode;
  focus: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <Tooltip label={tooltip}>
      <IconButton
        className="ak-plan-activity__action"
        label={label}
        icon={icon}
        data-focus-id={focus}
        aria-disabled={disabled || undefined}
        onClick={onClick}
      />
    </Tooltip>
  );
}
