import { useEffect, useState } from 'react';

import { useDraftSelector, useDraftStore } from '@/draft/draft-context';
import { formatPath } from '@/model/path';

import { useEditorServices } from '../../editor-context';
import type { EditorView, FocusRequest } from '../../focus-request';

/** Set to make the fake JSON view throw while rendering. */
export const fakeViewCrash = { json: false };

function useRevealed(view: EditorView): string {
  const { focus } = useEditorServices();
  const [revealed, setRevealed] = useState('nothing');

  useEffect(
    () =>
      focus.subscribe((request: FocusRequest) => {
        if (request.view === view) setRevealed(formatPath(request.path));
      }),
    [focus, view],
  );
  return revealed;
}

/** Stands in for Monaco in component tests: a text area on the draft. */
export function FakeJsonView() {
  const store = useDraftStore();
  const text = useDraftSelector((state) => state.text);
  const revealed = useRevealed('json');
  if (fakeViewCrash.json) throw new Error('The fake JSON view crashed.');

  return (
    <div>
      <textarea
        aria-label="Job definition JSON"
        value={text}
        onChange={(event) => store.setText(event.target.value, 'json')}
      />
      <p>JSON revealed {revealed}</p>
    </div>
  );
}

/** Stands in for the form: one input, and what it was asked to reveal. */
export function FakeFormView() {
  const store = useDraftStore();
  const name = useDraftSelector((state) => {
    const value: unknown = state.value;
    return typeof value === 'object' &&
      value !== null &&
      'jobDefinitionName' in value
      ? String(value.jobDefinitionName)
      : '';
  });
  const revealed = useRevealed('form');

  return (
    <div>
      <label>
        Job definition name
        <input
          value={name}
          onChange={(event) =>
            store.setValue(['jobDefinitionName'], event.target.value)
          }
        />
      </label>
      <p>Form revealed {revealed}</p>
    </div>
  );
}
