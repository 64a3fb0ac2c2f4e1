package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import clinic.stride.vocabulary.Roles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderRolesTest {

    private final ProviderRoles mapped = ProviderRoles.parse("stride-clinicians=clinician, Recepción=front-desk,stride-admins=admin");

    @Test
    void shouldGiveTheMappedRolesWhenTheClaimListsGroups() {
        assertEquals(Set.of(Roles.CLINICIAN, Roles.FRONT_DESK), mapped.of(List.of("stride-clinicians", "Recepción", "payroll")));
    }

    @Test
    void shouldGiveNoRoleWhenNoValueIsMapped() {
        assertEquals(Set.of(), mapped.of(List.of("clinician", "admin", "stride-clinicians-old")));
        assertEquals(Set.of(), mapped.of(null));
        assertEquals(Set.of(), mapped.of(Map.of("admin", true)));
    }

    @Test
    void shouldReadASingleStringClaimAsOneValue() {
        assertEquals(Set.of(Roles.ADMIN), mapped.of("stride-admins"));
    }

    @Test
    void shouldUseStridesOwnRoleNamesWhenNoMapIsConfigured() {
        ProviderRoles own = ProviderRoles.parse("");
        assertEquals(Set.of(Roles.FRONT_DESK, Roles.CLINICIAN), own.of(List.of("frontdesk", "Clinician", "nurse")));
        assertEquals(Set.of(Roles.ADMIN), own.of(List.of("admin")));
    }

    @Test
    void shouldRefuseAMapThatNamesARoleStrideDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> ProviderRoles.parse("doctors=physician"));
        assertThrows(IllegalArgumentException.class, () -> ProviderRoles.parse("no-equals-sign"));
    }

    @Test
    void shouldFindAClaimAtADottedPathAsKeycloakNestsRealmRoles() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("stride-admins")), "groups", "stride-clinicians");
        assertEquals(List.of("stride-admins"), ProviderRoles.claim(claims, "realm_access.roles"));
        assertEquals("stride-clinicians", ProviderRoles.claim(claims, "groups"));
        assertEquals(null, ProviderRoles.claim(claims, "groups.roles"));
    }
}
