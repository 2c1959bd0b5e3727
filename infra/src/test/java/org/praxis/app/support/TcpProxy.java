package org.praxis.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of a real service that a test can cut and restore: while cut, connections are
 * refused and open ones are dropped, exactly as when the service is down. It can also hold the service's
 * answers back while requests still reach it, as when a service crashes after doing the work but before
 * its answer leaves.
 */
public final class TcpProxy implements AutoCloseable {

    private final URI target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean answersHeld;

    public TcpProxy(URI target) {
        this.target = target;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        restore();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /**
     * The next answer of the service is dropped and the proxy cut at that moment, as if the service crashed
     * right after doing the work: its client never learns the outcome.
     */
    public void holdAnswers() {
        answersHeld = true;
    }

    public synchronized void cut() {
        close(server);
        open.forEach(TcpProxy::close);
        open.clear();
        server = null;
    }

    public synchronized void restore() {
        answersHeld = false;
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = listening;
            daemon(() -> accept(listening));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            Socket client;
            try {
                client = listening.accept();
            } catch (IOException closed) {
                return;
            }
            try {
                Socket service = new Socket(target.getHost(), target.getPort());
                open.add(client);
                open.add(service);
                pump(client, service, false);
                pump(service, client, true);
            } catch (IOException serviceDown) {
                close(client);
            }
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    if (answers && answersHeld) {
                        cut();
                        return;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException dropped) {
                // the proxy was cut or a side hung up
            } finally {
                close(from);
                close(to);
            }
        });
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "tcp-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // already closed
        }
    }
}
