package cn.tongban.consultation.entity;

import cn.tongban.platform.entity.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AskerTest {

    private final List<Violation> violations = new ArrayList<>();

    @Test
    void aVisitorWithANameAndNoContact() {
        Asker asker = Asker.visitor("  李四 ", null, violations);
        assertTrue(violations.isEmpty());
        assertTrue(asker.isVisitor());
        assertEquals("李四", asker.getName());
        assertNull(asker.getEmail());
        assertNull(asker.getPhone());
        assertNull(Asker.visitor("李四", "   ", violations).getPhone());
    }

    @ParameterizedTest
    @CsvSource({"13800138000, 13800138000", "138 0013 8000, 13800138000", "138-0013-8000, 13800138000",
            "+8613912345678, 13912345678", "8619912345678, 19912345678"})
    void aMainlandMobileNumber(String typed, String stored) {
        Asker asker = Asker.visitor("李四", typed, violations);
        assertTrue(violations.isEmpty(), violations.toString());
        assertEquals(stored, asker.getPhone());
        assertNull(asker.getEmail());
    }

    @Test
    void anEmailAddressIsStoredInLowerCase() {
        Asker asker = Asker.visitor("Li Si", " Li.Si@Example.CN ", violations);
        assertTrue(violations.isEmpty());
        assertEquals("li.si@example.cn", asker.getEmail());
        assertNull(asker.getPhone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "1380013800", "138001380001", "23800138000", "电话13800138000",
            "li@", "@example.cn", "li@example", "li si@example.cn", "li@@example.cn", "li@example.", "<script>@x.cn"})
    void anythingElseIsRefusedAsContact(String typed) {
        assertNull(Asker.visitor("李四", typed, violations));
        assertEquals(List.of("contact"), violations.stream().map(Violation::field).toList());
        assertEquals("consultation.contact.invalid", violations.get(0).key());
    }

    @Test
    void aVisitorMustLeaveAName() {
        assertNull(Asker.visitor("  ", "13800138000", violations));
        assertNull(Asker.visitor("张\n三", null, violations));
        assertNull(Asker.visitor("名".repeat(51), null, violations));
        assertEquals(List.of("consultation.name.required", "consultation.name.controlCharacters",
                "consultation.name.tooLong"), violations.stream().map(Violation::key).toList());
    }

    @Test
    void nameAndContactAreBothReported() {
        assertNull(Asker.visitor(null, "not a contact", violations));
        assertEquals(List.of("name", "contact"), violations.stream().map(Violation::field).toList());
    }
}
