import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { SendAssessmentDialog } from '../../src/components/send-assessment';
import { createSeed, mockIds } from '../../src/mock';
import { HostButton } from '../support/host-button';
import { mockServer } from '../support/mock-server';

/**
 * The pages `npm run bench` times (scripts/bench/send-assessment.mjs): the kit's dialog over the large catalogue,
 * and a plain React dialog that filters the same 10,000 tests in the browser, as the baseline each figure is
 * compared with. No play functions: the benchmark opens them cold (the large catalogue's behaviour is asserted by
 * SendAssessmentDialog's LargeCatalogue story).
 */
const meta = {
  title: 'Send assessment/Benchmarks',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** SendAssessmentDialog behind a host button, over 10,000 tests and 2,000 reviewers. */
export const LargeCatalogue: Story = {
  beforeEach() {
    mockServer.reset({ catalogue: 'large' });
  },
  render: () => (
    <SendAssessmentDialog
      candidateId={mockIds.candidateWithNoAssessments}
      trigger={<HostButton primary>Send Assessment</HostButton>}
    />
  ),
};

let largeSeed: ReturnType<typeof createSeed> | null = null;
const seed = () => (largeSeed ??= createSeed({ catalogue: 'large' }));

/** The baseline: every test and reviewer in the page, filtered in the browser on each keystroke. */
function PlainDialog() {
  const { tests, reviewers } = useMemo(() => ({ tests: seed().testsByProvider.skillforge!, reviewers: seed().reviewers }), []);
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const needle = search.trim().toLowerCase();
  const shown = needle ? tests.filter((t) => `${t.title} ${t.languages.join(' ')}`.toLowerCase().includes(needle)) : tests;
  return (
    <>
      <button type="button" className="story-button" data-primary="" onClick={() => setOpen(true)}>
        Send Assessment
      </button>
      {open ? (
        <div role="dialog" aria-modal="true" aria-label="Plain dialog" className="story-plain-dialog">
          <label>
            Search tests <input value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
          </label>
          <ul aria-label="Tests" className="story-plain-list">
            {shown.map((test) => (
              <li key={test.id}>
                {test.title} · {test.durationMinutes} min · {test.languages.join(', ')}
              </li>
            ))}
          </ul>
          <fieldset>
            <legend>Reviewers</legend>
            <ul aria-label="Reviewers" className="story-plain-list">
              {reviewers.map((reviewer) => (
                <li key={reviewer.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.includes(reviewer.id)}
                      onChange={() => setChosen((ids) => (ids.includes(reviewer.id) ? ids.filter((id) => id !== reviewer.id) : [...ids, reviewer.id]))}
                    />
                    {reviewer.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <p>{chosen.length} chosen</p>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              setSearch('');
              setChosen([]);
            }}
          >
            Close
          </button>
        </div>
      ) : null}
    </>
  );
}

export const PlainDialogBaseline: Story = {
  render: () => <PlainDialog />,
};
