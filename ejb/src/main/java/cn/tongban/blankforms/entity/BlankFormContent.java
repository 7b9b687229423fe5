package cn.tongban.blankforms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/** The bytes of a {@link BlankForm}, read only when someone downloads it. Shares the form's id. */
@Entity
@Table(name = "blank_form_content")
public class BlankFormContent {

    @Id
    @Column(name = "blank_form_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "blank_form_id")
    private BlankForm form;

    @Column(name = "content", nullable = false)
    private byte[] bytes;

    protected BlankFormContent() {
    }

    public BlankFormContent(BlankForm form, byte[] bytes) {
        this.form = Objects.requireNonNull(form);
        replace(bytes);
    }

    public final void replace(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("A blank form has content");
        }
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
