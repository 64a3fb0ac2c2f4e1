package clinic.stride.patientlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class LinkTokenTest {

    @Test
    void shouldCarry256RandomBitsInUrlSafeTextWhenGenerated() {
        String token = LinkToken.generate();
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(LinkToken.looksValid(token), token);
        assertNotEquals(token, LinkToken.generate());
    }

    @Test
    void shouldStoreTheSha256OfTheTokenWhenHashed() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", LinkToken.hash("abc"));
    }

    @Test
    void shouldNotLookLikeATokenWhenShapedOtherwise() {
        assertFalse(LinkToken.looksValid(null));
        assertFalse(LinkToken.looksValid("short"));
        assertFalse(LinkToken.looksValid("a".repeat(42) + "/"));
    }
}
