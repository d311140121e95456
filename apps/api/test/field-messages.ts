/**
 * That one of a 400's messages names the field as a word of its own, not as a part of a longer name:
 * `page` is not found in `pageSize`, nor `q` in any word with a q. A field written with a trailing dot
 * is a path's prefix (`identity.` for any field of the identity).
 */
export function expectFieldNamed(message: string | string[], field: string): void {
  const word = new RegExp(`(?<!\\w)${field.replaceAll('.', '\\.')}${field.endsWith('.') ? '' : '(?!\\w)'}`);
  expect([message].flat()).toContainEqual(expect.stringMatching(word));
}
