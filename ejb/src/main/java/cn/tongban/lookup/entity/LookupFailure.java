package cn.tongban.lookup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One failed lookup, counted against a throttle key: a source address or a receipt number. Rows live in the
 * database, not in a node's memory, so that every node of the cluster refuses alike.
 */
@Entity
@Table(name = "lookup_failure")
@NamedQuery(name = LookupFailure.NEWEST_SINCE, query = """
        SELECT f.failedAt FROM LookupFailure f WHERE f.key = :key AND f.failedAt > :since ORDER BY f.failedAt DESC""")
@NamedQuery(name = LookupFailure.DELETE_BEFORE, query = "DELETE FROM LookupFailure f WHERE f.failedAt < :before")
public class LookupFailure {

    public static final String NEWEST_SINCE = "LookupFailure.newestSince";
    public static final String DELETE_BEFORE = "LookupFailure.deleteBefore";
    public static final int MAX_KEY = 100;

    @Id
    @SequenceGenerator(name = "lookup_failure_seq", sequenceName = "lookup_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lookup_failure_seq")
    private Long id;

    @Column(name = "throttle_key", nullable = false, length = MAX_KEY)
    private String key;

    @Column(name = "failed_at", nullable = false)
    private OffsetDateTime failedAt;

    protected LookupFailure() {
    }

    public LookupFailure(String key, OffsetDateTime failedAt) {
        this.key = Objects.requireNonNull(key);
        this.failedAt = Objects.requireNonNull(failedAt);
    }

    public String getKey() {
        return key;
    }

    public OffsetDateTime getFailedAt() {
        return failedAt;
    }
}
