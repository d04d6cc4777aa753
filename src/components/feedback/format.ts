import { useItemFormat, type ItemFormat } from '../../ui/assessment-item/format';

/** The formatting feedback views share: an item's (the time of day included, from the kit's one formatter). */
export type FeedbackFormat = ItemFormat;

export function useFeedbackFormat(): FeedbackFormat {
  return useItemFormat();
}
