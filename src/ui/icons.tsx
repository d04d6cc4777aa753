/**
 * Icons from Lucide (ISC licence, lucide.dev), inlined so the kit carries no icon dependency and each
 * component bundles only the icons it uses. Each is one path (Lucide's circles and rects as arcs): one element to
 * render, and fewer bytes. Decorative by default (aria-hidden): text always says the same.
 */
import type { SVGProps } from 'react';

/** Sized by CSS (`.ak-icon`: 1em, so the icon follows the text); width and height are for a page without the stylesheet. */
export type IconProps = SVGProps<SVGSVGElement>;

/** `directional`: the icon points along the reading direction (a chevron, a paper plane), so CSS mirrors it in RTL. */
function createIcon(displayName: string, d: string, directional = false) {
  function Icon(props: IconProps) {
    return (
      // The stroke's width, caps and joins come from `.ak-icon`; these attributes keep an icon legible without it.
      <svg
        width="1em"
        height="1em"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        aria-hidden="true"
        className="ak-icon"
        data-directional={directional || undefined}
        {...props}
      >
        <path d={d} />
      </svg>
    );
  }
  Icon.displayName = displayName;
  return Icon;
}

export const CheckIcon = /* @__PURE__ */ createIcon('CheckIcon', 'M20 6 9 17l-5-5');
export const XIcon = /* @__PURE__ */ createIcon('XIcon', 'M18 6 6 18M6 6l12 12');
export const CircleCheckIcon = /* @__PURE__ */ createIcon('CircleCheckIcon', 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0M9 12l2 2 4-4');
export const CircleDashedIcon = /* @__PURE__ */ createIcon('CircleDashedIcon', 'M10.1 2.182a10 10 0 0 1 3.8 0M13.9 21.818a10 10 0 0 1-3.8 0M17.609 3.721a10 10 0 0 1 2.69 2.7M2.182 13.9a10 10 0 0 1 0-3.8M20.279 17.609a10 10 0 0 1-2.7 2.69M21.818 10.1a10 10 0 0 1 0 3.8M3.721 6.391a10 10 0 0 1 2.7-2.69M6.391 20.279a10 10 0 0 1-2.69-2.7');
export const SendIcon = /* @__PURE__ */ createIcon('SendIcon', 'M14.536 21.686a.5.5 0 0 0 .937-.024l6.5-19a.496.496 0 0 0-.635-.635l-19 6.5a.5.5 0 0 0-.024.937l7.93 3.18a2 2 0 0 1 1.112 1.11zM21.854 2.147l-10.94 10.939', true);
export const CirclePlayIcon = /* @__PURE__ */ createIcon('CirclePlayIcon', 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0M10 8l6 4-6 4z');
export const HourglassIcon = /* @__PURE__ */ createIcon('HourglassIcon', 'M5 22h14M5 2h14M17 22v-4.172a2 2 0 0 0-.586-1.414L12 12l-4.414 4.414A2 2 0 0 0 7 17.828V22M7 2v4.172a2 2 0 0 0 .586 1.414L12 12l4.414-4.414A2 2 0 0 0 17 6.172V2');
export const BanIcon = /* @__PURE__ */ createIcon('BanIcon', 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0M4.9 4.9l14.2 14.2');
export const TriangleAlertIcon = /* @__PURE__ */ createIcon('TriangleAlertIcon', 'M21.73 18l-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3M12 9v4M12 17h.01');
export const CircleAlertIcon = /* @__PURE__ */ createIcon('CircleAlertIcon', 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0M12 8v4M12 16h.01');
export const CircleHelpIcon = /* @__PURE__ */ createIcon('CircleHelpIcon', 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3M12 17h.01');
export const PencilIcon = /* @__PURE__ */ createIcon('PencilIcon', 'M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497zM15 5l4 4');
export const InfoIcon = /* @__PURE__ */ createIcon('InfoIcon', 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0M12 16v-4M12 8h.01');
export const CopyIcon = /* @__PURE__ */ createIcon('CopyIcon', 'M10 8h10a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2v-10a2 2 0 0 1 2 -2zM4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2');
export const EyeIcon = /* @__PURE__ */ createIcon('EyeIcon', 'M2.062 12.348a1 1 0 0 1 0-.696 10.75 10.75 0 0 1 19.876 0 1 1 0 0 1 0 .696 10.75 10.75 0 0 1-19.876 0M9 12a3 3 0 1 0 6 0a3 3 0 1 0 -6 0');
export const EyeOffIcon = /* @__PURE__ */ createIcon('EyeOffIcon', 'M10.733 5.076a10.744 10.744 0 0 1 11.205 6.575 1 1 0 0 1 0 .696 10.747 10.747 0 0 1-1.444 2.49M14.084 14.158a3 3 0 0 1-4.242-4.242M17.479 17.499a10.75 10.75 0 0 1-15.417-5.151 1 1 0 0 1 0-.696 10.75 10.75 0 0 1 4.446-5.143M2 2l20 20');
export const ExternalLinkIcon = /* @__PURE__ */ createIcon('ExternalLinkIcon', 'M15 3h6v6M10 14 21 3M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6');
export const RefreshIcon = /* @__PURE__ */ createIcon('RefreshIcon', 'M3 12a9 9 0 0 1 9-9 9.75 9.75 0 0 1 6.74 2.74L21 8M21 3v5h-5M21 12a9 9 0 0 1-9 9 9.75 9.75 0 0 1-6.74-2.74L3 16M8 16H3v5');
export const KeyIcon = /* @__PURE__ */ createIcon('KeyIcon', 'M2.586 17.414A2 2 0 0 0 2 18.828V21a1 1 0 0 0 1 1h3a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h1a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h.172a2 2 0 0 0 1.414-.586l.814-.814a6.5 6.5 0 1 0-4-4zM16 7.5a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0');
export const UnplugIcon = /* @__PURE__ */ createIcon('UnplugIcon', 'M19 5l3-3M2 22l3-3M6.3 20.3a2.4 2.4 0 0 0 3.4 0L12 18l-6-6-2.3 2.3a2.4 2.4 0 0 0 0 3.4ZM7.5 13.5 10 11M10.5 16.5 13 14M12 6l6 6 2.3-2.3a2.4 2.4 0 0 0 0-3.4l-2.6-2.6a2.4 2.4 0 0 0-3.4 0Z');
export const WebhookIcon = /* @__PURE__ */ createIcon('WebhookIcon', 'M18 16.98h-5.99c-1.1 0-1.95.94-2.48 1.9A4 4 0 0 1 2 17c.01-.7.2-1.4.57-2M6 17l3.13-5.78c.53-.97.1-2.18-.5-3.1a4 4 0 1 1 6.89-4.06M12 6l3.13 5.73C15.66 12.7 16.9 13 18 13a4 4 0 0 1 0 8');
export const RadioIcon = /* @__PURE__ */ createIcon('RadioIcon', 'M4.9 19.1C1 15.2 1 8.8 4.9 4.9M7.8 16.2c-2.3-2.3-2.3-6.1 0-8.5M10 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M16.2 7.8c2.3 2.3 2.3 6.1 0 8.5M19.1 4.9C23 8.8 23 15.1 19.1 19');
export const ChevronDownIcon = /* @__PURE__ */ createIcon('ChevronDownIcon', 'M6 9l6 6 6-6');
export const ChevronRightIcon = /* @__PURE__ */ createIcon('ChevronRightIcon', 'M9 18l6-6-6-6', true);
export const SearchIcon = /* @__PURE__ */ createIcon('SearchIcon', 'M3 11a8 8 0 1 0 16 0a8 8 0 1 0 -16 0M21 21l-4.3-4.3');
export const PlusIcon = /* @__PURE__ */ createIcon('PlusIcon', 'M5 12h14M12 5v14');
export const TrashIcon = /* @__PURE__ */ createIcon('TrashIcon', 'M3 6h18M19 6v14c0 1-1 2-2 2H7c-1 0-2-1-2-2V6M8 6V4c0-1 1-2 2-2h4c1 0 2 1 2 2v2');
export const LockIcon = /* @__PURE__ */ createIcon('LockIcon', 'M5 11h14a2 2 0 0 1 2 2v7a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-7a2 2 0 0 1 2 -2zM7 11V7a5 5 0 0 1 10 0v4');
export const SpinnerIcon = /* @__PURE__ */ createIcon('SpinnerIcon', 'M21 12a9 9 0 1 1-6.219-8.56');
export const UsersIcon = /* @__PURE__ */ createIcon('UsersIcon', 'M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M5 7a4 4 0 1 0 8 0a4 4 0 1 0 -8 0M22 21v-2a4 4 0 0 0-3-3.87M16 3.13a4 4 0 0 1 0 7.75');
export const ClipboardListIcon = /* @__PURE__ */ createIcon('ClipboardListIcon', 'M9 2h6a1 1 0 0 1 1 1v2a1 1 0 0 1 -1 1h-6a1 1 0 0 1 -1 -1v-2a1 1 0 0 1 1 -1zM16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2M12 11h4M12 16h4M8 11h.01M8 16h.01');
export const CodeIcon = /* @__PURE__ */ createIcon('CodeIcon', 'M16 18l6-6-6-6M8 6l-6 6 6 6');
export const ClockIcon = /* @__PURE__ */ createIcon('ClockIcon', 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0M12 6v6l4 2');
export const ArrowUpIcon = /* @__PURE__ */ createIcon('ArrowUpIcon', 'M5 12l7-7 7 7M12 19V5');
export const ArrowDownIcon = /* @__PURE__ */ createIcon('ArrowDownIcon', 'M12 5v14M19 12l-7 7-7-7');
export const ArrowRightLeftIcon = /* @__PURE__ */ createIcon('ArrowRightLeftIcon', 'M16 3l4 4-4 4M20 7H4M8 21l-4-4 4-4M4 17h16');
export const ArchiveIcon = /* @__PURE__ */ createIcon('ArchiveIcon', 'M3 3h18a1 1 0 0 1 1 1v3a1 1 0 0 1 -1 1h-18a1 1 0 0 1 -1 -1v-3a1 1 0 0 1 1 -1zM4 8v11a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8M10 12h4');
export const CalendarIcon = /* @__PURE__ */ createIcon('CalendarIcon', 'M8 2v4M16 2v4M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-14a2 2 0 0 1 2 -2zM3 10h18');
export const StarIcon = /* @__PURE__ */ createIcon('StarIcon', 'M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z');
export const CalendarClockIcon = /* @__PURE__ */ createIcon('CalendarClockIcon', 'M16 14v2.2l1.6 1M16 2v4M21 7.5V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h3.5M3 10h5M8 2v4M10 16a6 6 0 1 0 12 0a6 6 0 1 0 -12 0');
export const TimerOffIcon = /* @__PURE__ */ createIcon('TimerOffIcon', 'M10 2h4M4.6 11a8 8 0 0 0 1.7 8.7 8 8 0 0 0 8.7 1.7M7.4 7.4a8 8 0 0 1 10.3 1 8 8 0 0 1 .9 10.2M2 2l20 20M12 12v-2');
export const MailIcon = /* @__PURE__ */ createIcon('MailIcon', 'M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1 -2 2h-16a2 2 0 0 1 -2 -2v-12a2 2 0 0 1 2 -2zM22 7l-8.991 5.727a2 2 0 0 1-2.009 0L2 7');
export const FileTextIcon = /* @__PURE__ */ createIcon('FileTextIcon', 'M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7zM14 2v4a2 2 0 0 0 2 2h4M10 9H8M16 13H8M16 17H8');
export const VideoIcon = /* @__PURE__ */ createIcon('VideoIcon', 'M16 13l5.223 3.482a.5.5 0 0 0 .777-.416V7.87a.5.5 0 0 0-.752-.432L16 10.5M4 6h10a2 2 0 0 1 2 2v8a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2v-8a2 2 0 0 1 2 -2z');
