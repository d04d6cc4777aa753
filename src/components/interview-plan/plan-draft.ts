import type { Activity, InterviewPlan, InterviewStage } from '../../domain/interview-plan';

/**
 * The editor's local copy of a plan: the version the edit started from (`base`), the stages as edited, and which
 * activities the user touched or removed. Untouched activities are the server's objects, untouched: a save sends
 * them back as they came, host fields and all.
 */
export interface PlanDraft {
  base: InterviewPlan;
  stages: InterviewStage[];
  /** Ids of activities the user added, edited or moved. */
  touched: ReadonlySet<string>;
  /** Ids of the base's activities the user removed. */
  removed: ReadonlySet<string>;
}

export type PlanDraftAction =
  | { type: 'load'; plan: InterviewPlan }
  | { type: 'add'; stageId: string; activity: Activity & { id: string } }
  | { type: 'replace'; key: Activity; activity: Activity & { id: string } }
  | { type: 'move'; key: Activity; offset: -1 | 1 }
  | { type: 'moveToStage'; key: Activity; stageId: string }
  | { type: 'remove'; key: Activity }
  | { type: 'saved'; plan: InterviewPlan; submitted: InterviewStage[] }
  /** A whole draft, e.g. the result of `reapply`. */
  | { type: 'set'; draft: PlanDraft };

export function draftFromPlan(plan: InterviewPlan): PlanDraft {
  return { base: plan, stages: plan.stages, touched: new Set(), removed: new Set() };
}

const idOf = (activity: Activity): string | null => (typeof activity.id === 'string' ? activity.id : null);

function withId(set: ReadonlySet<string>, activity: Activity): ReadonlySet<string> {
  const id = idOf(activity);
  return id === null ? set : new Set(set).add(id);
}

/** Where an activity is, by identity (unreadable activities may have no id). */
export function locate(stages: readonly InterviewStage[], activity: Activity) {
  for (let stageIndex = 0; stageIndex < stages.length; stageIndex += 1) {
    const index = stages[stageIndex]!.activities.indexOf(activity);
    if (index !== -1) return { stageIndex, index };
  }
  return null;
}

function updateStage(stages: InterviewStage[], stageIndex: number, activities: Activity[]): InterviewStage[] {
  return stages.map((stage, i) => (i === stageIndex ? { ...stage, activities } : stage));
}

export function planDraftReducer(draft: PlanDraft, action: PlanDraftAction): PlanDraft {
  switch (action.type) {
    case 'load':
      return draftFromPlan(action.plan);
    case 'add': {
      const stageIndex = draft.stages.findIndex((s) => s.id === action.stageId);
      if (stageIndex === -1) return draft;
      const activities = [...draft.stages[stageIndex]!.activities, action.activity];
      return { ...draft, stages: updateStage(draft.stages, stageIndex, activities), touched: withId(draft.touched, action.activity) };
    }
    case 'replace': {
      const at = locate(draft.stages, action.key);
      if (!at) return draft;
      const activities = draft.stages[at.stageIndex]!.activities.map((a, i) => (i === at.index ? action.activity : a));
      return { ...draft, stages: updateStage(draft.stages, at.stageIndex, activities), touched: withId(draft.touched, action.activity) };
    }
    case 'move': {
      const at = locate(draft.stages, action.key);
      if (!at) return draft;
      const activities = [...draft.stages[at.stageIndex]!.activities];
      const target = at.index + action.offset;
      if (target < 0 || target >= activities.length) return draft;
      [activities[at.index], activities[target]] = [activities[target]!, activities[at.index]!];
      return { ...draft, stages: updateStage(draft.stages, at.stageIndex, activities), touched: withId(draft.touched, action.key) };
    }
    case 'moveToStage': {
      const at = locate(draft.stages, action.key);
      const targetIndex = draft.stages.findIndex((s) => s.id === action.stageId);
      if (!at || targetIndex === -1 || targetIndex === at.stageIndex) return draft;
      const stages = draft.stages.map((stage, i) => {
        if (i === at.stageIndex) return { ...stage, activities: stage.activities.filter((a) => a !== action.key) };
        if (i === targetIndex) return { ...stage, activities: [...stage.activities, action.key] };
        return stage;
      });
      return { ...draft, stages, touched: withId(draft.touched, action.key) };
    }
    case 'remove': {
      const at = locate(draft.stages, action.key);
      if (!at) return draft;
      const activities = draft.stages[at.stageIndex]!.activities.filter((a) => a !== action.key);
      const id = idOf(action.key);
      const inBase = id !== null && draft.base.stages.some((s) => s.activities.some((a) => a.id === id));
      const touched = new Set(draft.touched);
      if (id !== null) touched.delete(id);
      return {
        ...draft,
        stages: updateStage(draft.stages, at.stageIndex, activities),
        touched,
        removed: inBase ? withId(draft.removed, action.key) : draft.removed,
      };
    }
    case 'saved':
      // Edits made while the save ran stay, now based on the saved version; otherwise take the server's stages.
      return draft.stages === action.submitted ? draftFromPlan(action.plan) : { ...draft, base: action.plan };
    case 'set':
      return action.draft;
  }
}

