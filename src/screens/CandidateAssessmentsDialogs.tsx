import { lazy } from 'react';
import type { ScheduleLiveInterviewDialogProps } from '../components/live-interview/ScheduleLiveInterviewDialog';
import type { SendAssessmentDialogProps } from '../components/send-assessment/SendAssessmentDialog';
import { LazyBoundary } from '../ui/LazyBoundary';
import type { CommonText } from '../ui/text';

/** One request for a chunk, shared by its preload and its dialog; a chunk that didn't arrive stays failed until a reload (as `lazy` keeps it). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}
/**
 * The Send dialog (its form, pickers and schemas are most of this tab's weight) loads on first use: most visits to
 * a profile never send. A host's bundler puts it in its own chunk; once loaded, it stays.
 */
const loadSendDialog = once(() => import('../components/send-assessment/SendAssessmentDialog'));
const SendAssessmentDialog = lazy(() => loadSendDialog().then((module) => ({ default: module.SendAssessmentDialog })));
/** Scheduling a live interview, likewise. */
const ScheduleLiveInterviewDialog = lazy(() =>
  import('../components/live-interview/ScheduleLiveInterviewDialog').then((module) => ({ default: module.ScheduleLiveInterviewDialog })),
);

/**
 * Starts loading the Send dialog's code before the click (a plan-created assessment waits to be sent), so the click
 * doesn't wait for the chunk on a slow network. A chunk that fails is said by the dialog's boundary when it opens.
 * Not on the buttons' focus: a load finishing while the button had focus lost React 18's focus return on close.
 */
export function preloadSendDialog() {
  loadSendDialog().catch(() => undefined);
}

interface LoadWords {
  /** Said where the dialog would open when its code didn't arrive. */
  failedTitle: string;
  common: CommonText;
}

export function LazySendDialog({ failedTitle, common, ...props }: SendAssessmentDialogProps & LoadWords) {
  return (
    <LazyBoundary failedTitle={failedTitle} failedMessage={common.errors.network}>
      <SendAssessmentDialog {...props} />
    </LazyBoundary>
  );
}

export function LazyScheduleDialog({ failedTitle, common, ...props }: ScheduleLiveInterviewDialogProps & LoadWords) {
  return (
    <LazyBoundary failedTitle={failedTitle} failedMessage={common.errors.network}>
      <ScheduleLiveInterviewDialog {...props} />
    </LazyBoundary>
  );
}
