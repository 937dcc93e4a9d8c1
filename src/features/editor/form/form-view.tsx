import Alert from '@cloudscape-design/components/alert';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { useDraftSelector } from '@/draft/draft-context';

import { GenericFields } from './fields/generic-fields';

/**
 * The form view of the draft. While the JSON text does not parse, it shows the
 * last good value read-only and says where the syntax error is.
 */
export function FormView() {
  const syntaxError = useDraftSelector((state) => state.syntaxError);

  return (
    <SpaceBetween size="l">
      {syntaxError && (
        <Alert
          type="warning"
          header="The form is read-only until the JSON parses"
        >
          The JSON has a syntax error at line {syntaxError.line}, column{' '}
          {syntaxError.column}: {syntaxError.message}. The form shows the last
          version that parsed.
        </Alert>
      )}
      <GenericFields path={[]} />
    </SpaceBetween>
  );
}
