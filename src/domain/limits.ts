// Lengths the forms check as the user types, apart from the schemas that also enforce them: a component that only
// needs the number doesn't pull the module-level schemas a bundler must keep.
/** The longest message a recruiter may add to the invitation. */
export const SEND_MESSAGE_MAX_LENGTH = 1000;
/** The longest interview title. */
export const LIVE_INTERVIEW_TITLE_MAX_LENGTH = 200;
