package cn.tongban.changes.entity;

import cn.tongban.accounts.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One person's act on a change request or a filing: who, when, from which address, with what comment
 * (第二十三条: every action recorded with the authenticated identity, time and source address). The name is kept
 * as it was at the time, so that lists show it without loading the account.
 */
@Embeddable
public class SignOff {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "by_id")
    private Account by;

    @Column(name = "by_name", length = 200)
    private String byName;

    @Column(name = "at")
    private OffsetDateTime at;

    @Column(name = "from_address", length = 64)
    private String from;

    @Column(name = "comment_text", length = 1000)
    private String comment;

    protected SignOff() {
    }

    private SignOff(Account by, OffsetDateTime at, String from, String comment) {
        this.by = Objects.requireNonNull(by);
        this.byName = by.getDisplayName();
        this.at = Objects.requireNonNull(at);
        this.from = from;
        this.comment = comment;
    }

    /** An act by the account at the time from the address; a blank comment counts as none. */
    public static SignOff by(Account by, OffsetDateTime at, String from, String comment) {
        return new SignOff(by, at, from, comment == null || comment.isBlank() ? null : comment.strip());
    }

    boolean isBy(Account account) {
        return by.getUsername().equals(account.getUsername());
    }

    public Account getBy() {
        return by;
    }

    public String getByName() {
        return byName;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getFrom() {
        return from;
    }

    public String getComment() {
        return comment;
    }
}
