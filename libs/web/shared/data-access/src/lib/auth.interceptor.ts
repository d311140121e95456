import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';

import { isAuthEndpoint } from './auth.api';
import { AuthStore } from './auth.store';

function withBearer(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/**
 * Adds the bearer token to API calls. A 401 from a non-auth endpoint triggers one refresh
 * and one retry; if that fails too, the user is signed out.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/')) {
    return next(request);
  }
  const auth = inject(AuthStore);
  return next(withBearer(request, auth.accessToken())).pipe(
    catchError((error: unknown) => {
      const retryable =
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !isAuthEndpoint(request.url) &&
        auth.isAuthenticated();
      if (!retryable) {
        return throwError(() => error);
      }
      return auth.refresh().pipe(
        catchError((refreshError: unknown) => {
          auth.logout('expired');
          return throwError(() => refreshError);
        }),
        switchMap((session) =>
          next(withBearer(request, session.accessToken)).pipe(
            catchError((retryError: unknown) => {
              if (retryError instanceof HttpErrorResponse && retryError.status === 401) {
                auth.logout('expired');
              }
              return throwError(() => retryError);
            }),
          ),
        ),
      );
    }),
  );
};
