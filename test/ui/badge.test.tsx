import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Badge } from '../../src/ui/Badge';
import { CircleCheckIcon } from '../../src/ui/icons';

describe('Badge', () => {
  it('shows an icon and a word in a tone, and is heard once as its spoken label', () => {
    const { container } = render(<Badge tone="success" icon={CircleCheckIcon} label="Connected" spokenLabel="Status: Connected" />);
    const badge = container.firstElementChild as HTMLElement;
    expect(badge).toHaveAttribute('data-tone', 'success');
    expect(badge.querySelector('svg')).not.toBeNull();
    // The visible pill is hidden from assistive technology; the phrase stands in for it.
    expect(screen.getByText('Connected').closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.getByText('Status: Connected')).not.toHaveAttribute('aria-hidden');
    expect(badge).toHaveTextContent('Status: ConnectedConnected');
  });

  it('without a spoken label, is read as its word; neutral by default; dashed for a state not started', () => {
    const { container } = render(<Badge label="Not sent" dashed size="sm" />);
    const badge = container.firstElementChild as HTMLElement;
    expect(badge).toHaveAttribute('data-tone', 'neutral');
    expect(badge).toHaveAttribute('data-dashed', 'true');
    expect(badge).toHaveAttribute('data-size', 'sm');
    expect(screen.getByText('Not sent').closest('[aria-hidden="true"]')).toBeNull();
    expect(badge.querySelector('svg')).toBeNull();
  });

  it('is never a live region', () => {
    const { container } = render(<Badge tone="danger" label="Failed" spokenLabel="Status: Failed" />);
    expect(container.querySelector('[role], [aria-live]')).toBeNull();
  });
});
