package clinic.stride.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the very WAR Maven packaged, deployed whole to a real
 * Payara Micro. Tests talk to it over HTTP like a client would, and read PostgreSQL directly to check what
 * was stored.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive stride() {
        String path = System.getProperty("stride.war", "target/stride.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("The packaged WAR is missing at " + war.getAbsolutePath()
                    + "; run integration tests with 'mvn verify', which packages it first");
        }
        return ShrinkWrap.create(ZipImporter.class, "stride.war").importFrom(war).as(WebArchive.class);
    }
}
