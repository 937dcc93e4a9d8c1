import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';

import type { CompareVerdict } from '@/model/compare/compare-verdict';

interface CompareSummaryProps {
  readonly verdict: CompareVerdict;
  readonly changes: readonly string[];
}

const VERDICTS: Readonly<Record<CompareVerdict, string>> = {
  same: 'No differences: both sides hold the same definition.',
  'defaults-only':
    'Only AWS defaults differ: AWS would run both the same way. Turn off "Hide AWS defaults" to see the difference.',
  changed: '',
};

/** The real changes in words, above the diff. */
export function CompareSummary({ verdict, changes }: CompareSummaryProps) {
  const count = changes.length === 1 ? '1 change' : `${changes.length} changes`;

  return (
    <Container
      header={
        <Header
          variant="h2"
          counter={verdict === 'changed' ? `(${changes.length})` : undefined}
        >
          Changes
        </Header>
      }
    >
      {verdict === 'changed' ? (
        <ul aria-label={count} style={{ margin: 0 }}>
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : (
        <Box variant="p">{VERDICTS[verdict]}</Box>
      )}
    </Container>
  );
}
