import { createContext, useContext } from 'react';

import type { PasteConversion } from './convert-paste';
import type { FocusChannel } from './focus-request';

/** What the editor page offers its views besides the draft itself. */
export interface EditorServices {
  /** Jump requests from the problems list to the form or the JSON view. */
  readonly focus: FocusChannel;
  /** Shows what a paste was converted from, in a dismissible notice. */
  readonly reportPaste: (conversion: PasteConversion) => void;
}

const EditorContext = createContext<EditorServices | null>(null);

export const EditorServicesProvider = EditorContext.Provider;

export function useEditorServices(): EditorServices {
  const services = useContext(EditorContext);
  if (!services)
    throw new Error(
      'useEditorServices needs an EditorServicesProvider above it.',
    );
  return services;
}
