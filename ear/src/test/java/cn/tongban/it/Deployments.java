package cn.tongban.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.nio.charset.StandardCharsets;

/**
 * The archives the integration tests deploy: always the real EAR the build produced, so that what is tested
 * is what ships. In-container tests add a small test WAR to it, built from whole test packages.
 */
public final class Deployments {

    public static final String TEST_WAR = "tongban-test.war";

    private Deployments() {
    }

    /** The EAR exactly as built, for black-box tests over HTTP. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("tongban.ear")));
    }

    /**
     * The EAR plus a test WAR holding the given test packages (with their sub-packages) and this package's
     * helpers. The WAR authenticates against the application's security domain, so that tests can act as a
     * given user.
     */
    public static EnterpriseArchive earWithTests(Package... testPackages) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addPackage(Deployments.class.getPackage())
                .addAsWebInfResource(new StringAsset("<jboss-web><security-domain>tongban</security-domain></jboss-web>"),
                        "jboss-web.xml")
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml")
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron, org.eclipse.persistence\n"));
        for (Package p : testPackages) {
            tests.addPackages(true, p);
        }
        EnterpriseArchive ear = ear();
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset(withTestModule(applicationXml(ear))));
        return ear;
    }

    private static String applicationXml(EnterpriseArchive ear) {
        try (var in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withTestModule(String applicationXml) {
        String module = "<module><web><web-uri>" + TEST_WAR + "</web-uri><context-root>/tongban-test</context-root>"
                + "</web></module>";
        int end = applicationXml.lastIndexOf("<library-directory>");
        if (end < 0) {
            end = applicationXml.lastIndexOf("</application>");
        }
        return applicationXml.substring(0, end) + module + applicationXml.substring(end);
    }
}
