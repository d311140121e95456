import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';

import { AUDIT_FIELDS, type AuditHead, AuditStore, type AuditVerification } from '@ibd/web/audit/data-access';
import { IbdNumberPipe, LIST_KIT } from '@ibd/web/shared/ui';
import { errorSummary } from '@ibd/web/shared/util';

@Component({
  selector: 'ibd-audit-page',
  imports: [LIST_KIT, FormsModule, IbdNumberPipe],
  providers: [AuditStore],
  templateUrl: './audit-page.component.html',
  styleUrl: './audit-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPageComponent {
  protected readonly store = inject(AuditStore);
  protected readonly columns = ['id', 'at', 'actorRole', 'action', 'entity', 'entityId', 'hash'];

  protected entity = '';
  protected entityId = '';
  protected from = '';
  protected to = '';

  protected readonly verifying = signal(false);
  protected readonly verification = signal<AuditVerification | null>(null);
  protected readonly head = signal<AuditHead | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly listError = computed(() => {
    const error = this.store.error();
    return error ? errorSummary(error, AUDIT_FIELDS) : null;
  });

  protected apply(): void {
    this.store.setFilter({ entity: this.entity, entityId: this.entityId, from: this.from, to: this.to });
  }

  protected verify(): void {
    this.verifying.set(true);
    this.verification.set(null);
    this.actionError.set(null);
    this.store.verify().subscribe({
      next: (result) => {
        this.verifying.set(false);
        this.verification.set(result);
      },
      error: (error: unknown) => {
        this.verifying.set(false);
        this.actionError.set(errorSummary(error).key);
      },
    });
    this.store.head().subscribe({ next: (head) => this.head.set(head), error: () => this.head.set(null) });
  }
}
