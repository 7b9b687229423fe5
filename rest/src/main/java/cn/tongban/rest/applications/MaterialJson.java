package cn.tongban.rest.applications;

import cn.tongban.applications.entity.ApplicationMaterial;
import cn.tongban.platform.boundary.Clocks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A file handed in for one of the matter's materials. */
@Schema(name = "Material")
public record MaterialJson(
        long id,
        @Schema(description = "The material it answers, as the matter's guide names it", example = "施工合同") String name,
        @Schema(example = "施工合同.pdf") String fileName,
        @Schema(description = "The type its content showed", example = "application/pdf") String contentType,
        long size,
        @Schema(description = "SHA-256 of the content, in hex") String sha256,
        OffsetDateTime uploadedAt) {

    static MaterialJson of(ApplicationMaterial m) {
        return new MaterialJson(m.getId(), m.getMaterialName(), m.getFileName().value(), m.getContentType(), m.getSizeBytes(),
                m.getSha256(), m.getUploadedAt().atZoneSameInstant(Clocks.CHINA).toOffsetDateTime());
    }
}
