import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { useState, type ReactNode } from 'react';
import { AssessmentSummary } from '../../src/components/candidate-assessments';
import { CandidateAssessments } from '../../src/screens/CandidateAssessments';
import { statusBadgeText } from '../../src/ui/status-badge';
import { useCandidateAssessments } from '../../src/data/hooks/use-assessments';
import { useProviders } from '../../src/data/hooks/use-integrations';
import type { Assessment, LifecycleStatus } from '../../src/domain';
import { buildAssessment } from '../../src/mock';
import { MOCK_API_BASE_URL } from '../support/mock-server';

/**
 * The pages `npm run bench` times (scripts/bench/candidate-assessments.mjs): a candidate with 200 assessments and a
 * table of 5,000 AssessmentSummary rows, each against the same content with plain `<span>` badges. Data is loaded
 * first; the "Render" button mounts the list, so the timing is rendering alone. No play functions: the benchmark
 * opens them cold (the components' behaviour is asserted by their own stories).
 */
const meta = {
  title: 'Candidates/Benchmarks',
  // Measurement pages: axe runs after a story renders and would be timed with it (5,000 rows take it seconds). The
  // components' accessibility is asserted, axe included, by their own stories.
  parameters: { layout: 'padded', a11y: { test: 'off' } },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const CANDIDATE = 'cand-bench';
const statuses: LifecycleStatus[] = ['sent', 'in_progress', 'completed', 'completed', 'expired', 'cancelled', 'failed', 'not_sent'];
const start = Date.parse('2026-01-05T09:00:00Z');
const day = 86_400_000;

/** A realistic spread of statuses, each with the fields its card shows. */
function benchAssessment(index: number, candidateId: string): Assessment {
  const status = statuses[index % statuses.length]!;
  const sentAt = new Date(start + index * 3_600_000).toISOString();
  const completed = status === 'completed';
  return buildAssessment({
    id: `bench-${candidateId}-${index}`,
    candidateId,
    testTitle: `Backend (Go) — Take-home ${index + 1}`,
    status,
    source: index % 3 === 0 ? 'plan' : 'ad_hoc',
    stageName: index % 3 === 0 ? 'Technical Assessment' : null,
    sentBy: status === 'not_sent' ? null : 'Dana Ruiz',
    sentAt: status === 'not_sent' ? null : sentAt,
    expiresAt: status === 'not_sent' ? null : new Date(start + index * 3_600_000 + 7 * day).toISOString(),
    completedAt: completed ? new Date(start + index * 3_600_000 + day).toISOString() : null,
    score: completed ? { got: 40 + (index % 60), total: 100 } : null,
    timeTakenSeconds: completed ? 3600 + index * 7 : null,
    reportUrl: completed ? `https://app.codeinterview.io/reports/${index}` : null,
    reviewers: [
      { id: 'rev-1', name: 'Mateo Rossi', email: 'mateo@acme.example.com', title: null, avatarUrl: null },
      { id: 'rev-2', name: 'Tomás Herrera', email: 'tomas@acme.example.com', title: null, avatarUrl: null },
    ],
    feedback: completed ? [{ reviewerId: 'rev-1', state: 'submitted', submittedAt: sentAt }, { reviewerId: 'rev-2', state: 'due', submittedAt: null }] : [],
    failureReason: status === 'failed' ? 'The invitation email bounced.' : null,
    history: [{ status: 'sent', at: sentAt, note: 'Sent by Dana Ruiz' }],
  });
}

const twoHundred = Array.from({ length: 200 }, (_, index) => benchAssessment(index, CANDIDATE));
/** 5,000 candidates, one to three assessments each. */
const rows = Array.from({ length: 5000 }, (_, row) => ({
  name: `Candidate ${row + 1}`,
  assessments: Array.from({ length: 1 + (row % 3) }, (_, index) => benchAssessment(row * 3 + index, `c-${row}`)),
}));

/** Loads first (ready when the data is in), then mounts `children` on "Render". */
function RenderOnClick({ ready, children }: { ready: boolean; children: ReactNode }) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <button type="button" className="story-button" data-primary="" disabled={!ready} onClick={() => setShown(true)}>
        Render
      </button>
      {shown ? children : null}
    </>
  );
}

/** The kit's tab with 200 assessments (data fetched through the HTTP adapter before "Render"). */
function TabBench() {
  const assessments = useCandidateAssessments(CANDIDATE);
  const providers = useProviders();
  return (
    <RenderOnClick ready={assessments.isSuccess && providers.isSuccess}>
      <CandidateAssessments candidateId={CANDIDATE} />
    </RenderOnClick>
  );
}

export const CandidateWith200: Story = {
  beforeEach({ msw }) {
    msw.use(http.get(`${MOCK_API_BASE_URL}/candidates/${CANDIDATE}/assessments`, () => HttpResponse.json({ assessments: twoHundred })));
  },
  render: () => <TabBench />,
};

/** The same 200 assessments as plain list items: title, a `<span>` status word, sender. */
export const PlainListOf200: Story = {
  render: () => (
    <RenderOnClick ready>
      <ul aria-label="Assessments">
        {twoHundred.map((assessment) => (
          <li key={assessment.id}>
            <h3>{assessment.testTitle}</h3>
            <span>{statusBadgeText.labels[assessment.status]}</span> <span>{assessment.sentBy}</span>
          </li>
        ))}
      </ul>
    </RenderOnClick>
  ),
};

function Table({ cell }: { cell: (assessments: Assessment[]) => ReactNode }) {
  return (
    <table>
      <caption>Candidates</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            <td>{cell(row.assessments)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const SummaryTable5000: Story = {
  render: () => (
    <RenderOnClick ready>
      <Table cell={(assessments) => <AssessmentSummary assessments={assessments} />} />
    </RenderOnClick>
  ),
};

export const PlainTable5000: Story = {
  render: () => (
    <RenderOnClick ready>
      <Table
        cell={(assessments) => (
          <>
            {assessments[0]!.testTitle} <span>{statusBadgeText.labels[assessments[0]!.status]}</span>
            {assessments.length > 1 ? ` +${assessments.length - 1}` : null}
          </>
        )}
      />
    </RenderOnClick>
  ),
};
