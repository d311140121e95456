/** One cookie's value from a Cookie header (the API has no cookie-parser: it reads two cookies by name). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      return part.slice(at + 1).trim() || undefined;
    }
  }
  return undefined;
}
