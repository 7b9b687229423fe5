package cn.tongban.blankforms.control;

import cn.tongban.blankforms.TestFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentSnifferTest {

    @Test
    void recognisesEachAcceptedTypeFromItsBytes() {
        assertEquals(SniffedContent.PDF, ContentSniffer.sniff(TestFiles.pdf()));
        assertEquals(SniffedContent.DOCX, ContentSniffer.sniff(TestFiles.docx()));
        assertEquals(SniffedContent.XLSX, ContentSniffer.sniff(TestFiles.xlsx()));
        assertEquals(SniffedContent.DOC, ContentSniffer.sniff(TestFiles.doc()));
        assertEquals(SniffedContent.XLS, ContentSniffer.sniff(TestFiles.xls()));
        assertEquals(SniffedContent.PNG, ContentSniffer.sniff(TestFiles.png()));
        assertEquals(SniffedContent.JPEG, ContentSniffer.sniff(TestFiles.jpeg()));
    }

    @Test
    void readsCompoundFilesWithLargeSectorsAndLongDirectories() {
        // version 4 files have 4096-byte sectors; a directory of many entries spans chained sectors
        assertEquals(SniffedContent.XLS, ContentSniffer.sniff(TestFiles.compoundFile(12, "Workbook")));
        assertEquals(SniffedContent.DOC, ContentSniffer.sniff(TestFiles.compoundFile(9,
                "Data", "1Table", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation", "CompObj",
                "ObjectPool", "WordDocument")));
        assertEquals(SniffedContent.XLS, ContentSniffer.sniff(TestFiles.compoundFile(9, "Book")));
    }

    @Test
    void recognisesProgramsWhateverTheyAreCalled() {
        assertEquals(SniffedContent.EXECUTABLE, ContentSniffer.sniff(bytes("MZ\u0090\u0000\u0003\u0000\u0000\u0000PE\u0000\u0000")));
        assertEquals(SniffedContent.EXECUTABLE, ContentSniffer.sniff(new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}));
        assertEquals(SniffedContent.EXECUTABLE, ContentSniffer.sniff(new byte[]{(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe, 7, 0}));
        assertEquals(SniffedContent.EXECUTABLE, ContentSniffer.sniff(new byte[]{(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 61}));
        assertEquals(SniffedContent.EXECUTABLE, ContentSniffer.sniff(bytes("#!/bin/sh\nrm -rf /\n")));
    }

    @Test
    void recognisesMarkupWithABomBlanksOrCapitals() {
        assertEquals(SniffedContent.MARKUP, ContentSniffer.sniff(bytes("<!DOCTYPE html><script>alert(1)</script>")));
        assertEquals(SniffedContent.MARKUP, ContentSniffer.sniff(bytes("\n\t  <HTML><body onload=x()>")));
        assertEquals(SniffedContent.MARKUP, ContentSniffer.sniff(bytes("\uFEFF<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>")));
        assertEquals(SniffedContent.MARKUP, ContentSniffer.sniff(bytes("<?xml version=\"1.0\"?><svg/>")));
        assertEquals(SniffedContent.MARKUP, ContentSniffer.sniff("\uFEFF<html>".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void aZipIsAWordOrExcelDocumentOnlyWithTheirParts() {
        assertEquals(SniffedContent.ZIP, ContentSniffer.sniff(TestFiles.zip("readme.txt", "hello")));
        // the parts without the content types, or the content types without a document
        assertEquals(SniffedContent.ZIP, ContentSniffer.sniff(TestFiles.zip("word/document.xml", "<w:document/>")));
        assertEquals(SniffedContent.ZIP, ContentSniffer.sniff(TestFiles.zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>")));
        // both at once is neither
        assertEquals(SniffedContent.ZIP, ContentSniffer.sniff(TestFiles.zip("[Content_Types].xml", "<Types/>",
                "word/document.xml", "<w/>", "xl/workbook.xml", "<x/>")));
        assertEquals(SniffedContent.ZIP, ContentSniffer.sniff(new byte[]{'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
    }

    @Test
    void aDamagedZipIsNoDocument() {
        byte[] docx = TestFiles.docx();
        assertEquals(SniffedContent.ZIP, ContentSniffer.sniff(Arrays.copyOf(docx, docx.length - 30)));
        assertEquals(SniffedContent.ZIP, ContentSniffer.sniff(Arrays.copyOf(docx, 40)));
    }

    @Test
    void documentsWithMacrosAreRecognisedAsSuch() {
        assertEquals(SniffedContent.MACROS, ContentSniffer.sniff(TestFiles.zip("[Content_Types].xml", "<Types/>",
                "word/document.xml", "<w/>", "word/vbaProject.bin", "VBA")));
        assertEquals(SniffedContent.MACROS, ContentSniffer.sniff(TestFiles.compoundFile(9, "WordDocument", "+Macros")));
        assertEquals(SniffedContent.MACROS, ContentSniffer.sniff(TestFiles.compoundFile(9, "Workbook", "+_VBA_PROJECT_CUR")));
    }

    @Test
    void otherOrDamagedCompoundFilesAreNoWordOrExcelDocument() {
        assertEquals(SniffedContent.OTHER_OFFICE, ContentSniffer.sniff(TestFiles.compoundFile(9, "PowerPoint Document")));
        byte[] doc = TestFiles.doc();
        assertEquals(SniffedContent.OTHER_OFFICE, ContentSniffer.sniff(Arrays.copyOf(doc, 520)));
        byte[] loop = TestFiles.doc();
        loop[512 + 4] = 1;                       // the directory sector points at itself
        loop[512 + 5] = 0;
        loop[512 + 6] = 0;
        loop[512 + 7] = 0;
        assertEquals(SniffedContent.OTHER_OFFICE, ContentSniffer.sniff(loop));
        byte[] badShift = TestFiles.doc();
        badShift[0x1e] = 30;
        assertEquals(SniffedContent.OTHER_OFFICE, ContentSniffer.sniff(badShift));
    }

    @Test
    void anythingElseIsUnknownAndNothingIsEmpty() {
        assertEquals(SniffedContent.UNKNOWN, ContentSniffer.sniff(bytes("申请人：张三")));
        assertEquals(SniffedContent.UNKNOWN, ContentSniffer.sniff(new byte[]{0}));
        assertEquals(SniffedContent.UNKNOWN, ContentSniffer.sniff(bytes("%PD")));
        assertEquals(SniffedContent.EMPTY, ContentSniffer.sniff(new byte[0]));
        assertEquals(SniffedContent.EMPTY, ContentSniffer.sniff(null));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
