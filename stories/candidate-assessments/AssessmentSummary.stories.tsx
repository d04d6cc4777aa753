import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, within } from 'storybook/test';
import { AssessmentSummary } from '../../src/components/candidate-assessments';
import { createSeed, mockIds } from '../../src/mock';
import { deLocale, deText } from '../../src/locales/de';

const seed = createSeed();
const assessmentsOf = (candidateId: string) => seed.assessments.filter((a) => a.candidateId === candidateId);

const meta = {
  title: 'Candidates/AssessmentSummary',
  component: AssessmentSummary,
  args: { assessments: assessmentsOf(mockIds.candidateWithEveryStatus) },
} satisfies Meta<typeof AssessmentSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

const tableStyle: CSSProperties = { borderCollapse: 'collapse', width: '100%', maxWidth: 900, fontSize: 14 };
const cellStyle: CSSProperties = { padding: '8px 12px', borderBottom: '1px solid var(--story-border)', textAlign: 'start' };

/**
 * A pipeline table of the host's own markup: one summary per row, from the assessments the host's list already
 * loaded. The latest assessment's badge (with score or expiry), and how many others there are.
 */
function CandidateTable() {
  return (
    <table style={tableStyle}>
      <caption style={{ ...cellStyle, fontWeight: 600, borderBottom: 0 }}>Candidates, Senior Frontend Engineer</caption>
      <thead>
        <tr>
          <th style={cellStyle} scope="col">
            Candidate
          </th>
          <th style={cellStyle} scope="col">
            Assessment
          </th>
        </tr>
      </thead>
      <tbody>
        {seed.candidates.slice(0, 12).map((candidate) => (
          <tr key={candidate.id}>
            <th style={{ ...cellStyle, fontWeight: 500 }} scope="row">
              {candidate.name}
            </th>
            <td style={cellStyle}>
              <AssessmentSummary assessments={assessmentsOf(candidate.id)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The latest of seven assessments (a plan activity waiting to be sent), and "+6". */
export const Single: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Status: Not sent, Ready to send')).toBeInTheDocument();
    await expect(canvas.getByText('+6')).toBeVisible();
    await expect(canvas.getByText('and 6 more assessments')).toBeInTheDocument();
  },
};

export const InATableOfCandidates: Story = {
  render: () => <CandidateTable />,
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Candidates, Senior Frontend Engineer' });
    const rows = within(table).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(12);
    const row = (name: string) => rows.find((r) => within(r).queryByRole('rowheader', { name }))!;
    const completedOnly = seed.candidates.find((c) => c.id === mockIds.candidateWithCompletedAssessment)!.name;
    await expect(within(row(completedOnly)).getByText('Status: Completed, 22 Oct, 64 out of 100')).toBeInTheDocument();
    const none = seed.candidates.find((c) => c.id === mockIds.candidateWithNoAssessments)!.name;
    await expect(within(row(none)).getByText('No assessments')).toBeVisible();
    // The status badges start at one edge in every row, whatever the length of the test's title before them.
    const badgeStarts = new Set(Array.from(table.querySelectorAll('.ak-assessment-summary .ak-badge'), (badge) => Math.round(badge.getBoundingClientRect().left)));
    await expect(badgeStarts.size).toBe(1);
  },
};

export const German: Story = {
  parameters: { kitProvider: { locale: deLocale, text: deText } },
  render: () => <CandidateTable />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('Keine Assessments').length).toBeGreaterThan(0);
    await expect(canvas.getByText('und 6 weitere Assessments')).toBeInTheDocument();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => <CandidateTable />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-ak-theme="dark"]')).not.toBeNull();
  },
};
