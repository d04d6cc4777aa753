import type { Assessment, Candidate } from '../domain';
import { buildAssessment } from './builders';
import type { MockDb } from './db';
import { buildLiveInterview, mockPlaybackBaseUrls } from './live-interview-pads';
import { createPrng } from './prng';

/**
 * Live interviews in the seed: a candidate whose list holds an interview in each state beside a take-home test.
 * Made with a PRNG of its own and added last, so the rest of the seed stays as it was.
 */
export const liveInterviewFixtureIds = {
  /** Sam Rivera (Senior Frontend Engineer, Onsite): the interviews below and one completed test. */
  candidate: 'cand-32',
  /** SkillForge, in two days, its own link for the interviewers; the candidate's link not sent yet. */
  scheduled: 'live-32-scheduled',
  /** CodeInterview, tomorrow, one shared link, already emailed to the candidate. */
  linkSent: 'live-32-link-sent',
  /** CodeInterview, joined an hour ago. */
  inProgress: 'live-32-in-progress',
  /** CodeInterview, ended yesterday with a playback link; every interviewer's feedback is due. */
  ended: 'live-32-ended',
  /** SkillForge, ended four days ago without a playback link. */
  endedWithoutPlayback: 'live-32-ended-no-playback',
  /** CodeInterview, cancelled before its time. */
  cancelled: 'live-32-cancelled',
  /** A take-home test among the interviews. */
  test: 'asmt-32-test',
} as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Adds the live-interview candidate with their interviews and a test. */
export function seedLiveInterviews(db: MockDb, nowIso: string): MockDb {
  const prng = createPrng(321);
  const nowMs = Date.parse(nowIso);
  const iso = (ms: number) => new Date(ms).toISOString();
  const ids = liveInterviewFixtureIds;
  const people = (...reviewerIds: string[]) => reviewerIds.map((id) => db.reviewers.find((r) => r.id === id)!);
  const candidate: Candidate = {
    id: ids.candidate,
    name: 'Sam Rivera',
    email: 'sam.rivera@mail.example.com',
    jobId: 'job-frontend',
    jobTitle: 'Senior Frontend Engineer',
    stageId: 'stage-fe-onsite',
  };

  /** A pad created `createdAgo` before now, then moved through `steps`. */
  const interview = (
    id: string,
    providerId: string,
    title: string,
    createdAgo: number,
    scheduledIn: number | null,
    steps: (record: Assessment) => void = () => undefined,
  ) => {
    const created = nowMs - createdAgo;
    const record = buildLiveInterview(
      {
        id,
        candidateId: ids.candidate,
        providerId,
        title,
        interviewers: people('rev-7', 'rev-13'),
        scorecard: { kind: 'template', templateId: 'tpl-pairing-debrief' },
        scheduledAt: scheduledIn === null ? null : iso(nowMs + scheduledIn),
        at: iso(created),
        by: 'Dana Ruiz',
      },
      prng,
    );
    steps(record);
    record.revision = record.history.length;
    return record;
  };
  const linkSent = (record: Assessment, at: number) => {
    Object.assign(record, { sentAt: iso(at), sentBy: 'Dana Ruiz' });
    record.history.push({ status: record.status, at: iso(at), note: 'Link sent to the candidate by Dana Ruiz' });
  };
  const start = (record: Assessment, at: number) => {
    Object.assign(record, { status: 'in_progress', vendorStatus: 'started', startedAt: iso(at) });
    record.history.push({ status: 'in_progress', at: iso(at), note: 'Vendor webhook' });
  };
  const end = (record: Assessment, at: number, playback: boolean) => {
    Object.assign(record, { status: 'completed', vendorStatus: 'ended', completedAt: iso(at) });
    record.interview!.playbackUrl = playback ? `${mockPlaybackBaseUrls[record.providerId]}/${prng.hex(16)}` : null;
    record.feedback = record.reviewers.map((reviewer) => ({ reviewerId: reviewer.id, state: 'due', submittedAt: null }));
    record.history.push({ status: 'completed', at: iso(at), note: 'Vendor webhook' });
  };

  const interviews = [
    interview(ids.scheduled, 'skillforge', 'Sam Rivera · Senior Frontend Engineer', 2 * HOUR, 2 * DAY),
    interview(ids.linkSent, 'codeinterview', 'Pairing: build a date picker', 1 * DAY, 1 * DAY, (r) => linkSent(r, nowMs - 20 * HOUR)),
    interview(ids.inProgress, 'codeinterview', 'Live debugging session', 3 * DAY, null, (r) => {
      linkSent(r, nowMs - 3 * DAY + 10 * 60_000);
      start(r, nowMs - 1 * HOUR);
    }),
    interview(ids.ended, 'codeinterview', 'Frontend pairing interview', 5 * DAY, null, (r) => {
      linkSent(r, nowMs - 5 * DAY + 15 * 60_000);
      start(r, nowMs - 1 * DAY - 90 * 60_000);
      end(r, nowMs - 1 * DAY, true);
    }),
    interview(ids.endedWithoutPlayback, 'skillforge', 'System design conversation', 8 * DAY, null, (r) => {
      linkSent(r, nowMs - 8 * DAY + 30 * 60_000);
      start(r, nowMs - 4 * DAY - HOUR);
      end(r, nowMs - 4 * DAY, false);
    }),
    interview(ids.cancelled, 'codeinterview', 'Accessibility deep dive', 10 * DAY, null, (r) => {
      Object.assign(r, { status: 'cancelled' });
      r.history.push({ status: 'cancelled', at: iso(nowMs - 9 * DAY), note: 'Cancelled by Dana Ruiz: Candidate asked to reschedule' });
    }),
  ];

  // A completed take-home, so the list shows tests and interviews together, newest first.
  const test = db.testsByProvider.codeinterview![0]!;
  const sent = nowMs - 6 * DAY;
  const completed = sent + 30 * HOUR;
  const takeHome = buildAssessment({
    id: ids.test,
    candidateId: ids.candidate,
    providerId: test.providerId,
    testId: test.id,
    testTitle: test.title,
    status: 'completed',
    vendorStatus: 'completed',
    sentBy: 'Dana Ruiz',
    reviewers: people('rev-1'),
    scorecard: { kind: 'template', templateId: 'tpl-frontend-takehome' },
    sentAt: iso(sent),
    startedAt: iso(sent + 28 * HOUR),
    completedAt: iso(completed),
    expiresAt: iso(sent + 7 * DAY),
    score: { got: 77, total: 100 },
    timeTakenSeconds: 2 * 3600,
    reportUrl: `https://app.codeinterview.io/reports/${prng.hex(16)}`,
    feedback: [{ reviewerId: 'rev-1', state: 'due', submittedAt: null }],
    revision: 3,
    history: [
      { status: 'sent', at: iso(sent), note: 'Sent by Dana Ruiz' },
      { status: 'in_progress', at: iso(sent + 28 * HOUR), note: 'Vendor webhook' },
      { status: 'completed', at: iso(completed), note: 'Vendor webhook' },
    ],
  });

  return { ...db, candidates: [...db.candidates, candidate], assessments: [...db.assessments, ...interviews, takeHome] };
}
