package clinic.stride.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the very WAR Maven packaged for Payara Micro, deployed to a real
 * Payara Micro given its libraries (src/test/resources/arquillian.xml) as every deployed Stride is. Tests talk to it over HTTP like a client would, and read PostgreSQL directly to check what
 * was stored.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive stride() {
        File war = MicroJars.microWar().toFile();
        if (!war.isFile()) {
            throw new IllegalStateException("The packaged WAR is missing at " + war.getAbsolutePath()
                    + "; run integration tests with 'mvn verify', which packages it first");
        }
        return ShrinkWrap.create(ZipImporter.class, "stride.war").importFrom(war).as(WebArchive.class);
    }
}
