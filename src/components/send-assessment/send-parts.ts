import type { TextOverrides } from '../../data/text';
import type { CommonText } from '../../ui/text';
import type { SendAssessmentText } from './text';
import type { SendFormState } from './use-send-form-state';

/** What every part of the send dialog reads. */
export interface SendPartProps {
  flow: SendFormState;
  t: SendAssessmentText;
  common: CommonText;
  /** The caller's raw overrides, handed on to nested kit components. */
  textOverrides: TextOverrides | undefined;
}
