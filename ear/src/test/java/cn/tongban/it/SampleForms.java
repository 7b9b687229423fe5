package cn.tongban.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Valid online forms of the sample matters, as an applicant would fill them in. */
public final class SampleForms {

    /** A valid unified social credit code (GB 32100), the widely published Fuzhou example. */
    public static final String CREDIT_CODE = "91350100M000100Y43";

    private SampleForms() {
    }

    /** ZJJ-001 建筑工程施工许可证核发. */
    public static JsonObject constructionPermit() {
        return Json.createObjectBuilder()
                .add("projectName", "东莞市南城区示范学校教学楼工程")
                .add("projectCode", "2026-441900-47-01-000123")
                .add("builderName", "东莞市示范教育投资有限公司")
                .add("builderUscc", CREDIT_CODE)
                .add("constructorName", "广东示范建设集团有限公司")
                .add("constructorUscc", CREDIT_CODE)
                .add("projectAddress", "东莞市南城街道鸿福路 100 号")
                .add("townStreet", "南城街道")
                .add("floorArea", "12500.5")
                .add("contractPrice", "38000000")
                .add("plannedStartDate", "2027-01-10")
                .add("plannedEndDate", "2028-06-30")
                .add("contactPhone", "13800138000")
                .build();
    }

    /** ZJJ-003 工程建设项目施工许可阶段并联审批. */
    public static JsonObject parallelConstruction() {
        return Json.createObjectBuilder()
                .add("projectName", "松山湖科技园三期研发楼")
                .add("projectCode", "2026-441900-47-01-000456")
                .add("builderName", "东莞市示范科技园开发有限公司")
                .add("builderUscc", CREDIT_CODE)
                .add("projectAddress", "东莞市松山湖园区科技大道 8 号")
                .add("townStreet", "松山湖")
                .add("totalFloorArea", "48000")
                .add("undergroundArea", "9000.5")
                .add("civilAirDefenseMode", "结建（同步修建防空地下室）")
                .add("totalInvestment", "260000000")
                .add("isSpecialProject", "是")
                .add("constructionDischarge", "是")
                .add("contactPhone", "13900139000")
                .build();
    }

    /** The one-field form of the matters tests import for themselves. */
    public static JsonObject testMatter() {
        return Json.createObjectBuilder().add("projectName", "测试项目").build();
    }

    /** {@link #constructionPermit()} as a JSON text. */
    public static String constructionPermitJson() {
        return constructionPermit().toString();
    }
}
