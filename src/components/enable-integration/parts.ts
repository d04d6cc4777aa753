import type { CommonText } from '../../ui/text';
import type { EnableIntegrationText } from './text';
import type { EnableIntegrationMachine } from './use-enable-machine';

/** What every part of the dialog reads: the flow and its strings. */
export interface EnablePartProps {
  flow: EnableIntegrationMachine;
  t: EnableIntegrationText;
  common: CommonText;
}
