package vn.thidua.eligibility.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a hostile payload would touch, each watched: a file (a process would create it too), a
 * system property and a listening socket. A hostile file names them as {@code CANARY},
 * {@code hostile.canary} and {@code CANARY_PORT}.
 */
final class Canaries implements AutoCloseable {
    static final String PROPERTY = "hostile.canary";

    final Path file;
    final ServerSocket socket;

    Canaries(Path folder, String name) {
        this.file = folder.resolve("canary-" + name);
        try {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            socket.setSoTimeout(50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload aimed at these canaries. */
    String arm(String text) {
        return text.replace("CANARY_PORT", String.valueOf(socket.getLocalPort())).replace("CANARY", file.toString());
    }

    /** Every canary touched so far: empty when the payload never ran. */
    List<String> touched() {
        List<String> touched = new ArrayList<>();
        if (Files.exists(file)) {
            touched.add("file " + file);
        }
        if (System.getProperty(PROPERTY) != null) {
            touched.add("system property " + PROPERTY);
        }
        try (Socket accepted = socket.accept()) {
            touched.add("socket " + accepted.getLocalPort());
        } catch (SocketTimeoutException e) {
            // nobody connected
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return touched;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        System.clearProperty(PROPERTY);
    }
}
