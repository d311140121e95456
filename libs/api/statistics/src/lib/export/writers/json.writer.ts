import type { ExportDocument } from '../export-document';

/** The document as it is: metadata and tables, null for a suppressed count. */
export const writeJson = (document: ExportDocument): Buffer => Buffer.from(JSON.stringify(document, null, 2), 'utf8');
