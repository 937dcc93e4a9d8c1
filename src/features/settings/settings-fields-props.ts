import type { AwsSettings } from '@/aws/settings/aws-settings';
import type { SettingsProblem } from '@/aws/settings/settings-problems';

/** What every group of settings fields receives. */
export interface SettingsFieldsProps {
  readonly value: AwsSettings;
  readonly onChange: (next: AwsSettings) => void;
  /** Shown at the fields once the user has tried to save, or as they type. */
  readonly problems: readonly SettingsProblem[];
}
