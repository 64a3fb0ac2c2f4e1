package clinic.stride.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReleaseTest {

    @Test
    void shouldReportThePomVersionWhenAskedForTheVersion() {
        assertEquals(PomVersion.expected(), Release.version());
    }

    @Test
    void shouldNameStrideAndItsVersionWhenAskedForTheName() {
        assertEquals("Stride " + PomVersion.expected(), Release.name());
    }
}
