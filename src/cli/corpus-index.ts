/** The folders of the shared corpus, by what their files hold. */
export type CorpusFolder = 'real' | 'describe' | 'paste';

/** One row of the corpus index. */
export interface CorpusEntry {
  readonly folder: CorpusFolder;
  readonly file: string;
  /** The "AWS verdict" cell; only rows of `real/` have one. */
  readonly verdict?: string;
}

const FOLDER_IN_HEADING = /`(real|describe|paste)\/`/;

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function isFolder(value: string | undefined): value is CorpusFolder {
  return value === 'real' || value === 'describe' || value === 'paste';
}

/**
 * Reads the tables of the corpus INDEX.md: each section heading names its
 * folder (`real/`, `describe/`, `paste/`), each table row names a file in its
 * first column, and the header row tells which column holds the verdict.
 */
export function parseCorpusIndex(markdown: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  let folder: CorpusFolder | undefined;
  let verdictColumn = -1;

  for (const line of markdown.split(/\r?\n/)) {
    if (line.startsWith('#')) {
      const match = FOLDER_IN_HEADING.exec(line)?.[1];
      folder = isFolder(match) ? match : undefined;
      verdictColumn = -1;
      continue;
    }
    if (!folder || !line.trimStart().startsWith('|')) {
      continue;
    }

    const row = cells(line);
    const [first = ''] = row;
    if (first === 'File') {
      verdictColumn = row.findIndex((cell) => /verdict/i.test(cell));
    } else if (/\.(json|txt)$/.test(first)) {
      const verdict = verdictColumn >= 0 ? row[verdictColumn] : undefined;
      entries.push(
        verdict ? { folder, file: first, verdict } : { folder, file: first },
      );
    }
  }
  return entries;
}
