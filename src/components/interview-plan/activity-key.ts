import type { Activity } from '../../domain/interview-plan';

/** Stable React keys for activities, which may lack an id (an unreadable one). Edited copies keep their key by id. */
const generatedKeys = new WeakMap<object, string>();
let nextKey = 0;
export function keyOf(activity: Activity): string {
  if (typeof activity.id === 'string') return `id:${activity.id}`;
  let key = generatedKeys.get(activity);
  if (!key) {
    nextKey += 1;
    key = `unreadable:${nextKey}`;
    generatedKeys.set(activity, key);
  }
  return key;
}
