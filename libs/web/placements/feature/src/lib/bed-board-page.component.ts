import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import type { BedBoardEntry } from '@ibd/shared/contracts';
import { BedBoardStore } from '@ibd/web/placements/data-access';
import { BedCardComponent } from '@ibd/web/placements/ui';
import { AuthStore, UnitsStore } from '@ibd/web/shared/data-access';
import {
  EmptyStateComponent,
  ErrorBoxComponent,
  IbdNumberPipe,
  LoadingComponent,
  PageHeaderComponent,
} from '@ibd/web/shared/ui';

import { AdmitFormComponent } from './admit-form.component';
import { DischargeFormComponent } from './discharge-form.component';
import { ExtendFormComponent } from './extend-form.component';
import { MoveFormComponent } from './move-form.component';

type Mode = 'admit' | 'extend' | 'move' | 'discharge';

interface Action {
  mode: Mode;
  bed: BedBoardEntry;
}

@Component({
  selector: 'ibd-bed-board-page',
  imports: [
    MatButtonModule,
    TranslocoPipe,
    AdmitFormComponent,
    BedCardComponent,
    DischargeFormComponent,
    EmptyStateComponent,
    ErrorBoxComponent,
    ExtendFormComponent,
    IbdNumberPipe,
    LoadingComponent,
    MoveFormComponent,
    PageHeaderComponent,
  ],
  providers: [BedBoardStore],
  templateUrl: './bed-board-page.component.html',
  styleUrl: './bed-board-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BedBoardPageComponent {
  protected readonly store = inject(BedBoardStore);
  private readonly auth = inject(AuthStore);
  private readonly units = inject(UnitsStore);

  protected readonly facility = this.units.currentUnit;
  protected readonly counts = computed(() => {
    const beds = (this.store.beds() ?? []).filter((bed) => bed.active);
    const occupied = beds.filter((bed) => bed.occupied).length;
    return { total: beds.length, occupied, free: beds.length - occupied };
  });

  protected readonly action = signal<Action | null>(null);
  protected readonly opened = computed(() => {
    const action = this.action();
    return action ? [action] : [];
  });
  protected readonly notice = signal<string | null>(null);
  private readonly panel = viewChild<ElementRef<HTMLElement>>('panel');

  constructor() {
    effect(() => {
      const unitId = this.auth.user()?.unitId;
      if (unitId) this.store.load(unitId);
    });
    // Focus follows the user into the form they opened.
    effect(() => {
      if (this.action()) {
        setTimeout(() => this.panel()?.nativeElement.focus());
      }
    });
  }

  protected open(mode: Mode, bed: BedBoardEntry): void {
    this.notice.set(null);
    this.action.set({ mode, bed });
  }

  protected cancel(): void {
    this.action.set(null);
  }

  protected saved(noticeKey: string): void {
    this.action.set(null);
    this.notice.set(noticeKey);
    this.store.refresh();
  }
}
