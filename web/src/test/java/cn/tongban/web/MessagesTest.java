package cn.tongban.web;

import cn.tongban.catalogue.entity.MaterialForm;
import cn.tongban.catalogue.entity.MatterKind;
import cn.tongban.catalogue.entity.OnlineLevel;
import cn.tongban.catalogue.entity.ProcessType;
import cn.tongban.catalogue.entity.VersionStatus;
import cn.tongban.forms.entity.FieldType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every text a page shows is in both bundles: the keys the pages name literally, and the keys the pages build
 * from the catalogue's enumerations ({@code msg['kind.' += m.kind]}).
 */
class MessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(bundle("zh_CN").stringPropertyNames(), bundle("en").stringPropertyNames());
    }

    @Test
    void everyKeyAPageNamesExistsInChinese() throws IOException {
        Set<String> keys = bundle("zh_CN").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(page));
                while (key.find()) {
                    if (!keys.contains(key.group(1))) {
                        missing.add(page.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyValueOfTheCatalogueHasItsLabel() throws IOException {
        Set<String> keys = bundle("zh_CN").stringPropertyNames();
        List<String> expected = new ArrayList<>();
        Stream.of(MatterKind.values()).forEach(v -> expected.add("kind." + v));
        Stream.of(OnlineLevel.values()).forEach(v -> expected.add("onlineLevel." + v));
        Stream.of(ProcessType.values()).forEach(v -> expected.add("processType." + v));
        Stream.of(VersionStatus.values()).forEach(v -> expected.add("versionStatus." + v));
        Stream.of(MaterialForm.values()).forEach(v -> expected.add("materialForm." + v));
        Stream.of(FieldType.values()).forEach(v -> expected.add("fieldType." + v));
        Stream.of("CLERK", "REVIEWER", "APPROVER").forEach(v -> expected.add("role." + v));
        List<String> missing = expected.stream().filter(k -> !keys.contains(k)).toList();
        assertEquals(List.of(), missing);
    }

    private static Properties bundle(String locale) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/cn/tongban/web/messages_" + locale + ".properties");
             var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
