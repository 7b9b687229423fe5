package cn.tongban.rest.blankforms;

import cn.tongban.blankforms.entity.BlankForm;
import cn.tongban.platform.boundary.Clocks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/** A blank form or sample of a matter as the API lists it; {@code href} is where its file is. */
@Schema(name = "BlankForm", description = "A blank form (空白表格) or sample (示例样表) of a matter")
public record BlankFormJson(
        @Schema(example = "建筑工程施工许可证申请表.docx") String name,
        @Schema(enumeration = {"BLANK_FORM", "SAMPLE"}, example = "BLANK_FORM") String kind,
        @Schema(example = "application/vnd.openxmlformats-officedocument.wordprocessingml.document") String contentType,
        @Schema(description = "bytes", example = "1432") long size,
        @Schema(description = "SHA-256 of the file, hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(example = "2026-11-25T10:15:30+08:00") OffsetDateTime uploadedAt,
        @Schema(example = "/api/v1/matters/ZJJ-001/forms/%E7%94%B3%E8%AF%B7%E8%A1%A8.docx") String href) {

    static BlankFormJson of(String matterCode, BlankForm f) {
        String href = "/api/v1/matters/" + segment(matterCode) + "/forms/" + segment(f.getFileName());
        return new BlankFormJson(f.getFileName(), f.getKind().name(), f.getContentType(), f.getSize(), f.getSha256(),
                f.getUploadedAt().atZoneSameInstant(Clocks.CHINA).toOffsetDateTime(), href);
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
