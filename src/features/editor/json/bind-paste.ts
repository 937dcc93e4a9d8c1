import type { editor, IDisposable } from 'monaco-editor/editor/editor.api';

import { convertPaste, type PasteConversion } from '../convert-paste';
import { wholeDocumentPaste } from './whole-document-paste';

/**
 * Converts a paste that makes up the whole document (describe output, a
 * CloudFormation resource, ...) into the request to edit, as one more undo
 * step after the paste itself, so Ctrl+Z gives back the text as pasted. A
 * paste that needs no conversion, or is not JSON, stays as Monaco made it.
 * `isParsed` says whether the draft, which already holds the paste, parsed:
 * if not, there is nothing to convert, and a large paste is not parsed again.
 */
export function bindPaste(
  codeEditor: editor.IStandaloneCodeEditor,
  isParsed: () => boolean,
  onConverted: (conversion: PasteConversion) => void,
): IDisposable {
  return codeEditor.onDidPaste((event) => {
    const model = codeEditor.getModel();
    if (!model || !isParsed()) return;

    const pasted = wholeDocumentPaste(
      model.getValue(),
      model.getOffsetAt(event.range.getStartPosition()),
      model.getOffsetAt(event.range.getEndPosition()),
    );
    const conversion = pasted === undefined ? undefined : convertPaste(pasted);
    if (!conversion?.isChanged) return;

    model.pushStackElement();
    model.pushEditOperations(
      codeEditor.getSelections(),
      [{ range: model.getFullModelRange(), text: conversion.text }],
      () => null,
    );
    model.pushStackElement();
    codeEditor.setPosition({ lineNumber: 1, column: 1 });
    codeEditor.revealLine(1);
    onConverted(conversion);
  });
}