export interface Reapplied {
  draft: PlanDraft;
  /** Touched activities whose stage is gone from the latest plan, with the stage they were in. */
  dropped: Array<{ activity: Activity; stageName: string }>;
}

/**
 * Re-applies the user's edits to the latest plan after a conflict. The latest plan decides everything the user
 * didn't touch (stages, their names and order, other people's activities); the user's added, edited and moved
 * activities go where the user put them, after the same neighbour where it still exists; the user's removals stay
 * removed. Nothing is saved: the user reviews the result and saves again.
 */
export function reapply(draft: PlanDraft, latest: InterviewPlan): Reapplied {
  const placed = (a: Activity) => {
    const id = idOf(a);
    return id !== null && (draft.touched.has(id) || draft.removed.has(id));
  };
  const stages = latest.stages.map((stage) => ({ ...stage, activities: stage.activities.filter((a) => !placed(a)) }));
  const dropped: Reapplied['dropped'] = [];
  for (const local of draft.stages) {
    const target = stages.find((s) => s.id === local.id);
    local.activities.forEach((activity, index) => {
      const id = idOf(activity);
      if (id === null || !draft.touched.has(id)) return;
      if (!target) {
        dropped.push({ activity, stageName: local.name });
        return;
      }
      // After the nearest activity above it (in the user's order) that the latest plan still has there.
      let position = 0;
      for (let k = index - 1; k >= 0; k -= 1) {
        const found = target.activities.indexOf(local.activities[k]!);
        const byId = found === -1 ? target.activities.findIndex((a) => a.id === local.activities[k]!.id) : found;
        if (byId !== -1) {
          position = byId + 1;
          break;
        }
      }
      target.activities.splice(position, 0, activity);
    });
  }
  const stillThere = (id: string) => stages.some((s) => s.activities.some((a) => a.id === id));
  return {
    draft: {
      base: latest,
      stages,
      touched: new Set([...draft.touched].filter(stillThere)),
      removed: new Set([...draft.removed].filter((id) => latest.stages.some((s) => s.activities.some((a) => a.id === id)))),
    },
    dropped,
  };
}

/** How an activity differs from the saved plan, for the "unsaved change" mark. */
export function changeOf(draft: PlanDraft, activity: Activity, stageId: string): 'added' | 'edited' | 'moved' | null {
  const id = idOf(activity);
  if (id === null || !draft.touched.has(id)) return null;
  for (const stage of draft.base.stages) {
    const original = stage.activities.find((a) => a.id === id);
    if (!original) continue;
    if (original !== activity && JSON.stringify(original) !== JSON.stringify(activity)) return 'edited';
    return stage.id === stageId && stage.activities.indexOf(original) === indexIn(draft, activity) ? null : 'moved';
  }
  return 'added';
}

function indexIn(draft: PlanDraft, activity: Activity): number {
  return locate(draft.stages, activity)?.index ?? -1;
}

/** Whether the draft differs from the plan it is based on. */
export function isDirty(draft: PlanDraft): boolean {
  return draft.stages !== draft.base.stages && JSON.stringify(draft.stages) !== JSON.stringify(draft.base.stages);
}
