import type { Severity } from '@/model/issue';
import type { PasteShape } from '@/model/shapes/detect-shape';
import type { NoticeKind } from '@/model/shapes/notice';

/** An issue as the CLI reports it: formatted path, place in the file. */
export interface ReportedIssue {
  readonly severity: Severity;
  /** The path in the checked request, formatted (`containerProperties.image`). */
  readonly path: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
}

/** A normalisation notice, placed in the file. */
export interface ReportedNotice {
  readonly kind: NoticeKind;
  /** The path in the file as pasted, formatted. */
  readonly path: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** The outcome of checking one file; also the JSON output's entries. */
export interface FileReport {
  readonly file: string;
  readonly shape: PasteShape | null;
  readonly parseError: {
    readonly message: string;
    readonly line: number;
    readonly column: number;
  } | null;
  readonly issues: readonly ReportedIssue[];
  readonly notices: readonly ReportedNotice[];
}
