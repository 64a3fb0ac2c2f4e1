package clinic.stride.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Arquillian's Payara Micro managed container, booted once per test JVM instead of once per test class.
 *
 * <p>The managed adapter starts a Payara Micro process in {@code deploy} and kills it in {@code undeploy}, so
 * every IT class paid a 20-60 s boot. Stride's ITs are black-box clients of the same packaged WAR
 * ({@link Deployments#stride()}), so one running Payara serves them all: the first class that deploys an archive
 * boots Payara through the real adapter, later classes deploying the same archive get the same address, and
 * the process stops when Arquillian stops the container at the end of the Failsafe run. A different archive
 * (another name or other entries) gets its own Payara; so does any archive once the shared one stopped answering.
 *
 * <p>{@code -Dstride.it.sharedPayara=false} restores one Payara per class (to compare, or to rule sharing out).
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

    /** Registered in META-INF/services: takes the place of the adapter's container, whatever order they load in. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
        }
    }

    private record Running(PayaraMicroDeployableContainer container, Archive<?> archive, ProtocolMetaData metaData) {
    }

    /** Payara instances of this JVM by archive fingerprint; static because Arquillian may make this class anew. */
    private static final Map<String, Running> RUNNING = new LinkedHashMap<>();

    private PayaraMicroContainerConfiguration configuration;

    private static boolean sharing() {
        return !"false".equals(System.getProperty("stride.it.sharedPayara"));
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new PayaraMicroDeployableContainer().getDefaultProtocol();
    }

    @Override
    public void start() {
        // Payara boots on the first deploy, as in the adapter.
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String key = fingerprint(archive);
        synchronized (RUNNING) {
            Running running = RUNNING.get(key);
            if (running != null && answers(running.metaData())) {
                LOG.info(() -> "Reusing the running Payara Micro for " + archive.getName());
                return running.metaData();
            }
            if (running != null) {
                LOG.warning(() -> "The shared Payara Micro for " + archive.getName() + " stopped answering; booting another");
                stopQuietly(RUNNING.remove(key));
            }
            PayaraMicroDeployableContainer container = new PayaraMicroDeployableContainer();
            container.setup(configuration);
            ProtocolMetaData metaData;
            try {
                metaData = container.deploy(archive);
            } catch (DeploymentException | RuntimeException e) {
                // A boot that timed out leaves its process running: end it before the next class boots another.
                stopQuietly(new Running(container, archive, null));
                throw e;
            } finally {
                SecondLane.sharedBootEnded();
            }
            if (sharing()) {
                RUNNING.put(key, new Running(container, archive, metaData));
            } else {
                RUNNING.put(key + "#" + RUNNING.size(), new Running(container, archive, metaData));
            }
            return metaData;
        }
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (sharing()) {
            return; // stays up for the next class; stop() ends it
        }
        synchronized (RUNNING) {
            var entries = RUNNING.entrySet().iterator();
            while (entries.hasNext()) {
                Running running = entries.next().getValue();
                if (running.archive() == archive) {
                    entries.remove();
                    running.container().undeploy(archive);
                    return;
                }
            }
        }
    }

    @Override
    public void stop() throws LifecycleException {
        synchronized (RUNNING) {
            RUNNING.values().forEach(SharedPayaraMicro::stopQuietly);
            RUNNING.clear();
        }
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("Payara Micro deploys archives only");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("Payara Micro deploys archives only");
    }

    private static void stopQuietly(Running running) {
        try {
            running.container().undeploy(running.archive());
        } catch (DeploymentException | RuntimeException e) {
            LOG.warning("Could not stop Payara Micro for " + running.archive().getName() + ": " + e);
        }
    }

    /** Whether the Payara of an earlier deployment still accepts connections on its HTTP port. */
    private static boolean answers(ProtocolMetaData metaData) {
        HTTPContext http = metaData.getContexts(HTTPContext.class).stream().findFirst().orElse(null);
        if (http == null) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(http.getHost(), http.getPort()), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The archive's name and the paths of its entries: the same packaged WAR gives the same fingerprint. */
    static String fingerprint(Archive<?> archive) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            archive.getContent().keySet().stream().map(ArchivePath::get).sorted()
                    .forEach(path -> digest.update((path + "\n").getBytes(StandardCharsets.UTF_8)));
            return archive.getName() + "@" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
