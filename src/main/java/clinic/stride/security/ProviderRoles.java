package clinic.stride.security;

import clinic.stride.vocabulary.Roles;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which Stride roles an identity provider's claim gives: each value of the claim (a list of group or role names,
 * or one name) is looked up in a map from the provider's names to Stride's, written as
 * {@code STRIDE_OIDC_ROLES="stride-clinicians=clinician,stride-admins=admin"}. A value the map does not name
 * gives no role, so a provider group added for some other application never opens Stride. Without a map the
 * provider must use Stride's own names ({@code front-desk} or {@code frontdesk}, {@code clinician}, {@code admin}).
 * The claim name may be a dotted path into nested objects, e.g. Keycloak's {@code realm_access.roles}.
 */
final class ProviderRoles {

    private static final Map<String, String> STRIDE_NAMES = Map.of(
            Roles.FRONT_DESK, Roles.FRONT_DESK, "frontdesk", Roles.FRONT_DESK,
            Roles.CLINICIAN, Roles.CLINICIAN, Roles.ADMIN, Roles.ADMIN);

    private final Map<String, String> map;

    private ProviderRoles(Map<String, String> map) {
        this.map = map;
    }

    /**
     * Reads {@code provider=stride} pairs separated by commas; blank gives Stride's own names. A pair naming a role
     * Stride does not have is a configuration error, refused at once rather than silently granting nothing.
     */
    static ProviderRoles parse(String pairs) {
        if (pairs == null || pairs.isBlank()) {
            return new ProviderRoles(STRIDE_NAMES);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            String role = equals < 0 ? "" : pair.substring(equals + 1).strip();
            if (equals <= 0 || !Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("STRIDE_OIDC_ROLES: '" + pair.strip()
                        + "' is not provider-name=role with role one of " + Roles.ALL);
            }
            map.put(pair.substring(0, equals).strip(), role);
        }
        return new ProviderRoles(Map.copyOf(map));
    }

    /** Stride roles for the claim's value as the ID token carried it (a list, a string, or absent). */
    Set<String> of(Object claim) {
        Set<String> roles = new TreeSet<>();
        Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        for (Object value : values) {
            if (value instanceof String name) {
                String role = map.get(name);
                if (role == null && map == STRIDE_NAMES) {
                    role = map.get(name.toLowerCase(Locale.ROOT));
                }
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** The value at a dotted path in the token's claims ({@code groups}, {@code realm_access.roles}). */
    static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(part);
        }
        return value;
    }
}
