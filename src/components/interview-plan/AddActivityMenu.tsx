import type { RequestSetupHandler } from '../../data/form-field';
import type { TextOverrides } from '../../data/text';
import type { Provider } from '../../domain/provider';
import { ClipboardListIcon, PlusIcon, RefreshIcon } from '../../ui/icons';
import { MenuButton, type MenuItem } from '../../ui/MenuButton';
import type { InterviewPlanText } from './text';
import { useAssessmentActivityOptions } from './useAssessmentActivityOptions';

export interface AddActivityMenuProps {
  stageName: string;
  onAdd: (provider: Provider) => void;
  /** Offered on a provider that isn't connected; without it such a provider is shown, unavailable, with why. */
  onRequestSetup?: RequestSetupHandler | undefined;
  t: InterviewPlanText;
  /** The caller's raw overrides, for the options' labels and reasons. */
  textOverrides: TextOverrides | undefined;
  focusId: string;
}

/** "Add activity" under a stage: one "Send <Provider> Assessment" per provider, each available or saying why not. */
export function AddActivityMenu({ stageName, onAdd, onRequestSetup, t, textOverrides, focusId }: AddActivityMenuProps) {
  const { options, isPending, error, refetch } = useAssessmentActivityOptions({ text: textOverrides });

  let items: MenuItem[];
  if (isPending) items = [{ key: 'loading', label: t.menu.loading, disabled: true }];
  else if (error) items = [{ key: 'retry', label: t.menu.retry, description: t.menu.loadError, icon: <RefreshIcon />, onSelect: refetch }];
  else if (options.length === 0) items = [{ key: 'none', label: t.menu.none, disabled: true }];
  else {
    items = options.map((option): MenuItem => {
      const { provider } = option;
      if (option.available) {
        return { key: provider.id, label: option.label, icon: <ClipboardListIcon />, onSelect: () => onAdd(provider) };
      }
      const canSetUp = onRequestSetup !== undefined && option.state !== 'checking';
      return {
        key: provider.id,
        label: option.label,
        icon: <ClipboardListIcon />,
        description: canSetUp ? `${option.reason} ${t.menu.setUp(provider.name)}` : option.reason,
        disabled: !canSetUp,
        onSelect: canSetUp ? () => onRequestSetup(provider.id) : undefined,
      };
    });
  }

  return (
    <MenuButton
      size="sm"
      className="ak-plan-stage__add"
      icon={<PlusIcon />}
      aria-label={t.menu.buttonLabel(stageName)}
      data-focus-id={focusId}
      items={items}
    >
      {t.menu.button}
    </MenuButton>
  );
}
