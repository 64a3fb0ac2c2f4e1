/**
 * The audit trail: one row per access to patient data and per refused attempt, append-only in PostgreSQL
 * and hash-chained so a changed row is detectable ({@link clinic.stride.audit.AuditChainCheck}).
 */
package clinic.stride.audit;
