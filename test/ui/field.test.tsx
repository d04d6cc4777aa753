import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field, mergeIds } from '../../src/ui/Field';

describe('Field', () => {
  it('adds its hint and error to the control’s own description instead of replacing it', () => {
    render(
      <>
        <p id="combo-help">Type to search, arrows to choose.</p>
        <Field label="Test" hint="From your vendor’s library." error="Choose a test.">
          <input aria-describedby="combo-help" />
        </Field>
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Test' });
    expect(input).toHaveAccessibleDescription('Choose a test. From your vendor’s library. Type to search, arrows to choose.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('leaves the control undescribed and valid when there is nothing to say', () => {
    render(
      <Field label="Message">
        <textarea />
      </Field>,
    );
    const textarea = screen.getByRole('textbox', { name: 'Message' });
    expect(textarea).not.toHaveAttribute('aria-describedby');
    expect(textarea).not.toHaveAttribute('aria-invalid');
  });
});

describe('mergeIds', () => {
  it('joins id lists, dropping blanks and repeats', () => {
    expect(mergeIds('a', undefined, 'b  c', 'a', '')).toBe('a b c');
    expect(mergeIds(undefined, '', null)).toBeUndefined();
  });
});
