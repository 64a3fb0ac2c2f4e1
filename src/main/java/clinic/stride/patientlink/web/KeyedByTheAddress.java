package clinic.stride.patientlink.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a servlet behind a patient link: a request that carries a token in its address ({@link LinkPages#token}) is
 * authorised by that token alone, so the CSRF check (security.CsrfFilter) asks it for no session token. Only for
 * pages where the token is the only credential, long and random and held by the patient alone: a forged cross-site
 * post cannot be made without it, and a session token would add nothing but an expiry. A request without a token
 * in the address is checked as any other.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KeyedByTheAddress {
}
