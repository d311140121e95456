import type { ComponentFixture } from '@angular/core/testing';

/** An element by its `data-testid`, or the element itself. */
export type Target = string | HTMLElement;

/**
 * What a user does on a rendered component, each step followed by the change detection and the work
 * it starts (`fixture.whenStable()`): find by `data-testid`, click, type, and use a `mat-select`
 * (whose choices open in an overlay outside the component).
 *
 * Takes the fixture, or a function that gives it where each test's `beforeEach` makes a new one:
 * `const { byTestId, click } = userActions(() => fixture);` beside `let fixture` works on the fixture
 * of the running test (read `element` only once there is one).
 */
export function userActions(fixture: ComponentFixture<unknown> | (() => ComponentFixture<unknown>)) {
  const current = () => (typeof fixture === 'function' ? fixture() : fixture);
  const root = () => current().nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    root().querySelector(`[data-testid="${id}"]`) as T;
  const resolve = (target: Target) => (typeof target === 'string' ? byTestId(target) : target);
  const settled = () => current().whenStable();

  async function click(target: Target) {
    resolve(target).click();
    await settled();
  }

  async function type(target: Target, value: string) {
    const input = resolve(target) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settled();
  }

  /** Opens a `mat-select` and returns its choices (from its own panel: a closed one may linger). */
  async function open(select: Target) {
    const trigger = resolve(select);
    await click(trigger.querySelector('.mat-mdc-select-trigger') as HTMLElement);
    const panel = document.getElementById(trigger.getAttribute('aria-controls') ?? '');
    return [...(panel?.querySelectorAll('mat-option') ?? [])] as HTMLElement[];
  }

  /** The words of each choice of an open select. */
  const texts = (options: HTMLElement[]) => options.map((option) => option.textContent.trim());

  /** Closes an open select by its backdrop, as a user leaves a multiple select. */
  async function close() {
    document.querySelector('.cdk-overlay-backdrop')?.dispatchEvent(new Event('click'));
    await settled();
  }

  /** Opens a `mat-select`, clicks the choice that reads `text` and closes what stays open. */
  async function choose(select: Target, text: string) {
    const option = (await open(select)).find((choice) => choice.textContent.trim() === text);
    if (!option) throw new Error(`no choice "${text}" in the select ${String(select)}`);
    await click(option);
    await close();
  }

  /** The words a `mat-select` shows for its value. */
  const shown = (select: Target) => resolve(select).querySelector('.mat-mdc-select-value')?.textContent.trim();

  /** The messages of the field errors (`data-testid="field-error"`) shown, in the component or in `within`. */
  const errorsShown = (within?: Target) =>
    [...(within ? resolve(within) : root()).querySelectorAll('[data-testid="field-error"]')].map((error) =>
      error.textContent.trim(),
    );

  return {
    /** The component's element. */
    get element() {
      return root();
    },
    byTestId,
    click,
    type,
    open,
    texts,
    close,
    choose,
    shown,
    errorsShown,
  };
}
