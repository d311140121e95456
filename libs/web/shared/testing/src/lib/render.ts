import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';

/** Creates a component (or a test host), sets its inputs and waits until it has rendered. */
export async function render<T>(component: Type<T>, inputs: Record<string, unknown> = {}) {
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return { fixture, host: fixture.componentInstance, element: fixture.nativeElement as HTMLElement };
}
