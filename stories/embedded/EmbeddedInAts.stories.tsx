import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState, type KeyboardEvent } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AssessmentIntegrations, CandidateAssessments, InterviewPlanEditor } from '../../src';
import { mockIds } from '../../src/mock';
import './ats-shell.css';

const views = [
  { id: 'settings', label: 'Settings' },
  { id: 'jobs', label: 'Jobs' },
  { id: 'candidates', label: 'Candidates' },
] as const;
type View = (typeof views)[number]['id'];

const JOB = mockIds.jobWithTwoProviders;
const CANDIDATE = mockIds.liveInterviews.candidate;

/**
 * "Hireloop", a host ATS: its own header, tabs and pages (host markup, host CSS), with the kit's components where
 * the host wants them. The wiring a host writes is all here: a provider around the app (this Storybook's decorator),
 * one component per place, and `onRequestSetup` routing a recruiter or an admin to the settings page.
 */
function HostAts({ initialView = 'settings' }: { initialView?: View }) {
  const [view, setView] = useState<View>(initialView);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  const toSettings = () => setView('settings');

  // The WAI-ARIA tabs pattern: arrows move between tabs and select them, Home and End jump to the ends.
  const onKeyDown = (event: KeyboardEvent) => {
    const index = views.findIndex((v) => v.id === view);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: views.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = views[(next + views.length) % views.length]!;
    setView(target.id);
    tabs.current[target.id]?.focus();
  };

  return (
    <div className="ats-shell">
      <header className="ats-topbar">
        <p className="ats-brand">Hireloop</p>
        <nav aria-label="Main">
          <div className="ats-tabs" role="tablist" aria-label="Hireloop" onKeyDown={onKeyDown}>
            {views.map((v) => (
              <button
                key={v.id}
                ref={(node) => {
                  tabs.current[v.id] = node;
                }}
                type="button"
                role="tab"
                id={`ats-tab-${v.id}`}
                className="ats-tab"
                aria-selected={view === v.id}
                aria-controls={`ats-panel-${v.id}`}
                tabIndex={view === v.id ? 0 : -1}
                onClick={() => setView(v.id)}
              >
                {v.label}
              </button>
            ))}
          </div>
        </nav>
        <span className="ats-user">Dana Ruiz · Admin</span>
      </header>
      <main className="ats-main">
        <div className="ats-page" id={`ats-panel-${view}`} role="tabpanel" aria-labelledby={`ats-tab-${view}`} tabIndex={0}>
        {view === 'settings' ? (
          <>
            <p className="ats-breadcrumb">Settings › Organization › Integrations</p>
            <h1 className="ats-title">Integrations</h1>
            <AssessmentIntegrations headingLevel={2} />
          </>
        ) : null}
        {view === 'jobs' ? (
          <>
            <p className="ats-breadcrumb">Jobs › Backend Engineer, Platform</p>
            <h1 className="ats-title">Interview plan</h1>
            <InterviewPlanEditor jobId={JOB} headingLevel={2} onRequestSetup={toSettings} />
          </>
        ) : null}
        {view === 'candidates' ? (
          <>
            <p className="ats-breadcrumb">Candidates › Sam Rivera</p>
            <h1 className="ats-title">Sam Rivera</h1>
            <p className="ats-profile">
              <span>Senior Frontend Engineer</span>
              <span>Stage: Onsite</span>
            </p>
            <CandidateAssessments candidateId={CANDIDATE} headingLevel={2} onRequestSetup={toSettings} />
          </>
        ) : null}
        </div>
      </main>
    </div>
  );
}

const meta = {
  title: 'Embedded in an ATS',
  component: HostAts,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof HostAts>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The kit inside a host ATS, on the mock server: the admin's integrations settings, a job's interview plan, and a
 * candidate's assessments with Send assessment, Schedule live interview and the interviewers' feedback.
 */
export const EmbeddedInAnAts: Story = {
  name: 'Embedded in an ATS',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);

    await step('Settings › Integrations: one card per vendor with its state', async () => {
      await waitFor(() => expect(canvas.getAllByText(/^Status: /)).toHaveLength(3));
      const skillForge = canvas.getByRole('article', { name: 'SkillForge' });
      await expect(within(skillForge).getByText('Connected')).toBeVisible();
      await expect(canvas.getByRole('button', { name: 'Enable integration for CodeInterview' })).toBeVisible();
    });

    await step("A job's interview plan, with the kit's activities among the host's stages", async () => {
      await userEvent.click(canvas.getByRole('tab', { name: 'Jobs' }));
      await canvas.findByRole('list', { name: 'Hiring stages' });
      await expect(canvas.getByText('Backend Engineer, Platform · version 1')).toBeVisible();
      await expect(canvas.getByText('Send CodeInterview Assessment')).toBeVisible();
      await expect(canvas.getByRole('button', { name: 'Save plan' })).toBeVisible();
    });

    await step("A candidate's profile: assessments and live interviews, and where to send or schedule", async () => {
      // Keyboard, as the tabs pattern promises: the arrow selects the next tab.
      await userEvent.keyboard('{ArrowRight}');
      await expect(canvas.getByRole('tab', { name: 'Candidates' })).toHaveAttribute('aria-selected', 'true');
      await canvas.findByRole('list', { name: 'Assessments, those needing action first, then newest' });
      await expect(canvas.getByRole('button', { name: /^Send assessment$/i })).toBeVisible();
      await expect(await canvas.findByRole('button', { name: 'Schedule live interview' })).toBeVisible();
      // One line per item; the first, under way, offers Join without opening it.
      await expect(canvas.getByRole('link', { name: 'Join Live debugging session (opens in a new tab)' })).toBeVisible();
    });
  },
};
