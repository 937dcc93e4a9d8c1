/** The sources a pod volume can have, in the words of the Kubernetes docs. */
export const VOLUME_SOURCES: readonly { value: string; label: string }[] = [
  { value: 'emptyDir', label: 'Empty directory (emptyDir)' },
  { value: 'hostPath', label: 'Host path (hostPath)' },
  { value: 'secret', label: 'Secret (secret)' },
  {
    value: 'persistentVolumeClaim',
    label: 'Persistent volume claim (persistentVolumeClaim)',
  },
];
