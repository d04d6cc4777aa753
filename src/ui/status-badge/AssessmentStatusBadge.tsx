import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { AssessmentStatus } from '../../domain/assessment-status';
import { useFormatters } from '../../data/format';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import { useRootProps } from '../../data/root-props';
import type { TextOverrides } from '../../data/text';
import {
  BanIcon,
  CalendarClockIcon,
  CircleCheckIcon,
  CircleHelpIcon,
  CircleDashedIcon,
  CirclePlayIcon,
  ClockIcon,
  SendIcon,
  TimerOffIcon,
  TriangleAlertIcon,
} from '../icons';
import { Badge, type BadgeTone } from '../Badge';
import { describeStatusDetail, type AssessmentStatusSource } from './status-detail';
import { statusBadgeText, statusLabelOf } from './text';

/** Icon and tone per status: colour is never the only signal. (Pairs, not objects: this badge has a 3 KB budget.) */
const statusLooks: Record<AssessmentStatus, readonly [icon: typeof SendIcon, tone: BadgeTone]> = {
  not_sent: [CircleDashedIcon, 'neutral'],
  sent: [SendIcon, 'info'],
  in_progress: [CirclePlayIcon, 'progress'],
  completed: [CircleCheckIcon, 'success'],
  expired: [TimerOffIcon, 'warning'],
  cancelled: [BanIcon, 'neutral'],
  failed: [TriangleAlertIcon, 'danger'],
  unknown: [CircleHelpIcon, 'neutral'],
};

interface StatusBadgeOwnProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * With `assessment`: show the line derived from it beside the badge ("Expires in 3 days", "2 Nov · 82/100").
   * Default false, so dense lists stay quiet.
   */
  showDetail?: boolean;
  /** Your own detail beside the badge; replaces the derived one and shows without `showDetail`. */
  detail?: ReactNode;
  /** `sm` for dense tables, `md` (default) elsewhere. */
  size?: 'sm' | 'md';
  /** Text overrides for this badge (`{ statusBadge: {…} }`), over the provider's. */
  text?: TextOverrides;
}

export type AssessmentStatusBadgeProps = StatusBadgeOwnProps &
  (
    | {
        /** A lifecycle status, for the bare badge. */
        status: AssessmentStatus;
        assessment?: undefined;
      }
    | {
        /**
         * An assessment (or any object with its `status` and timestamps): the badge derives status and detail, in the
         * words of its `kind` (a live interview is Scheduled and Ended).
         */
        assessment: AssessmentStatusSource;
        status?: undefined;
      }
  );

/**
 * An assessment's status as a pill: an icon, a word and a tone, so colour is never the only signal, with an
 * optional detail beside it. Screen readers hear one phrase ("Status: Completed, 2 Nov, 82 out of 100"); it is not
 * a live region, so a list of badges stays silent as statuses change.
 */
export const AssessmentStatusBadge = forwardRef<HTMLSpanElement, AssessmentStatusBadgeProps>(function AssessmentStatusBadge(
  { status: statusProp, assessment, showDetail = false, detail, size = 'md', text: textProp, className, style, ...rest },
  ref,
) {
  const text = useKitText('statusBadge', statusBadgeText, textProp);
  const format = useFormatters();
  const { now } = useAssessmentKit('AssessmentStatusBadge');
  // Its own .ak-root: a badge in plain host markup (a table cell) is styled without any kit wrapper.
  const rootProps = useRootProps(className ? `ak-status-badge ${className}` : 'ak-status-badge', style);
  // `unknown` (a word parsing did not know) is neutral; a value outside the type (a JS caller) still renders its word.
  const status = (statusProp ?? assessment?.status) as AssessmentStatus;
  // A live interview reads Scheduled and Ended where a test reads Sent and Completed.
  const label = statusLabelOf(text, status, assessment?.kind);
  const [statusIcon, tone] = statusLooks[status] ?? statusLooks.unknown;
  // Scheduled is a date in the calendar, not an invitation on its way.
  const icon = status === 'sent' && assessment?.kind === 'live_interview' ? CalendarClockIcon : statusIcon;

  let shown: ReactNode = null;
  let spoken: string | null = null;
  let urgent = false;
  if (detail != null && detail !== false && detail !== '') {
    shown = detail;
    if (typeof detail === 'string' || typeof detail === 'number') spoken = String(detail);
  } else if (showDetail && assessment) {
    const derived = describeStatusDetail(assessment, text, format, now().getTime());
    if (derived) ({ visible: shown, spoken, urgent } = derived);
  }
  // Plain-text details are folded into the spoken phrase; custom markup is read as is, right after it.
  const markupDetail = shown !== null && spoken === null;

  return (
    <span
      ref={ref}
      {...rest}
      {...rootProps}
      data-status={status}
      data-size={size}
      data-urgent={urgent ? '' : undefined}
    >
      <Badge
        className="ak-status-badge__pill"
        tone={tone}
        icon={icon}
        dashed={status === 'not_sent'}
        size={size}
        label={label}
        spokenLabel={text.accessibleName(label, spoken)}
      />
      {shown !== null && (
        <span className="ak-status-badge__detail" aria-hidden={markupDetail ? undefined : true}>
          {urgent && <ClockIcon className="ak-icon ak-status-badge__urgent-icon" />}
          {shown}
        </span>
      )}
    </span>
  );
});
