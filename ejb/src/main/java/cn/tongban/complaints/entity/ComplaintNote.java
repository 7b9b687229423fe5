package cn.tongban.complaints.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.moderation.entity.TextRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** A note of the supervision department's investigation (查处, 第十二条): internal, never shown to the complainant. */
@Entity
@Table(name = "complaint_note")
@NamedQuery(name = ComplaintNote.FIND_BY_COMPLAINT, query = """
        SELECT n FROM ComplaintNote n WHERE n.complaint = :complaint ORDER BY n.writtenAt, n.id""")
public class ComplaintNote {

    public static final String FIND_BY_COMPLAINT = "ComplaintNote.findByComplaint";

    @Id
    @SequenceGenerator(name = "complaint_note_seq", sequenceName = "complaint_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_note_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false)
    private Complaint complaint;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false, length = 4000)
    private String text;

    protected ComplaintNote() {
    }

    ComplaintNote(Complaint complaint, Account author, String text, OffsetDateTime now) {
        this.complaint = Objects.requireNonNull(complaint);
        this.authorId = author.getId();
        this.authorName = author.getDisplayName();
        this.text = Objects.requireNonNull(text);
        this.writtenAt = Objects.requireNonNull(now);
    }

    public List<String> getTextLines() {
        return TextRule.lines(text);
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }
}
