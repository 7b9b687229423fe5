package cn.tongban.it.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.it.As;

import javax.naming.InitialContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** Matters of a test's own, imported by the service office, so that tests never share a matter. */
final class TestMatters {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private TestMatters() {
    }

    /** Imports one serial matter of the department and returns its code. */
    static String importOne(String department, int statutoryDays, int promisedDays) throws Exception {
        String code = department + "-T" + (System.currentTimeMillis() % 1_000_000) + SERIAL.incrementAndGet();
        String file = "{\"departments\": [], \"matters\": [" + matter(code, department, "测试事项施工许可" + code,
                statutoryDays, promisedDays) + "]}";
        Catalogue catalogue = (Catalogue) new InitialContext().lookup("java:global/tongban/tongban-ejb/Catalogue");
        As.user("office", () -> catalogue.importFile(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
        return code;
    }

    static String matter(String code, String department, String name, int statutoryDays, int promisedDays) {
        return """
                {"code": "%s", "name": "%s", "nameEn": "Test matter %s", "kind": "ADMINISTRATIVE_LICENSE",
                 "department": "%s", "legalBasis": ["《中华人民共和国行政许可法》第二十九条"],
                 "conditions": ["申请人具备相应条件"],
                 "materials": [{"name": "申请表", "form": "ELECTRONIC", "copies": 1, "blankForm": "申请表.docx", "required": true},
                               {"name": "身份证明", "form": "COPY", "copies": 2, "blankForm": null, "required": false}],
                 "fee": "不收费", "statutoryDays": %d, "promisedDays": %d,
                 "process": {"type": "SERIAL", "stages": [
                     {"name": "受理", "role": "CLERK", "department": "%s", "days": 1},
                     {"name": "审核", "role": "REVIEWER", "department": "%s", "days": 1},
                     {"name": "决定", "role": "APPROVER", "department": "%s", "days": 1}]},
                 "form": {"fields": [{"name": "projectName", "label": "项目名称", "type": "TEXT", "required": true}]},
                 "onlineLevel": "FULL_ONLINE", "contacts": {"phone": "0769-12345678", "address": "东莞市民服务中心"}}
                """.formatted(code, name, code, department, statutoryDays, promisedDays, department, department, department);
    }
}
