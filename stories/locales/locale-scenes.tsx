import type { Meta } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { AssessmentStatusBadge, type KitText } from '../../src';
import { assessmentStatuses } from '../../src/domain';
import { detailedAssessments } from '../status-badge/fixtures';
import { createSeed } from '../../src/mock';
import { englishLeftOn, kitText, strings } from '../support/kit-english';
import { scenes, type Scene, type SceneName } from '../theming/scenes';

/**
 * The stories of each shipped locale (stories/locales/<Language>.stories.tsx): every public component, at the states
 * where most of its text is, each failing if any English string of the kit is left on screen. What a scene does beyond
 * its first screen reads no word of the page, so it runs in every language.
 */
interface LocaleScene extends Scene {
  /** Brings up more of the component's text: validation messages, open cards, a menu. */
  reveal?(canvas: HTMLElement): Promise<void>;
}

/** Submits a form untouched, so its validation messages show. */
async function submitEmpty(form: HTMLElement) {
  await userEvent.click(form.querySelector<HTMLElement>('button[type="submit"]')!);
  await waitFor(() => expect(form.querySelector('[aria-invalid="true"]')).not.toBeNull());
}

const localeScenes: Record<SceneName, LocaleScene> = {
  ...scenes,
  AssessmentStatusBadge: {
    // Every status, then each with the detail a recruiter sees (expiry, start, score, the vendor's word).
    render: () => (
      <>
        {scenes.AssessmentStatusBadge.render()}
        <p>
          {Object.entries(detailedAssessments).map(([name, assessment]) => (
            <span key={name}>
              <AssessmentStatusBadge assessment={assessment} showDetail />{' '}
            </span>
          ))}
        </p>
      </>
    ),
    ready: async (canvas) => {
      const count = assessmentStatuses.length + Object.keys(detailedAssessments).length;
      await waitFor(() => expect(canvas.querySelectorAll('.ak-status-badge')).toHaveLength(count));
    },
  },
  EnableIntegrationDialog: { ...scenes.EnableIntegrationDialog, reveal: () => submitEmpty(screen.getByRole('dialog')) },
  ScheduleLiveInterviewDialog: {
    ...scenes.ScheduleLiveInterviewDialog,
    reveal: async () => {
      const dialog = screen.getByRole('dialog');
      // The form shows once the providers have loaded.
      await within(dialog).findAllByRole('combobox');
      await submitEmpty(dialog);
    },
  },
  AssessmentFeedbackForm: { ...scenes.AssessmentFeedbackForm, reveal: (canvas) => submitEmpty(canvas.querySelector('form')!) },
  CandidateAssessments: {
    ...scenes.CandidateAssessments,
    // Every card open: results, reasons, next steps and actions.
    reveal: async (canvas) => {
      const closed = () => canvas.querySelectorAll<HTMLElement>('article :is(h2, h3, h4, h5, h6) [aria-expanded="false"]');
      for (const toggle of closed()) await userEvent.click(toggle);
      await waitFor(() => expect(closed()).toHaveLength(0));
    },
  },
  InterviewPlanEditor: {
    ...scenes.InterviewPlanEditor,
    // A stage's Add activity menu, with its providers.
    reveal: async (canvas) => {
      await userEvent.click(canvas.querySelector<HTMLElement>('button[aria-haspopup="menu"]')!);
      await within(await screen.findByRole('menu')).findAllByRole('menuitem');
    },
  },
};

/** Renders one scene of a locale's stories. */
export function LocaleSceneView({ scene }: { scene: SceneName }) {
  return <>{localeScenes[scene].render()}</>;
}

/**
 * The page's text without the host's own words: the mock ATS is English ("Technical Assessment" is a stage's name,
 * "Assessment instructions email" an activity's), and a translated kit shows them as they are.
 */
const hostPhrases = [...new Set(strings(createSeed()).filter((value) => /\p{Lu}/u.test(value) && value.length >= 4))].sort((a, b) => b.length - a.length);
const withoutHostData = (page: string) => hostPhrases.reduce((rest, phrase) => rest.replaceAll(phrase, ' '), page);

/**
 * What a locale's story file shares: the scenes, and the check that no English of the kit is on screen against the
 * text set the file gives the provider. The file writes `parameters` out itself (with its title): Storybook's
 * transform of a story file only keeps parameters written in the meta object.
 */
export const localeSceneMeta = {
  component: LocaleSceneView,
  argTypes: { scene: { control: 'select', options: Object.keys(localeScenes) } },
  beforeEach: ({ args }) => {
    localeScenes[args.scene].setup?.();
  },
  play: async ({ args, canvasElement, parameters }) => {
    const { text } = parameters.kitProvider as { text: KitText };
    const scene = localeScenes[args.scene];
    await scene.ready(canvasElement);
    await scene.reveal?.(canvasElement);
    await waitFor(() => expect(kitText()).not.toBe(''));
    await expect(englishLeftOn(text)(withoutHostData(kitText()))).toEqual([]);
  },
} satisfies Partial<Meta<typeof LocaleSceneView>>;
