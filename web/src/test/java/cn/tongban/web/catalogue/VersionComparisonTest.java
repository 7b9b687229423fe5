package cn.tongban.web.catalogue;

import cn.tongban.catalogue.entity.MaterialForm;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.catalogue.entity.OnlineLevel;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The side-by-side rows of the version page, with the portal's own Chinese texts. */
class VersionComparisonTest {

    private static final ResourceBundle CHINESE = ResourceBundle.getBundle("cn.tongban.web.messages",
            Locale.SIMPLIFIED_CHINESE);

    private static final VersionComparison.Labels LABELS = new VersionComparison.Labels() {
        @Override
        public String text(String key, Object... arguments) {
            return new MessageFormat(CHINESE.getString(key), Locale.SIMPLIFIED_CHINESE).format(arguments);
        }

        @Override
        public String department(String code) {
            return "ZJJ".equals(code) ? "东莞市住房和城乡建设局" : code;
        }
    };

    private final MatterContent inForce = seed("ZJJ-002");

    @Test
    void aChangedTimeLimitIsOneRowWithBothValues() {
        MatterContent draft = inForce.withTimeLimits(15, 6);

        List<VersionComparison.Row> rows = rows(inForce, draft);

        assertEquals(1, rows.size());
        assertEquals("promisedDays", rows.get(0).field());
        assertEquals(List.of(new VersionComparison.Line("8", true)), rows.get(0).before());
        assertEquals(List.of(new VersionComparison.Line("6", true)), rows.get(0).after());
    }

    @Test
    void aListIsComparedLineByLineAndOnlyTheChangedLineIsMarked() {
        List<String> conditions = new ArrayList<>(inForce.conditions());
        String dropped = conditions.set(2, "设计单位具有相应资质等级");
        MatterContent draft = withConditions(conditions);

        VersionComparison.Row row = rows(inForce, draft).get(0);

        assertEquals("conditions", row.field());
        assertEquals(inForce.conditions().size(), row.before().size());
        assertEquals(List.of(new VersionComparison.Line(dropped, true)),
                row.before().stream().filter(VersionComparison.Line::changed).toList());
        assertEquals(List.of(new VersionComparison.Line("设计单位具有相应资质等级", true)),
                row.after().stream().filter(VersionComparison.Line::changed).toList());
        assertFalse(row.after().get(0).changed());
        assertEquals(inForce.conditions().get(0), row.after().get(0).text());
    }

    @Test
    void markupInATextStaysTextForThePageToEscape() {
        MatterContent draft = withConditions(List.of("<script>alert(1)</script>"));

        VersionComparison.Row row = rows(inForce, draft).get(0);

        assertEquals("<script>alert(1)</script>", row.after().get(0).text());
    }

    @Test
    void enumerationsAreNamedInTheReadersLanguage() {
        MatterContent draft = inForce.withTexts(inForce.name(), inForce.nameEn(), inForce.fee(), inForce.servicePromise(),
                inForce.legalBasis(), inForce.conditions(), OnlineLevel.OFFLINE_ONLY, inForce.contacts());

        VersionComparison.Row row = rows(inForce, draft).get(0);

        assertEquals("onlineLevel", row.field());
        assertEquals("全程网办", row.before().get(0).text());
        assertEquals("仅限线下办理", row.after().get(0).text());
    }

    @Test
    void aFieldThatIsGoneLeavesItsSideEmpty() {
        MatterContent draft = inForce.withTexts(inForce.name(), null, inForce.fee(), inForce.servicePromise(),
                inForce.legalBasis(), inForce.conditions(), inForce.onlineLevel(), inForce.contacts());

        VersionComparison.Row row = rows(inForce, draft).get(0);

        assertEquals("nameEn", row.field());
        assertEquals(1, row.before().size());
        assertTrue(row.after().isEmpty());
    }

    @Test
    void materialsProcessFormAndContactsAreReadableLines() {
        MatterContent other = seed("ZJJ-001");

        List<VersionComparison.Row> rows = rows(inForce, other);

        VersionComparison.Row materials = row(rows, "materials");
        MatterContent.Material first = inForce.materials().get(0);
        assertEquals(MaterialForm.ELECTRONIC, first.form());
        assertEquals(first.name() + " · 电子件 × 1 · 必需 · 空白表格：" + first.blankForm(), materials.before().get(0).text());
        VersionComparison.Row process = row(rows, "process");
        assertEquals("审批方式：串联审批", process.before().get(0).text());
        assertTrue(process.before().get(1).text().contains("受理人员 · 东莞市住房和城乡建设局"), process.before().get(1).text());
        VersionComparison.Row form = row(rows, "form");
        assertTrue(form.before().stream().anyMatch(l -> l.text().equals("建设单位统一社会信用代码 · 统一社会信用代码 · 必填")),
                form.before().toString());
        VersionComparison.Row contacts = row(rows, "contacts");
        assertTrue(contacts.before().get(0).text().startsWith("咨询电话："), contacts.before().toString());
    }

    @Test
    void aFieldThisPageDoesNotKnowIsShownAsTheServiceWroteIt() {
        List<VersionComparison.Row> rows = VersionComparison.rows(
                List.of(new MatterContent.Difference("attachments", "a\nb", "a\nc")), inForce, inForce, LABELS);

        assertEquals(List.of(new VersionComparison.Line("a", false), new VersionComparison.Line("b", true)),
                rows.get(0).before());
        assertEquals(List.of(new VersionComparison.Line("a", false), new VersionComparison.Line("c", true)),
                rows.get(0).after());
    }

    private static List<VersionComparison.Row> rows(MatterContent before, MatterContent after) {
        return VersionComparison.rows(after.differencesFrom(before), before, after, LABELS);
    }

    private static VersionComparison.Row row(List<VersionComparison.Row> rows, String field) {
        return rows.stream().filter(r -> r.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + field + " in " + rows));
    }

    private MatterContent withConditions(List<String> conditions) {
        return inForce.withTexts(inForce.name(), inForce.nameEn(), inForce.fee(), inForce.servicePromise(),
                inForce.legalBasis(), conditions, inForce.onlineLevel(), inForce.contacts());
    }

    /** A matter of the sample catalogue the demo data loads. */
    static MatterContent seed(String code) {
        try (InputStream in = VersionComparisonTest.class.getClassLoader().getResourceAsStream("seed/catalogue.json");
             var reader = Json.createReader(in)) {
            JsonObject matter = reader.readObject().getJsonArray("matters").stream().map(JsonValue::asJsonObject)
                    .filter(m -> m.getString("code").equals(code)).findFirst().orElseThrow();
            return MatterContent.fromJson(code, matter);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
