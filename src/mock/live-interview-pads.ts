import type { Assessment, LiveInterviewDetails, Reviewer, ScorecardChoice } from '../domain';
import { buildAssessment } from './builders';
import type { Prng } from './prng';

/**
 * How each mock vendor's live pads look: CodeInterview's `POST /1/pads/new` answers one `url` that the candidate and
 * the interviewers share; SkillForge's rooms give the interviewers a link of their own. A vendor not listed here
 * has no live pads.
 */
const padVendors: Record<string, (padId: string, prng: Prng) => Pick<LiveInterviewDetails, 'candidateUrl' | 'interviewerUrl'>> = {
  codeinterview: (padId) => ({ candidateUrl: `https://app.codeinterview.io/pads/${padId}`, interviewerUrl: null }),
  skillforge: (padId, prng) => ({
    candidateUrl: `https://rooms.skillforge.example.com/${padId}`,
    interviewerUrl: `https://rooms.skillforge.example.com/${padId}/host?token=${prng.hex(24)}`,
  }),
};

/** Where each mock vendor keeps a pad's replay once it ended. */
export const mockPlaybackBaseUrls: Record<string, string> = {
  codeinterview: 'https://app.codeinterview.io/playback',
  skillforge: 'https://rooms.skillforge.example.com/replays',
};

export interface NewLiveInterview {
  id: string;
  candidateId: string;
  providerId: string;
  title: string;
  interviewers: Reviewer[];
  scorecard: ScorecardChoice | null;
  scheduledAt: string | null;
  /** When it was created, and by whom (for the history). */
  at: string;
  by: string;
}

/** The record of a pad the vendor just opened: Scheduled (`sent`), with its links, nothing emailed yet. */
export function buildLiveInterview(spec: NewLiveInterview, prng: Prng): Assessment {
  const padId = prng.hex(12);
  const links = padVendors[spec.providerId]?.(padId, prng) ?? { candidateUrl: null, interviewerUrl: null };
  return buildAssessment({
    id: spec.id,
    candidateId: spec.candidateId,
    providerId: spec.providerId,
    kind: 'live_interview',
    testId: padId,
    testTitle: spec.title,
    status: 'sent',
    reviewers: spec.interviewers,
    scorecard: spec.scorecard,
    interview: { scheduledAt: spec.scheduledAt, ...links, playbackUrl: null },
    history: [{ status: 'sent', at: spec.at, note: `Scheduled by ${spec.by}` }],
  });
}
