package cn.tongban.rest.catalogue;

import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.forms.entity.FormDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A matter's whole service guide (办事指南) as it is in force. */
@Schema(name = "MatterGuide", description = "The service guide of a matter, from the version in force")
public record MatterGuideJson(
        @Schema(example = "ZJJ-001") String code,
        @Schema(example = "ZJJ") String department,
        @Schema(example = "东莞市住房和城乡建设局") String departmentName,
        @Schema(description = "The number of the version in force", example = "1") int version,
        @Schema(description = "The day the version came into force", example = "2026-11-25") LocalDate effectiveFrom,
        @Schema(example = "建筑工程施工许可证核发") String name,
        String nameEn,
        @Schema(example = "ADMINISTRATIVE_LICENSE") String kind,
        List<String> legalBasis,
        List<String> conditions,
        List<MatterContent.Material> materials,
        String fee,
        @Schema(description = "法定时限, working days", example = "7") int statutoryDays,
        @Schema(description = "承诺时限, working days", example = "3") int promisedDays,
        MatterContent.Process process,
        FormDefinition form,
        @Schema(example = "FULL_ONLINE") String onlineLevel,
        MatterContent.Contacts contacts,
        String servicePromise) {

    static MatterGuideJson of(Matter matter) {
        var version = matter.getCurrentVersion();
        MatterContent c = version.getContent();
        return new MatterGuideJson(matter.getCode(), matter.getDepartment().getCode(), matter.getDepartment().getName(),
                version.getNumber(), version.getEffectiveFrom(), c.name(), c.nameEn(), c.kind().name(), c.legalBasis(),
                c.conditions(), c.materials(), c.fee(), c.statutoryDays(), c.promisedDays(), c.process(), c.form(),
                c.onlineLevel().name(), c.contacts(), c.servicePromise());
    }
}
