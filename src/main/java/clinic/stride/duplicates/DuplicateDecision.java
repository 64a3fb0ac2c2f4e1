package clinic.stride.duplicates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What staff decided about two registrations, kept for good (insert-only, V18): "different person" keeps the pair
 * from being raised again, "same person" records which registration was linked to which.
 */
@Entity
@Table(name = "duplicate_decision")
// Each declared or created with its result class (String, Long; Object[] where it is created): Hibernate 7.4 gives a
// named native query created without one a result mapping equal to no other, so every call missed the cached plan
// and planned again (NativeQueryPlansIT).
// The candidates for patient ?1: a similar name first, then in the order they were registered. The same birth date with a similar name: the names' keys
// (patient.name_key, V18: accents, case and word order ignored) equal, one edit apart (two for a long name; none for
// a key under 5 characters, where one character is another name, as in 王小明 and 李小明), or sharing most
// trigrams (pg_trgm); or the same phone digits or email. Linked registrations and decided pairs are left out.
@NamedNativeQuery(name = "DuplicateDecision.candidates", query = DuplicateDecision.CANDIDATES)
// Which of the clinic ids ?1 (comma-separated) have at least one candidate: stops at the first, for the front desk's worklist.
@NamedNativeQuery(name = "DuplicateDecision.flagged", resultClass = String.class, query = DuplicateDecision.FLAGGED)
@NamedNativeQuery(name = "DuplicateDecision.summary", query = """
        select p.clinic_id, p.given_name, p.family_name, p.birth_date,
               (select count(*) from intake i where i.patient_id = p.id) as intakes
        from patient p where p.id = ?1""")
@NamedNativeQuery(name = "DuplicateDecision.pairDecided", resultClass = Long.class, query = """
        select count(*) from duplicate_decision
        where least(patient_id, other_patient_id) = least(?1, ?2) and greatest(patient_id, other_patient_id) = greatest(?1, ?2)""")
// The later registration and any linked to it before point at the survivor: one hop from any old clinic id.
@NamedNativeQuery(name = "DuplicateDecision.link", query = "update patient set merged_into = ?1 where id = ?2 or merged_into = ?2")
class DuplicateDecision {

    /** Patient p may be a duplicate of patient me: another open registration found by birth date, phone or email. */
    static final String MAY_MATCH = """
            p.id <> me.id and p.merged_into is null
                and (p.birth_date = me.birth_date or stride_phone_key(p.phone) = stride_phone_key(me.phone)
                     or lower(p.email) = lower(me.email))
                and not exists (select 1 from duplicate_decision d
                                where least(d.patient_id, d.other_patient_id) = least(p.id, me.id)
                                  and greatest(d.patient_id, d.other_patient_id) = greatest(p.id, me.id))
            """;

    /** The same birth date and a similar name (see the candidates query). */
    static final String SAME_NAME = """
            coalesce(p.birth_date = me.birth_date and (p.name_key = me.name_key
                or (length(me.name_key) >= 5 and levenshtein(left(p.name_key, 255), left(me.name_key, 255))
                    <= case when length(me.name_key) >= 16 then 2 else 1 end)
                or similarity(p.name_key, me.name_key) >= 0.6), false)
            """;

    static final String CANDIDATES = """
            with me as (select * from patient where id = ?1),
            found as (
                select p.id, p.clinic_id, p.given_name, p.family_name, p.birth_date,
                       coalesce(stride_phone_key(p.phone) = stride_phone_key(me.phone), false) as same_phone,
                       coalesce(lower(p.email) = lower(me.email), false) as same_email,
            """ + SAME_NAME + """
                       as same_name
                from me join patient p on
            """ + MAY_MATCH + """
            )
            select f.clinic_id, f.given_name, f.family_name, f.birth_date,
                   (select count(*) from intake i where i.patient_id = f.id) as intakes, f.same_name, f.same_phone, f.same_email
            from found f
            where f.same_name or f.same_phone or f.same_email
            order by f.same_name desc, f.id
            limit 20""";

    static final String FLAGGED = """
            select me.clinic_id from patient me
            where me.clinic_id = any(string_to_array(cast(?1 as text), ',')) and exists (
                select 1 from patient p where
            """ + MAY_MATCH + """
                and (stride_phone_key(p.phone) = stride_phone_key(me.phone) or lower(p.email) = lower(me.email) or
            """ + SAME_NAME + """
            ))""";


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "other_patient_id", nullable = false, updatable = false)
    private long otherPatientId;

    @Column(nullable = false, updatable = false)
    private String decision;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected DuplicateDecision() {
    }

    DuplicateDecision(long patientId, long otherPatientId, Decision decision, String decidedBy, Instant decidedAt) {
        this.patientId = patientId;
        this.otherPatientId = otherPatientId;
        this.decision = decision.code();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }
}
