package com.procurementrisk.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One save of an assessment: answers, scenario, model version and the result as it was shown. Never changed. */
@Entity
@Table(name = "assessment_revision")
public class RevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "assessment_revision_seq", allocationSize = 50)
    public Long id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(nullable = false)
    public int number;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "model_id", nullable = false, length = 100)
    public String modelId;

    @Column(name = "model_version", nullable = false, length = 50)
    public String modelVersion;

    @Column(nullable = false, length = 100)
    public String scenario;

    /** The validated answers, as JSON. */
    @Column(nullable = false, length = 100_000)
    public String answers;

    /** The scoring result exactly as it was shown, as JSON: revisions saved before V8 only (see resultGzip). */
    @Column(length = 1_000_000)
    public String result;

    /** The scoring result exactly as it was shown, as gzip-compressed JSON (every revision saved since V8). */
    @Column(name = "result_gzip")
    public byte[] resultGzip;

    @Column(length = 500)
    public String note;

    /** The pathway ids in the order the result ranked them, comma-separated (null in rows saved before V9). */
    @Column(length = 300)
    public String ranking;

    public static Optional<RevisionEntity> find(UUID assessment, int number) {
        return find("assessmentId = ?1 and number = ?2", assessment, number).firstResultOptional();
    }

    public static List<RevisionEntity> history(UUID assessment) {
        return list("assessmentId = ?1 order by number desc", assessment);
    }
}
