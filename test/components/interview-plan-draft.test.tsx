/**
 * Re-applying a user's edits to the latest plan after a conflict: the rules the editor's "Review latest plan" relies
 * on, case by case (the whole path through the UI is in interview-plan.test.tsx).
 */
import { describe, expect, it } from 'vitest';
import { draftFromPlan, isDirty, planDraftReducer, reapply, type PlanDraft, type PlanDraftAction } from '../../src/components/interview-plan/plan-draft';
import type { Activity, InterviewPlan } from '../../src/domain';

const host = (id: string, title = id): Activity & { id: string } => ({ id, type: 'interview', title });

function plan(version: number, stages: Record<string, Activity[]>): InterviewPlan {
  return {
    jobId: 'job-1',
    jobTitle: 'Engineer',
    version,
    stages: Object.entries(stages).map(([id, activities]) => ({ id, name: id.toUpperCase(), activities })),
  };
}

function edit(base: InterviewPlan, ...actions: Array<(draft: PlanDraft) => PlanDraftAction>): PlanDraft {
  return actions.reduce((draft, action) => planDraftReducer(draft, action(draft)), draftFromPlan(base));
}

const ids = (draft: PlanDraft) => Object.fromEntries(draft.stages.map((s) => [s.id, s.activities.map((a) => a.id)]));
const find = (draft: PlanDraft, id: string) => draft.stages.flatMap((s) => s.activities).find((a) => a.id === id)!;

describe('reapply', () => {
  const a = host('a');
  const b = host('b');
  const c = host('c');
  const base = plan(1, { s1: [a, b], s2: [c] });

  it('keeps the latest plan wherever the user touched nothing, and the user’s moves and removals where they did', () => {
    const local = edit(
      base,
      () => ({ type: 'moveToStage', key: a, stageId: 's2' }),
      () => ({ type: 'remove', key: c }),
    );
    const d = host('d', 'Added by someone else');
    const latest = plan(2, { s1: [d, a, b], s2: [c] });
    const { draft, dropped } = reapply(local, latest);
    expect(ids(draft)).toEqual({ s1: ['d', 'b'], s2: ['a'] });
    expect(draft.base).toBe(latest);
    expect(dropped).toEqual([]);
    expect(isDirty(draft)).toBe(true);
  });

  it('puts an added activity after the same neighbour it follows locally, if the latest plan still has it', () => {
    const local = edit(base, () => ({ type: 'add', stageId: 's1', activity: host('new') }));
    const latest = plan(2, { s1: [host('z'), a, b], s2: [c] });
    expect(ids(reapply(local, latest).draft)).toEqual({ s1: ['z', 'a', 'b', 'new'], s2: ['c'] });
    // Its neighbour gone: it goes first.
    expect(ids(reapply(local, plan(2, { s1: [], s2: [c] })).draft)).toEqual({ s1: ['new'], s2: ['c'] });
  });

  it('keeps the user’s edit of an activity someone else changed or deleted', () => {
    const edited = host('b', 'Edited locally');
    const local = edit(base, () => ({ type: 'replace', key: b, activity: edited }));
    const theirs = reapply(local, plan(2, { s1: [a, host('b', 'Edited by them')], s2: [c] })).draft;
    expect(find(theirs, 'b')).toEqual(edited);
    const deleted = reapply(local, plan(2, { s1: [a], s2: [c] })).draft;
    expect(ids(deleted)).toEqual({ s1: ['a', 'b'], s2: ['c'] });
  });

  it('reports what it could not re-apply because the stage is gone, and keeps the rest', () => {
    const local = edit(base, () => ({ type: 'moveToStage', key: c, stageId: 's1' }), () => ({ type: 'move', key: b, offset: -1 }));
    const latestWithoutS1 = plan(2, { s2: [c] });
    const { draft, dropped } = reapply(local, latestWithoutS1);
    expect(dropped.map((d) => [d.activity.id, d.stageName])).toEqual([
      ['b', 'S1'],
      ['c', 'S1'],
    ]);
    expect(ids(draft)).toEqual({ s2: [] });
  });

  it('leaves activities without an id (unreadable ones) to the latest plan', () => {
    const broken: Activity = { type: 'send_assessment' };
    const withBroken = plan(1, { s1: [broken, a], s2: [] });
    const local = edit(withBroken, () => ({ type: 'move', key: a, offset: -1 }));
    const latest = plan(2, { s1: [broken, a], s2: [] });
    expect(reapply(local, latest).draft.stages[0]!.activities).toEqual([a, broken]);
  });
});

describe('planDraftReducer', () => {
  it('is clean again when a move is undone, and after a save takes the server’s stages unless edited meanwhile', () => {
    const a = host('a');
    const b = host('b');
    const base = plan(1, { s1: [a, b] });
    const moved = edit(base, () => ({ type: 'move', key: b, offset: -1 }));
    expect(isDirty(moved)).toBe(true);
    expect(isDirty(planDraftReducer(moved, { type: 'move', key: b, offset: 1 }))).toBe(false);

    const saved = plan(2, { s1: [b, a] });
    expect(planDraftReducer(moved, { type: 'saved', plan: saved, submitted: moved.stages })).toMatchObject({ base: saved, stages: saved.stages });
    const editedMeanwhile = planDraftReducer(moved, { type: 'remove', key: a });
    const after = planDraftReducer(editedMeanwhile, { type: 'saved', plan: saved, submitted: moved.stages });
    expect(after.base).toBe(saved);
    expect(ids(after)).toEqual({ s1: ['b'] });
  });
});
