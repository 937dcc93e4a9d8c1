import ButtonDropdown from '@cloudscape-design/components/button-dropdown';

import { useDraftSelector, useDraftStore } from '@/draft/draft-context';

import { downloadText } from '@/ui/download-text';
import { exportFileName, registerCommand } from './export-names';
import type { FlashMessage } from './use-flash';

interface ExportMenuProps {
  readonly onResult: (message: FlashMessage) => void;
}

/** Copy the JSON, download it as NAME.json, or copy the CLI command. */
export function ExportMenu({ onResult }: ExportMenuProps) {
  const store = useDraftStore();
  const fileName = useDraftSelector((state) => exportFileName(state.value));

  const copy = async (text: string, done: FlashMessage) => {
    try {
      await navigator.clipboard.writeText(text);
      onResult(done);
    } catch {
      onResult({
        type: 'error',
        header: 'The browser refused to copy',
        content:
          'Allow clipboard access for this site, or select the text in the JSON view and copy it.',
      });
    }
  };

  const handleItem = (id: string) => {
    const { text, syntaxError } = store.getState();
    const note = syntaxError
      ? `The JSON has a syntax error at line ${syntaxError.line}, column ${syntaxError.column}; it was exported as it is.`
      : undefined;
    if (id === 'copy-json') {
      void copy(text, {
        type: 'success',
        header: 'JSON copied',
        content: note,
      });
    } else if (id === 'download') {
      downloadText(fileName, text);
      onResult({
        type: 'success',
        header: `Downloaded ${fileName}`,
        content: note,
      });
    } else if (id === 'copy-cli') {
      const command = registerCommand(fileName);
      void copy(command, {
        type: 'success',
        header: 'CLI command copied',
        content: `${command} (run it where ${fileName} is)`,
      });
    }
  };

  return (
    <ButtonDropdown
      items={[
        { id: 'copy-json', text: 'Copy JSON', iconName: 'copy' },
        { id: 'download', text: `Download ${fileName}`, iconName: 'download' },
        {
          id: 'copy-cli',
          text: 'Copy CLI command',
          iconName: 'command-prompt',
        },
      ]}
      onItemClick={({ detail }) => handleItem(detail.id)}
    >
      Export
    </ButtonDropdown>
  );
}
