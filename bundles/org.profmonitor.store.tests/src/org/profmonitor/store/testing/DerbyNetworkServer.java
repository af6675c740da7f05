/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.UUID;

import org.apache.derby.drda.NetworkServerControl;
import org.profmonitor.store.StoreLocation;

/**
 * Apache Derby's network server of the tests' own, in this JVM, on a free loopback port: the
 * store then talks to it through Derby's network client, as a region's Derby server would be
 * used. One server serves the whole JVM; every test gets an in-memory database of its own on it.
 */
public final class DerbyNetworkServer {

    private static final String LOOPBACK = "127.0.0.1";
    private static final int PING_ATTEMPTS = 100;
    private static DerbyNetworkServer instance;

    private final NetworkServerControl control;
    private final int port;
    private final StringWriter log = new StringWriter();

    private DerbyNetworkServer(int port) throws Exception {
        this.port = port;
        this.control = new NetworkServerControl(InetAddress.getByName(LOOPBACK), port);
        control.start(new PrintWriter(log, true));
        for (int i = 0;; i++) {
            try {
                control.ping();
                return;
            } catch (Exception e) {
                if (i == PING_ATTEMPTS) {
                    throw new IllegalStateException("the Derby network server did not start: " + log, e);
                }
                Thread.sleep(100);
            }
        }
    }

    /** @return the server, started on first use and shut down when the JVM exits */
    public static synchronized DerbyNetworkServer get() {
        if (instance == null) {
            try {
                instance = new DerbyNetworkServer(freePort());
            } catch (Exception e) {
                throw new IllegalStateException("the Derby network server did not start: " + e.getMessage(), e);
            }
            DerbyNetworkServer started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop the Derby network server"));
        }
        return instance;
    }

    /** @return the port it listens on, on 127.0.0.1 */
    public int port() {
        return port;
    }

    /**
     * @param user the user the client connects as; Derby without authentication takes any name
     * @return a new, empty in-memory database on the server, as the user
     */
    public StoreLocation newDatabase(String user) {
        return StoreLocation.url("jdbc:derby://" + LOOPBACK + ":" + port + "/memory:pm-" + UUID.randomUUID()
                + ";create=true;user=" + user);
    }

    private void stop() {
        try {
            control.shutdown();
        } catch (Exception e) {
            System.err.println("the Derby network server of the tests did not stop: " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }
}
