package clinic.stride.patientlink;

import clinic.stride.vocabulary.Language;
import clinic.stride.vocabulary.LanguageConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every link given to a patient records when it is issued: only the SHA-256 of its token
 * ({@link LinkToken#hash}), the language its pages open in, and who issued it when. Each kind of link (intake,
 * follow-up, home programme) is an entity of its own table with these columns.
 */
@MappedSuperclass
public abstract class IssuedLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Convert(converter = LanguageConverter.class)
    @Column(nullable = false, updatable = false)
    private Language language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected IssuedLink() {
    }

    protected IssuedLink(String tokenHash, Language language, Instant createdAt, String createdBy) {
        this.tokenHash = tokenHash;
        this.language = language;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public Language language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
