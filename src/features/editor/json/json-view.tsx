import Textarea from '@cloudscape-design/components/textarea';

import { useDraftSelector, useDraftStore } from '@/draft/draft-context';

/**
 * The JSON view of the draft: the text exactly as the user typed it.
 * TODO: a plain text area until the Monaco editor lands (same issue, in progress).
 */
export default function JsonView() {
  const store = useDraftStore();
  const text = useDraftSelector((state) => state.text);

  return (
    <Textarea
      ariaLabel="Job definition JSON"
      value={text}
      rows={30}
      spellcheck={false}
      onChange={({ detail }) => store.setText(detail.value, 'json')}
    />
  );
}
