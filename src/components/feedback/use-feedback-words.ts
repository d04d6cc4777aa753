import { useKitText } from '../../data/kit-context';
import type { TextOverrides } from '../../data/text';
import { assessmentItemText } from '../../ui/assessment-item/text';
import { statusBadgeText } from '../../ui/status-badge/text';
import { commonText } from '../../ui/text';
import { useFeedbackFormat } from './format';
import { feedbackText } from './text';

/** Every text a feedback view shows (its own, the result's, the status words, the common ones) and its formatting. */
export function useFeedbackWords(textOverrides: TextOverrides | undefined) {
  return {
    t: useKitText('feedback', feedbackText, textOverrides),
    itemText: useKitText('assessmentItem', assessmentItemText, textOverrides),
    common: useKitText('common', commonText, textOverrides),
    statusText: useKitText('statusBadge', statusBadgeText, textOverrides),
    format: useFeedbackFormat(),
  };
}
