/** Hands a downloaded file to the browser; nothing is kept once the link is revoked. */
export function saveBlob(blob: Blob, fileName: string, document: Document = globalThis.document): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
