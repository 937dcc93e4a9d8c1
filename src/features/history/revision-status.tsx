import StatusIndicator from '@cloudscape-design/components/status-indicator';

/** ACTIVE or INACTIVE, as the Batch console shows it. */
export function RevisionStatus({ status }: { readonly status?: string }) {
  if (status === 'ACTIVE')
    return <StatusIndicator type="success">Active</StatusIndicator>;
  if (status === 'INACTIVE')
    return <StatusIndicator type="stopped">Inactive</StatusIndicator>;
  return <StatusIndicator type="info">{status ?? 'Unknown'}</StatusIndicator>;
}
