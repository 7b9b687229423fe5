package cn.tongban.calendar.entity;

import cn.tongban.platform.entity.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * One year of the calendar: a draft the service office fills in from the State Council's notice (published each
 * November), then publishes. Only published years count working days; a published year is fixed.
 */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = CalendarYear.FIND_ALL, query = "SELECT y FROM CalendarYear y ORDER BY y.year")
@NamedQuery(name = CalendarYear.STAMP, query = "SELECT COUNT(y), SUM(y.revision) FROM CalendarYear y")
public class CalendarYear {

    public static final String FIND_ALL = "CalendarYear.findAll";
    /** Changes whenever any year changes: how a node tells its cached calendar is stale. */
    public static final String STAMP = "CalendarYear.stamp";

    @Id
    @Column(name = "year_number")
    private int year;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(nullable = false)
    private long revision;

    protected CalendarYear() {
    }

    /** A new draft year. */
    public CalendarYear(int year) {
        this.year = year;
        this.revision = 1;
    }

    /** Records a change of one of the year's days; refused once the year is published. */
    public void changed() {
        if (published) {
            throw BusinessException.conflict("calendar.yearPublished", year);
        }
        revision++;
    }

    public void publish(String by, OffsetDateTime at) {
        if (published) {
            throw BusinessException.conflict("calendar.alreadyPublished", year);
        }
        published = true;
        publishedBy = by;
        publishedAt = at;
        revision++;
    }

    public int getYear() {
        return year;
    }

    public boolean isPublished() {
        return published;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public long getRevision() {
        return revision;
    }
}
