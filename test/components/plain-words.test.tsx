import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InterviewPlanEditor } from '../../src/components/interview-plan';
import { buildAssessment, mockIds } from '../../src/mock';
import { ManageIntegrationDialog } from '../../src/screens/ManageIntegrationDialog';
import { ResultSummary } from '../../src/ui/assessment-item/ResultSummary';
import { useItemFormat } from '../../src/ui/assessment-item/format';
import { assessmentItemText } from '../../src/ui/assessment-item/text';
import { Alert } from '../../src/ui/Alert';
import { AssessmentStatusBadge } from '../../src/ui/status-badge';
import { mockServer, renderWithKit } from '../support/kit';

/**
 * What a person reads never carries the kit's raw data: an enum, an id or a status word pasted into a sentence,
 * or a zero shown as a result (issue 20, point 3).
 */
describe('no raw data on screen', () => {
  it('names a host activity by its kind, and one it doesn’t know neutrally, never by its raw type', async () => {
    // A type the kit has no name for, as a host may add any.
    mockServer.mock.host.editPlan(mockIds.jobWithTwoProviders, (plan) => {
      plan.stages[4]!.activities.push({ id: 'act-host-check', type: 'background_check', title: 'Background check' });
    });
    renderWithKit(<InterviewPlanEditor jobId={mockIds.jobWithTwoProviders} />);
    await screen.findByRole('list', { name: 'Hiring stages' });
    expect(activityRow('Assessment instructions email')).toHaveTextContent('Email');
    expect(activityRow('Onsite loop')).toHaveTextContent('Interview');
    expect(activityRow('Background check')).toHaveTextContent('A step your ATS runs');
    expect(screen.queryByText(/of type|background_check/)).not.toBeInTheDocument();
  });

  it('says a time taken under a minute in words, and whole hours without “0 min”', async () => {
    const Summary = ({ seconds }: { seconds: number }) => (
      <ResultSummary
        assessment={buildAssessment({ id: `a-${seconds}`, candidateId: 'c', status: 'completed', timeTakenSeconds: seconds })}
        format={useItemFormat()}
        text={assessmentItemText.result}
      />
    );
    renderWithKit(
      <>
        <Summary seconds={20} />
        <Summary seconds={3_600} />
      </>,
    );
    expect(screen.getByText('Under a minute')).toBeVisible();
    expect(screen.getByText('1 h')).toBeVisible();
    expect(screen.queryByText(/\b0 min/)).not.toBeInTheDocument();
  });

  it('leaves out a vendor’s generic failure word (“Vendor: error”) and says what failed', () => {
    const failed = buildAssessment({ id: 'a-failed', candidateId: 'c', status: 'failed', vendorStatus: 'error', history: [] });
    renderWithKit(<AssessmentStatusBadge assessment={failed} showDetail />);
    expect(screen.getByText('Delivery failed')).toBeVisible();
    expect(screen.queryByText(/error/)).not.toBeInTheDocument();
  });

  it('titles Manage with the provider’s name, and a generic title while it loads, never its id', async () => {
    renderWithKit(<ManageIntegrationDialog providerId="skillforge" open />);
    expect(screen.getByRole('dialog', { name: 'Manage integration' })).toBeInTheDocument();
    expect(await screen.findByRole('dialog', { name: 'Manage SkillForge' })).toBeInTheDocument();
    expect(screen.queryByText(/Manage skillforge/)).not.toBeInTheDocument();
  });
});

describe('Alert', () => {
  it('is one anatomy in every tone: its icon, a title and the body; only a live one is heard as it appears', () => {
    renderWithKit(
      <>
        <Alert tone="danger" title="Sending failed">
          Check the address.
        </Alert>
        <Alert tone="danger" live={false} title="Cause: the test was archived">
          Fix the cause, then resend.
        </Alert>
      </>,
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent('Sending failedCheck the address.');
    const standing = screen.getByText('Cause: the test was archived').closest('.ak-alert')!;
    expect(standing).not.toHaveAttribute('role');
    expect(within(standing as HTMLElement).getByText('Fix the cause, then resend.')).toBeVisible();
  });
});

/** The plan row of an activity, by its title. */
function activityRow(title: string) {
  return screen.getByText(title).closest('li')!;
}

