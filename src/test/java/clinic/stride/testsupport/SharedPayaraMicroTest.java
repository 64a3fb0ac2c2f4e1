package clinic.stride.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

class SharedPayaraMicroTest {

    private static WebArchive war(String name) {
        return ShrinkWrap.create(WebArchive.class, name)
                .addAsWebInfResource(new StringAsset("<beans/>"), "beans.xml")
                .addAsWebResource(new StringAsset("<p>Stride</p>"), "index.html");
    }

    @Test
    void shouldShareOnePayaraWhenTwoClassesDeployTheSameWar() {
        assertEquals(SharedPayaraMicro.fingerprint(war("stride.war")), SharedPayaraMicro.fingerprint(war("stride.war")));
    }

    @Test
    void shouldBootAnotherPayaraWhenAClassAddsToTheWar() {
        WebArchive extended = war("stride.war").addAsWebResource(new StringAsset("probe"), "probe.txt");
        assertNotEquals(SharedPayaraMicro.fingerprint(war("stride.war")), SharedPayaraMicro.fingerprint(extended));
    }

    @Test
    void shouldBootAnotherPayaraWhenTheArchiveHasAnotherName() {
        assertNotEquals(SharedPayaraMicro.fingerprint(war("stride.war")), SharedPayaraMicro.fingerprint(war("other.war")));
    }
}
