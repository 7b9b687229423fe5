package cn.tongban.blankforms.boundary;

import cn.tongban.blankforms.control.DemoFiles;
import cn.tongban.blankforms.control.FormFileCheck;
import cn.tongban.blankforms.entity.BlankForm;
import cn.tongban.blankforms.entity.BlankFormContent;
import cn.tongban.blankforms.entity.FileType;
import cn.tongban.blankforms.entity.FormFileName;
import cn.tongban.blankforms.entity.FormKind;
import cn.tongban.catalogue.entity.Matter;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;

/**
 * Gives the demo catalogue's matters the blank forms their materials name ({@code blankForm} in
 * {@code seed/catalogue.json}), as small genuine Word and Excel files made at start-up, when
 * {@code tongban.demo.enabled} is true. Forms already there are left alone.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoBlankForms {

    private static final Logger LOG = Logger.getLogger(DemoBlankForms.class.getName());

    @Inject
    @ConfigProperty(name = "tongban.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        int added = 0;
        try (InputStream in = DemoBlankForms.class.getClassLoader().getResourceAsStream("seed/catalogue.json");
             var reader = Json.createReader(in)) {
            for (JsonValue value : reader.readObject().getJsonArray("matters")) {
                JsonObject m = value.asJsonObject();
                Matter matter = em.createNamedQuery(Matter.FIND_BY_CODE, Matter.class)
                        .setParameter("code", m.getString("code")).getSingleResult();
                for (JsonValue material : m.getJsonArray("materials")) {
                    JsonObject mat = material.asJsonObject();
                    if (mat.get("blankForm") != null && mat.get("blankForm").getValueType() == JsonValue.ValueType.STRING) {
                        added += add(matter, FormFileName.of(mat.getString("blankForm")), mat.getString("name")) ? 1 : 0;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int forms = added;
        LOG.info(() -> "Demo data: " + forms + " blank form(s) added");
    }

    private boolean add(Matter matter, FormFileName name, String material) {
        if (!em.createNamedQuery(BlankForm.FIND_BY_NAME, BlankForm.class).setParameter("matter", matter)
                .setParameter("fileName", name.value()).getResultList().isEmpty()) {
            return false;
        }
        FileType type = name.announcedType();
        String title = name.value().substring(0, name.value().lastIndexOf('.'));
        String line = matter.getCode() + " " + matter.getName() + " — " + material;
        byte[] content = switch (type) {
            case DOCX -> DemoFiles.docx(title, line);
            case XLSX -> DemoFiles.xlsx(title, line);
            default -> null;
        };
        if (content == null) {
            return false;
        }
        BlankForm form = new BlankForm(matter, name, FormKind.BLANK_FORM, type, content.length,
                FormFileCheck.sha256(content), null, matter.getDepartment().getName(), OffsetDateTime.now(clock));
        em.persist(form);
        em.persist(new BlankFormContent(form, content));
        return true;
    }
}
