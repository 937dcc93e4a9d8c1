import * as z from 'zod';

/** What the editor is told when it opens a draft made here. */
export const OpeningNotice = z.object({
  header: z.string(),
  items: z.array(z.string()),
});
export type OpeningNotice = z.infer<typeof OpeningNotice>;

const EditorLocationState = z.object({ openingNotice: OpeningNotice });

/** The navigation state that carries the notice to the editor. */
export function editorLocationState(notice: OpeningNotice) {
  return { openingNotice: notice };
}

/** The notice in a navigation state, if it carries one. */
export function readOpeningNotice(state: unknown): OpeningNotice | undefined {
  const parsed = EditorLocationState.safeParse(state);
  return parsed.success ? parsed.data.openingNotice : undefined;
}
