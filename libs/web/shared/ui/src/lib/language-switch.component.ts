import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';

/** Each language is named in itself, so a reader can always find their own. */
const NATIVE_NAMES: Readonly<Record<string, string>> = { bg: 'Български', en: 'English' };

@Component({
  selector: 'ibd-language-switch',
  imports: [MatButtonToggleModule],
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [attr.aria-label]="label()"
      [value]="active()"
      (change)="languageChange.emit($event.value)"
    >
      @for (language of languages(); track language) {
        <mat-button-toggle [value]="language" [attr.lang]="language">
          {{ nativeName(language) }}
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    mat-button-toggle-group {
      --mat-button-toggle-height: 36px;
      background: var(--mat-sys-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitchComponent {
  readonly languages = input.required<readonly string[]>();
  readonly active = input.required<string>();
  /** Accessible name of the group, already translated by the caller. */
  readonly label = input.required<string>();
  readonly languageChange = output<string>();

  protected nativeName(language: string): string {
    return NATIVE_NAMES[language] ?? language.toUpperCase();
  }
}
