import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider, Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { provideTranslocoTesting } from './transloco-testing';

export interface WithHttpOptions {
  /** Beside the testing HTTP backend and the translations (a router, a store's stand-in, …). */
  providers?: (Provider | EnvironmentProviders)[];
  inputs?: Record<string, unknown>;
}

/**
 * Creates a component against Angular's testing HTTP backend, in Bulgarian, with its inputs set, and
 * lets it send its first requests without waiting for their answers (the app is not stable while a
 * request is open): the test answers them through `http`, then awaits `fixture.whenStable()`.
 */
export function createWithHttp<T>(component: Type<T>, { providers = [], inputs = {} }: WithHttpOptions = {}) {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslocoTesting(), ...providers],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  TestBed.tick();
  return { fixture, http, element: fixture.nativeElement as HTMLElement };
}
