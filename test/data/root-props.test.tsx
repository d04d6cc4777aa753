import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssessmentStatusBadge } from '../../src/ui/status-badge';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createMockBackend } from '../../src/mock';

describe('a component’s own kit root', () => {
  it('carries the theme and the provider’s variables, with the host’s class and style on top', () => {
    const { backend } = createMockBackend();
    render(
      <AssessmentKitProvider backend={backend} appearance={{ theme: 'dark', variables: { accentColor: '#0a7', borderRadius: '2px' } }}>
        <p>
          Status: <AssessmentStatusBadge status="sent" className="candidate-badge" style={{ marginInlineStart: 4, ['--ak-radius' as string]: '6px' }} />
        </p>
      </AssessmentKitProvider>,
    );
    const badge = screen.getByText('Sent').closest('.ak-root') as HTMLElement;
    expect(badge).toHaveClass('ak-root', 'ak-status-badge', 'candidate-badge');
    expect(badge).toHaveAttribute('data-ak-theme', 'dark');
    expect(badge.style.getPropertyValue('--ak-accent')).toBe('#0a7');
    expect(badge.style.getPropertyValue('--ak-radius')).toBe('6px');
    expect(badge.style.marginInlineStart).toBe('4px');
  });
});
