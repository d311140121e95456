export {
  AUDIT_FIELDS,
  type AuditEntry,
  type AuditFilter,
  type AuditHead,
  AuditStore,
  type AuditVerification,
} from './lib/audit.store';
