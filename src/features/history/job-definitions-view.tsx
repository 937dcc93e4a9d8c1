import { ConnectionGate } from './connection-gate';
import { DefinitionsTable } from './definitions-table';

/** `/job-definitions`: the job definitions of the account, by name. */
export function JobDefinitionsView() {
  return (
    <ConnectionGate title="Job definitions" what="Job definitions">
      <DefinitionsTable />
    </ConnectionGate>
  );
}
