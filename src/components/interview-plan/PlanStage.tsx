import { useId } from 'react';
import type { RequestSetupHandler } from '../../data/form-field';
import type { TextOverrides } from '../../data/text';
import type { Activity, InterviewStage, ReadActivity, SendAssessmentActivity } from '../../domain/interview-plan';
import { readActivity } from '../../domain/interview-plan';
import type { Provider } from '../../domain/provider';
import type { Reviewer } from '../../domain/reviewer';
import type { ScorecardTemplate } from '../../domain/scorecard';
import { keyOf } from './activity-key';
import { AddActivityMenu } from './AddActivityMenu';
import { changeOf } from './plan-draft';
import { PlanActivityRow } from './PlanActivityRow';
import type { InterviewPlanText } from './text';
import type { PlanEditor } from './usePlanEditor';

/** What the plan's rows show by id: providers, templates and reviewers, and the list format for names. */
export interface Lookups {
  providers: ReadonlyMap<string, Provider>;
  templates: ReadonlyMap<string, ScorecardTemplate>;
  reviewers: ReadonlyMap<string, Reviewer>;
  list: Intl.ListFormat;
}

/** One stage: its position and name, its activities (each a row with its actions), and Add activity. */
export function PlanStage({
  stage,
  position,
  stages,
  Heading,
  editor,
  t,
  textOverrides,
  nameOf,
  lookups,
  onRequestSetup,
  onAdd,
  onEdit,
  onMove,
  onMoveToStage,
  onRemove,
}: {
  stage: InterviewStage;
  position: number;
  stages: InterviewStage[];
  Heading: 'h2' | 'h3';
  editor: PlanEditor;
  t: InterviewPlanText;
  textOverrides: TextOverrides | undefined;
  nameOf: (read: ReadActivity) => string;
  lookups: Lookups;
  onRequestSetup: RequestSetupHandler | undefined;
  onAdd: (provider: Provider) => void;
  onEdit: (activity: SendAssessmentActivity) => void;
  onMove: (activity: Activity, offset: -1 | 1, name: string) => void;
  onMoveToStage: (activity: Activity, target: InterviewStage, name: string) => void;
  onRemove: (activity: Activity, name: string) => void;
}) {
  const headingId = useId();
  const draft = editor.draft!;
  const count = stage.activities.length;
  const otherStages = stages.filter((s) => s.id !== stage.id);
  return (
    // Not a region: the stage's list already carries its name, and a plan of many stages would be as many landmarks.
    <section className="ak-plan-stage__section">
      <header className="ak-plan-stage__header">
        <span className="ak-accent-disc ak-plan-stage__number" aria-hidden="true">
          {position}
        </span>
        <Heading className="ak-plan-stage__name" id={headingId}>
          <span className="ak-visually-hidden">{`${t.editor.stagePosition(position, stages.length)}: `}</span>
          {stage.name}
        </Heading>
        <span className="ak-plan-stage__count">{t.editor.activityCount(count)}</span>
      </header>
      {count === 0 ? (
        <p className="ak-plan-stage__empty">{t.editor.noActivities}</p>
      ) : (
        <ul className="ak-plan-stage__activities" aria-labelledby={headingId}>
          {stage.activities.map((activity, index) => {
            const read = readActivity(activity);
            const name = nameOf(read);
            const providerName =
              read.kind === 'assessment' ? (lookups.providers.get(read.activity.providerId)?.name ?? read.activity.providerId) : '';
            const names =
              read.kind === 'assessment' && read.activity.reviewerIds.every((id) => lookups.reviewers.has(id))
                ? lookups.list.format(read.activity.reviewerIds.map((id) => lookups.reviewers.get(id)!.name))
                : null;
            return (
              <PlanActivityRow
                key={keyOf(activity)}
                read={read}
                name={name}
                providerName={providerName}
                reviewerNames={names}
                templates={lookups.templates}
                otherStages={otherStages}
                isFirst={index === 0}
                isLast={index === count - 1}
                change={changeOf(draft, activity, stage.id)}
                error={editor.activityErrors.get(activity)}
                focusId={keyOf(activity)}
                t={t}
                onEdit={() => {
                  if (read.kind === 'assessment') onEdit(read.activity);
                }}
                onMove={(offset) => {
                  if ((offset < 0 && index > 0) || (offset > 0 && index < count - 1)) onMove(activity, offset, name);
                }}
                onMoveToStage={(stageId) => {
                  const target = stages.find((s) => s.id === stageId);
                  if (target) onMoveToStage(activity, target, name);
                }}
                onRemove={() => onRemove(activity, name)}
              />
            );
          })}
        </ul>
      )}
      <AddActivityMenu
        stageName={stage.name}
        onAdd={onAdd}
        onRequestSetup={onRequestSetup}
        t={t}
        textOverrides={textOverrides}
        focusId={`${stage.id}:add`}
      />
    </section>
  );
}
