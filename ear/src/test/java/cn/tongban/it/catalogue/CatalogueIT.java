package cn.tongban.it.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.control.CatalogueSearch.Criteria;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterKind;
import cn.tongban.catalogue.entity.ProcessType;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.platform.entity.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public catalogue on PostgreSQL: the sample data's guides, the keyword search, the import. */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CatalogueIT.class.getPackage());
    }

    @EJB
    Catalogue catalogue;

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    @Test
    void theSampleGuidesAreComplete() {
        Matter parallel = catalogue.matter("ZJJ-003");
        var content = parallel.getCurrentVersion().getContent();
        assertEquals(ProcessType.PARALLEL, content.process().type());
        assertEquals(3, content.process().parallelBranches().size());
        assertTrue(content.process().parallelBranches().get(0).prerequisite(), "the first branch is a 前置 branch");
        assertTrue(content.materials().stream().anyMatch(m -> m.blankForm() != null));
        assertTrue(content.form().fields().size() > 3);
        assertTrue(content.legalBasis().size() > 0 && content.conditions().size() > 0);
        assertEquals(45, content.statutoryDays());
        assertEquals(12, content.promisedDays());
        var offline = catalogue.matter("GAJ-001").getCurrentVersion().getContent();
        assertTrue(offline.contacts().address() != null && !offline.contacts().address().isBlank());
    }

    @Test
    void partOfAChineseWordFindsItsMatters() {
        List<String> found = codes(catalogue.search(new Criteria("施工", null, null), 0, 100).matters());
        assertTrue(found.containsAll(List.of("ZJJ-001", "ZJJ-003")), found.toString());
        assertTrue(codes(catalogue.search(new Criteria("施工许可证", null, null), 0, 100).matters()).contains("ZJJ-001"));
        assertTrue(!codes(catalogue.search(new Criteria("施工许可证", null, null), 0, 100).matters()).contains("ZJJ-003"),
                "every pair of the query must occur, in that order");
        assertTrue(codes(catalogue.search(new Criteria("许可", null, null), 0, 100).matters()).contains("SWUJ-001"));
        assertTrue(codes(catalogue.search(new Criteria("PERMIT", null, null), 0, 100).matters()).contains("ZJJ-001"),
                "English names match whatever the case");
        assertTrue(codes(catalogue.search(new Criteria("zjj-00", null, null), 0, 100).matters()).contains("ZJJ-002"));
        assertEquals(0, catalogue.search(new Criteria("量子纠缠", null, null), 0, 100).total());
        assertEquals(0, catalogue.search(new Criteria("%", null, null), 0, 100).total(), "LIKE wildcards are literal");
    }

    @Test
    void filtersAndPagesAreCountedInTheDatabase() {
        var zjj = catalogue.search(new Criteria("施工", "ZJJ", null), 0, 100);
        assertTrue(zjj.matters().stream().allMatch(m -> m.getDepartment().getCode().equals("ZJJ")));
        assertEquals(0, catalogue.search(new Criteria("施工", "SCJGJ", null), 0, 100).total());
        var services = catalogue.search(new Criteria(null, null, MatterKind.PUBLIC_SERVICE), 0, 100);
        assertTrue(services.matters().stream().allMatch(m -> m.getKind() == MatterKind.PUBLIC_SERVICE));
        assertTrue(codes(services.matters()).containsAll(List.of("SCJGJ-001", "RSJ-002")));

        var first = catalogue.search(new Criteria("施工", "ZJJ", null), 0, 1);
        var second = catalogue.search(new Criteria("施工", "ZJJ", null), 1, 1);
        assertEquals(zjj.total(), first.total());
        assertEquals(1, first.matters().size());
        assertEquals(zjj.matters().get(1).getCode(), second.matters().get(0).getCode());
        assertTrue(catalogue.search(new Criteria(null, null, null), 0, 1000).matters().size() <= Catalogue.MAX_PAGE);
    }

    @Test
    void anImportIsAllOrNothingAndNamesTheBrokenField() throws Exception {
        long before = matterCount();
        String good = TestMatters.matter("ZJJ-G" + System.nanoTime() % 100_000, "ZJJ", "好事项", 10, 5);
        String bad = TestMatters.matter("ZJJ-B" + System.nanoTime() % 100_000, "ZJJ", "坏事项", 10, 5)
                .replace("\"copies\": 2", "\"copies\": 0");
        String file = "{\"departments\": [], \"matters\": [" + good + "," + bad + "]}";

        var refused = assertThrows(BusinessException.class, () -> As.user("office",
                () -> catalogue.importFile(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))));
        String message = refused.message(Locale.ENGLISH);
        assertTrue(message.contains("ZJJ-B") && message.contains("materials[1].copies"), message);
        assertEquals(before, matterCount(), "the valid matter before the broken one was not imported either");

        String unknownDepartment = "{\"departments\": [], \"matters\": ["
                + TestMatters.matter("XYZ-1", "XYZ", "无主事项", 10, 5) + "]}";
        assertThrows(BusinessException.class, () -> As.user("office",
                () -> catalogue.importFile(new ByteArrayInputStream(unknownDepartment.getBytes(StandardCharsets.UTF_8)))));
        assertThrows(BusinessException.class, () -> As.user("office",
                () -> catalogue.importFile(new ByteArrayInputStream("{not json".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(before, matterCount());
    }

    @Test
    void onlyTheServiceOfficeImports() {
        String file = "{\"departments\": [], \"matters\": []}";
        assertThrows(EJBAccessException.class, () -> As.user("deptadmin",
                () -> catalogue.importFile(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void importedMattersAreFoundAtOnce() throws Exception {
        String code = TestMatters.importOne("SWUJ", 10, 5);
        var found = catalogue.search(new Criteria("测试事项施工", "SWUJ", null), 0, 100);
        assertTrue(codes(found.matters()).contains(code));
        assertEquals(5, catalogue.matter(code).getPromisedDays());
    }

    private long matterCount() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM matter").getSingleResult()).longValue();
    }

    private static List<String> codes(List<Matter> matters) {
        return matters.stream().map(Matter::getCode).toList();
    }
}
