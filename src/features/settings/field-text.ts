import {
  problemAt,
  type SettingsField,
  type SettingsProblem,
} from '@/aws/settings/settings-problems';

/** The error and warning texts of a settings field, for its FormField. */
export function fieldText(
  problems: readonly SettingsProblem[],
  field: SettingsField,
): { errorText?: string; warningText?: string } {
  const errorText = problemAt(problems, field, 'error');
  const warningText = problemAt(problems, field, 'warning');
  return {
    ...(errorText && { errorText }),
    ...(!errorText && warningText && { warningText }),
  };
}
