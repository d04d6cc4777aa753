import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, within } from 'storybook/test';
import { AssessmentIntegrations, AssessmentKitProvider, CandidateAssessments, createHttpAdapter, type Appearance } from '../../src';
import { MOCK_NOW, mockIds } from '../../src/mock';
import { MOCK_API_BASE_URL } from '../support/mock-server';
import './host-products.css';

/**
 * Two ATS products, each with its own design tokens, passed as the documented `appearance` variables and nothing
 * else: no kit class is restyled. Hireloop is roomy and round with a serif; TalentDesk is compact and square.
 */
const products = {
  hireloop: {
    name: 'Hireloop',
    appearance: {
      variables: {
        accentColor: '#0f766e',
        accentTextColor: '#ffffff',
        textColor: '#134e4a',
        mutedTextColor: '#3f5f5c',
        surfaceColor: '#ffffff',
        borderColor: '#99d5cd',
        dangerColor: '#b91c1c',
        borderRadius: '14px',
        fontFamily: "Georgia, 'Times New Roman', serif",
        fontSize: '15px',
        spacingUnit: '5px',
      },
    },
  },
  talentdesk: {
    name: 'TalentDesk',
    appearance: {
      variables: {
        accentColor: '#9d174d',
        accentTextColor: '#ffffff',
        textColor: '#3b0a1f',
        mutedTextColor: '#6b3a50',
        surfaceColor: '#fffbfd',
        borderColor: '#e9b8cd',
        dangerColor: '#a31515',
        borderRadius: '2px',
        fontFamily: "'Trebuchet MS', Verdana, sans-serif",
        fontSize: '13px',
        spacingUnit: '3px',
      },
    },
  },
} satisfies Record<string, { name: string; appearance: Appearance }>;

type ProductId = keyof typeof products;
const storyNow = () => new Date(MOCK_NOW);

function HostProduct({ id }: { id: ProductId }) {
  const backend = useMemo(() => createHttpAdapter({ baseUrl: MOCK_API_BASE_URL }), []);
  const product = products[id];
  return (
    <section className="product" data-product={id} aria-label={product.name}>
      <p className="product-name">{product.name}</p>
      {/* Each product is its own host: its own provider, appearance and cache. */}
      <AssessmentKitProvider backend={backend} appearance={product.appearance} locale="en-GB" now={storyNow}>
        <div className="product-stack">
          {/* Two products on one page: each names its sections, so every landmark has its own name. */}
          <AssessmentIntegrations headingLevel={2} text={{ integrations: { heading: `${product.name} integrations` } }} />
          <CandidateAssessments
            candidateId={mockIds.candidateWithCompletedAssessment}
            headingLevel={2}
            text={{ candidateAssessments: { heading: `Assessments in ${product.name}` } }}
          />
        </div>
      </AssessmentKitProvider>
    </section>
  );
}

function TwoProducts() {
  return (
    <div className="products">
      <HostProduct id="hireloop" />
      <HostProduct id="talentdesk" />
    </div>
  );
}

const meta = {
  title: 'Theming/Two host products',
  component: TwoProducts,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof TwoProducts>;

export default meta;
type Story = StoryObj<typeof meta>;

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** The same screens in two products: accent, radius, font, size and density each follow that product's variables. */
export const SideBySide: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const looks = [];
    for (const id of Object.keys(products) as ProductId[]) {
      const product = within(canvas.getByRole('region', { name: products[id].name }));
      await product.findByRole('list', { name: 'Assessments, those needing action first, then newest' });
      await expect(await product.findByRole('article', { name: 'SkillForge' })).toBeVisible();
      const send = product.getByRole('button', { name: /^Send assessment$/i });
      const style = getComputedStyle(send);
      const variables = products[id].appearance.variables;
      await expect(style.backgroundColor).toBe(rgb(variables.accentColor));
      await expect(style.borderTopLeftRadius).toBe(variables.borderRadius);
      await expect(style.fontFamily).toBe(variables.fontFamily.replaceAll("'", '"'));
      looks.push({ fontSize: style.fontSize, padding: Number.parseFloat(style.paddingInlineStart) });
    }
    // Density: the compact product's button is smaller and tighter than the roomy one's.
    await expect(looks[0]!.fontSize).toBe('15px');
    await expect(looks[1]!.fontSize).toBe('13px');
    await expect(looks[0]!.padding).toBeGreaterThan(looks[1]!.padding);
  },
};
