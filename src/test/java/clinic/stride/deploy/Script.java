package clinic.stride.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one of the shell scripts under deploy/ as an operator would, and keeps what it printed. */
record Script(Path path) {

    /** A script by its path under the project's deploy/ folder. */
    static Script deploy(String relative) {
        return new Script(Path.of(System.getProperty("basedir", "."), "deploy", relative).toAbsolutePath());
    }

    Result run(Map<String, String> environment, Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", path.toString()));
        command.addAll(List.of(args));
        try {
            Path output = java.nio.file.Files.createTempFile("stride-script", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String text = java.nio.file.Files.readString(output, StandardCharsets.UTF_8);
            java.nio.file.Files.deleteIfExists(output);
            if (!finished) {
                throw new IllegalStateException(path + " did not finish within " + timeout + ":\n" + text);
            }
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Result(int exitCode, String output) {
        @Override
        public String toString() {
            return "exit " + exitCode + ":\n" + output;
        }
    }
}
