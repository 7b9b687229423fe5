package cn.tongban.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last position given in the feed. Its single row is locked while a batch of committed events is numbered,
 * so that batches are numbered one after the other and each commits before the next begins.
 */
@Entity
@Table(name = "feed_counter")
public class FeedCounter {

    public static final int THE_ONE = 1;

    @Id
    private Integer id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    protected FeedCounter() {
    }

    /** The next position, counted on from the last one given. */
    public long next() {
        return ++lastPosition;
    }

    public long getLastPosition() {
        return lastPosition;
    }
}
