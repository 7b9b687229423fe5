package cn.tongban.changes.entity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every refusal of change management has its text in Chinese and in English, and each text is a valid pattern. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        Set<String> zhKeys = ours(zh);
        assertFalse(zhKeys.isEmpty());
        assertEquals(zhKeys, ours(en));
        for (String key : zhKeys) {
            assertFormats(zh.getProperty(key), key);
            assertFormats(en.getProperty(key), key);
        }
    }

    /** The pattern parses and formats its arguments, numbers without grouping ("1000", not "1,000"). */
    private static void assertFormats(String pattern, String key) {
        MessageFormat format = new MessageFormat(pattern);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            arguments[i] = formats[i] instanceof NumberFormat ? (Object) 1000 : "x";
        }
        String text = format.format(arguments);
        assertFalse(text.contains("{"), key + ": " + text);
        assertFalse(text.contains("1,000"), key + ": " + text);
    }

    private static Set<String> ours(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("change.") || key.startsWith("setting.") || key.startsWith("upgrade.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/cn/tongban/platform/" + name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
