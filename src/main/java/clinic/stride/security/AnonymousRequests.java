package clinic.stride.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per client address for requests nobody is signed in for, and for failed sign-ins: each
 * may write an audit row (an unknown intake-link token, a page asked for without a session, a wrong
 * password), and without a limit one client wrote hundreds of permanent rows a second. Over the limit
 * Stride answers 429 and writes nothing. {@code STRIDE_ANONYMOUS_REQUESTS_PER_MINUTE} (default 120) is both
 * the refill rate and the burst; a patient filling in an intake link uses a few requests a minute.
 *
 * <p>In memory, per instance: a cluster of N instances lets an address through N times as often, which still
 * bounds the rows. Addresses come from {@link ClientAddress}, so behind a proxy set {@code STRIDE_TRUSTED_PROXIES}.
 */
@ApplicationScoped
public class AnonymousRequests {

    static final int MAX_ADDRESSES = 100_000;

    @Inject
    @ConfigProperty(name = "STRIDE_ANONYMOUS_REQUESTS_PER_MINUTE", defaultValue = "120")
    int perMinute;

    private static final class Bucket {
        double tokens;
        long atNanos;

        Bucket(double tokens, long atNanos) {
            this.tokens = tokens;
            this.atNanos = atNanos;
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    LongSupplier nanos = System::nanoTime;

    /** Takes one request from the address's allowance; false when it is spent (answer 429, record nothing). */
    public boolean tryAcquire(String address) {
        long now = nanos.getAsLong();
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.atNanos) * perMinute / 60e9);
            bucket.atNanos = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }
}
