import { usePluginData } from '@docusaurus/useGlobalData';
import type { ClientLab } from '../../plugins/labs/lab-info.ts';

export type { ClientLab };

/** Every lab found under labs/ (from the labs plugin), in course order. */
export function useLabs(): ClientLab[] {
  const data = usePluginData('lambda-dojo-labs') as { labs: ClientLab[] } | undefined;
  return data?.labs ?? [];
}
