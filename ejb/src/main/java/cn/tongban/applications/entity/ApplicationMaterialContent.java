package cn.tongban.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/** The bytes of an {@link ApplicationMaterial}, read only when someone downloads it. Shares the material's id. */
@Entity
@Table(name = "application_material_content")
public class ApplicationMaterialContent {

    @Id
    @Column(name = "material_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id")
    private ApplicationMaterial material;

    @Column(name = "content", nullable = false)
    private byte[] bytes;

    protected ApplicationMaterialContent() {
    }

    public ApplicationMaterialContent(ApplicationMaterial material, byte[] bytes) {
        this.material = Objects.requireNonNull(material);
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("A material has content");
        }
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
