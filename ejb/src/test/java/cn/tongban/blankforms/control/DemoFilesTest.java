package cn.tongban.blankforms.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoFilesTest {

    @Test
    void theDemoDocumentsPassTheUploadCheck() {
        assertEquals(SniffedContent.DOCX, ContentSniffer.sniff(DemoFiles.docx("申请表", "ZJJ-001")));
        assertEquals(SniffedContent.XLSX, ContentSniffer.sniff(DemoFiles.xlsx("名册", "ZJJ-001")));
    }

    @Test
    void theTextIsEscapedInsideTheDocument() throws IOException {
        Map<String, String> parts = parts(DemoFiles.docx("A & B <C>", "“引号”"));
        assertTrue(parts.get("word/document.xml").contains("<w:t>A &amp; B &lt;C&gt;</w:t>"));
        assertTrue(parts.get("word/document.xml").contains("<w:t>“引号”</w:t>"));
        assertTrue(parts.containsKey("[Content_Types].xml"));
        assertTrue(parts(DemoFiles.xlsx("名册", "x")).get("xl/worksheets/sheet1.xml").contains("<t>名册</t>"));
    }

    private static Map<String, String> parts(byte[] zip) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
