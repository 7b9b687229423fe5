package cn.tongban.it;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * HTTPS clients for black-box tests of the partner systems' identity (第二十条), from the key material the build
 * made (wildfly-config src/main/tls): they trust the test CA, and present a partner's client certificate or none.
 */
public final class Tls {

    public static final String BASE = "https://localhost:8443";
    private static final char[] PASSWORD = "tongban-dev".toCharArray();

    private Tls() {
    }

    /** A client presenting the certificate of {@code keyStore} (e.g. "partner" for partner.p12), or none when null. */
    public static HttpClient client(String keyStore) throws Exception {
        KeyManagerFactory keys = null;
        if (keyStore != null) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStore + ".p12"), PASSWORD);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load("truststore.p12"));
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
    }

    /** Changes the test database directly, e.g. to revoke a certificate; answers the number of rows changed. */
    public static int update(String sql) throws SQLException {
        try (var c = DriverManager.getConnection(System.getProperty("tongban.test.db.url"),
                System.getProperty("tongban.test.db.user"), System.getProperty("tongban.test.db.password"));
             var statement = c.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static KeyStore load(String file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("tongban.tls.dir"), file))) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
