/**
 * A webhook URL or secret in the kit's copy field, in real Chromium: never broken inside a token ("assessmen/ts");
 * one longer than the field scrolls sideways, and its value stays whole for Copy and a manual copy.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { createMockBackend } from '../../src/mock/mock-backend';
import kitCss from '../../src/styles/index.css?inline';
import { CopyField } from '../../src/ui/CopyField';
import { addStyles, settle } from './page';

let removeStyles: () => void;
beforeEach(() => {
  removeStyles = addStyles(kitCss);
});
afterEach(() => {
  cleanup();
  removeStyles();
});

async function renderField(value: string) {
  render(
    <AssessmentKitProvider backend={createMockBackend().backend} queryClient={createKitQueryClient({ retry: false })}>
      <div className="ak-root" style={{ width: 320 }}>
        <CopyField label="Signing secret" value={value} copyLabel="Copy" copiedLabel="Copied" copyFailedLabel="Copy it yourself" />
      </div>
    </AssessmentKitProvider>,
  );
  const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Signing secret' });
  await settle();
  return field;
}

/** How many lines the field's text takes. */
function lines(field: HTMLTextAreaElement) {
  const style = getComputedStyle(field);
  const content = field.scrollHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  return Math.round(content / parseFloat(style.lineHeight));
}

describe('the copy field’s tokens, in Chromium', () => {
  it('keeps a secret longer than the field on one line that scrolls sideways, never broken mid-token', async () => {
    const secret = `whsec_${'8f3a9c2e7b1d4f60'.repeat(4)}`;
    const field = await renderField(secret);
    expect(lines(field)).toBe(1);
    expect(field.scrollWidth).toBeGreaterThan(field.clientWidth);
    // The sideways scrollbar sits under the line, not over it: nothing is cut at the bottom.
    expect(field.clientHeight).toBeGreaterThanOrEqual(field.scrollHeight);
    expect(field.value).toBe(secret);
  });

  it('shows a value that fits as one line with no scrollbar', async () => {
    const field = await renderField('whsec_8f3a9c2e');
    expect(lines(field)).toBe(1);
    expect(field.scrollWidth).toBe(field.clientWidth);
    expect(field.offsetHeight - field.clientHeight).toBe(parseFloat(getComputedStyle(field).borderTopWidth) * 2);
  });

  it('keeps a URL whole on its line too: never split inside a word ("assessmen/ts")', async () => {
    const url = 'https://ats.example.com/webhooks/assessments/codeinterview/tenant-8f3a9c2e';
    const field = await renderField(url);
    expect(lines(field)).toBe(1);
    expect(field.scrollWidth).toBeGreaterThan(field.clientWidth);
    expect(field.value).toBe(url);
  });
});
