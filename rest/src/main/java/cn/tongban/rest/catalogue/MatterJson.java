package cn.tongban.rest.catalogue;

import cn.tongban.catalogue.entity.Matter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A matter as the API shows it. */
@Schema(name = "Matter", description = "A matter (事项) of the catalogue")
public record MatterJson(
        @Schema(example = "ZJJ-001") String code,
        @Schema(example = "建筑工程施工许可证核发") String name,
        @Schema(example = "Construction Permit Issuance") String nameEn,
        @Schema(example = "ADMINISTRATIVE_LICENSE") String kind,
        @Schema(example = "ZJJ") String department,
        @Schema(example = "东莞市住房和城乡建设局") String departmentName,
        @Schema(description = "法定时限, working days", example = "7") int statutoryDays,
        @Schema(description = "承诺时限, working days", example = "3") int promisedDays,
        @Schema(example = "SERIAL") String processType,
        @Schema(example = "FULL_ONLINE") String onlineLevel) {

    static MatterJson of(Matter m) {
        return new MatterJson(m.getCode(), m.getName(), m.getNameEn(), m.getKind().name(), m.getDepartment().getCode(),
                m.getDepartment().getName(), m.getStatutoryDays(), m.getPromisedDays(), m.getProcessType().name(),
                m.getOnlineLevel().name());
    }
}
