/** Only paths inside this app are followed after sign-in (no `//host`, no `/\host`, no schemes). */
export function safeReturnUrl(returnUrl: string | undefined): string {
  const internal = !!returnUrl && /^\/(?![/\\])/.test(returnUrl) && !returnUrl.startsWith('/login');
  return internal ? returnUrl : '/';
}
