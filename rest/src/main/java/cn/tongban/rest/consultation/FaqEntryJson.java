package cn.tongban.rest.consultation;

import cn.tongban.consultation.entity.Question;
import cn.tongban.platform.boundary.Clocks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * One published question with its answer. Who asked is never part of it. The texts are plain text with
 * {@code \n} between lines; a client shows them as text, never as HTML.
 */
@Schema(name = "FaqEntry", description = "A published question and answer (常见问题)")
public record FaqEntryJson(
        @Schema(example = "ZX-20261125-7K3QM2XA") String number,
        @Schema(example = "施工许可一般需要多长时间？") String question,
        @Schema(example = "承诺时限为 7 个工作日。\n材料不全的，需先补正。") String answer,
        @Schema(example = "ZJJ") String department,
        @Schema(example = "东莞市住房和城乡建设局") String departmentName,
        OffsetDateTime answeredAt,
        OffsetDateTime publishedAt) {

    static FaqEntryJson of(Question q) {
        return new FaqEntryJson(q.getNumber(), q.getText(), q.getAnswer(), q.getDepartment().getCode(),
                q.getDepartment().getName(), china(q.getAnsweredAt()), china(q.getPublishedAt()));
    }

    private static OffsetDateTime china(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Clocks.CHINA).toOffsetDateTime();
    }
}
