import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partner API under load (issue E), against a running server:
 *
 * <ol>
 *   <li>submissions: {@code submitters} clients POST /api/v1/applications back to back for {@code seconds}
 *       (after a warm-up of a fifth of it), each with its own Idempotency-Key; sustained submissions per second
 *       and latency percentiles;</li>
 *   <li>status lookups: {@code lookers} concurrent clients GET /api/v1/applications/{receipt}/status?queryCode=
 *       of the applications just submitted, back to back for {@code seconds}; throughput and p50/p95/p99.</li>
 * </ol>
 *
 * Arguments: base URL (https://localhost:8443), folder of the build's key material, how to sign in to submit
 * ({@code cert:<partner>} for the partner's client certificate, {@code basic:<user>} for a password),
 * the JSON body file (every {@code ${uuid}} replaced per request), submitters, lookers, seconds.
 */
public class PartnerApiBenchmark {

    private static final Pattern RECEIPT = Pattern.compile("\"receiptNumber\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern QUERY_CODE = Pattern.compile("\"queryCode\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path tls = Path.of(args[1]);
        String signIn = args[2];
        String body = Files.readString(Path.of(args[3]), StandardCharsets.UTF_8);
        int submitters = Integer.parseInt(args[4]);
        int lookers = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);

        String authorization = null;
        String certificate = null;
        if (signIn.startsWith("cert:")) {
            certificate = signIn.substring(5);
        } else {
            authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (signIn.substring(6) + ":Tongban@2026").getBytes(StandardCharsets.UTF_8));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(submitters, lookers));
        HttpClient submitting = client(tls, certificate);
        System.out.printf("server %s, %d cores here (client and server share them)%n", base,
                Runtime.getRuntime().availableProcessors());

        List<String[]> submitted = Collections.synchronizedList(new ArrayList<>());
        String auth = authorization;
        Run warmUp = run(pool, submitters, Math.max(2, seconds / 5), () -> submit(submitting, base, auth, body, null));
        System.out.printf("warm-up: %d submissions%n", warmUp.ok());
        Run submissions = run(pool, submitters, seconds, () -> submit(submitting, base, auth, body, submitted));
        submissions.print("POST /api/v1/applications, " + submitters + " clients (" + signIn + ")", "submissions");

        if (submitted.isEmpty()) {
            System.out.println("nothing submitted: no lookups");
            pool.shutdownNow();
            return;
        }
        HttpClient looking = client(tls, null);
        List<String[]> known = List.copyOf(submitted);
        run(pool, lookers, Math.max(2, seconds / 5), () -> lookUp(looking, base, known));
        Run lookups = run(pool, lookers, seconds, () -> lookUp(looking, base, known));
        lookups.print("GET /api/v1/applications/{rn}/status?queryCode=, " + lookers + " clients", "lookups");
        pool.shutdownNow();
    }

    /** One request; answers its latency in nanoseconds, or -1 when it failed. */
    interface Call {
        long call() throws Exception;
    }

    record Run(List<Long> latencies, int failed, Map<Integer, Integer> statuses, double seconds) {
        int ok() {
            return latencies.size();
        }

        void print(String what, String unit) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.println();
            System.out.println(what);
            System.out.printf("  %d %s in %.1f s: %.1f %s per second; %d failed %s%n", sorted.size(), unit, seconds,
                    sorted.size() / seconds, unit, failed, failed == 0 ? "" : statuses);
            if (!sorted.isEmpty()) {
                System.out.printf("  latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", percentile(sorted, 50),
                        percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
            }
        }
    }

    static final Map<Integer, Integer> STATUSES = new ConcurrentHashMap<>();

    static Run run(ExecutorService pool, int clients, int seconds, Call call) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        int[] failed = new int[1];
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(clients);
        STATUSES.clear();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                try {
                    while (!stop.get()) {
                        long latency;
                        try {
                            latency = call.call();
                        } catch (Exception e) {
                            STATUSES.merge(-1, 1, Integer::sum);
                            latency = -1;
                        }
                        if (latency >= 0) {
                            latencies.add(latency);
                        } else {
                            synchronized (failed) {
                                failed[0]++;
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        TimeUnit.SECONDS.sleep(seconds);
        stop.set(true);
        done.await(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Run(List.copyOf(latencies), failed[0], Map.copyOf(STATUSES), elapsed);
    }

    static long submit(HttpClient http, String base, String authorization, String template, List<String[]> submitted)
            throws Exception {
        String key = UUID.randomUUID().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/applications"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(template.replace("${uuid}", key), StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long latency = System.nanoTime() - started;
        if (response.statusCode() != 201) {
            STATUSES.merge(response.statusCode(), 1, Integer::sum);
            if (STATUSES.get(response.statusCode()) == 1) {
                System.out.println("  answer " + response.statusCode() + ": " + response.body());
            }
            return -1;
        }
        if (submitted != null) {
            Matcher receipt = RECEIPT.matcher(response.body());
            Matcher code = QUERY_CODE.matcher(response.body());
            if (receipt.find() && code.find()) {
                submitted.add(new String[]{receipt.group(1), code.group(1)});
            }
        }
        return latency;
    }

    static long lookUp(HttpClient http, String base, List<String[]> known) throws Exception {
        String[] one = known.get(ThreadLocalRandom.current().nextInt(known.size()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/applications/" + one[0]
                + "/status?queryCode=" + one[1])).timeout(Duration.ofSeconds(60)).GET().build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long latency = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            STATUSES.merge(response.statusCode(), 1, Integer::sum);
            return -1;
        }
        return latency;
    }

    static HttpClient client(Path tls, String certificate) throws Exception {
        char[] password = "tongban-dev".toCharArray();
        KeyManagerFactory keys = null;
        if (certificate != null) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(tls.resolve(certificate + ".p12"), password), password);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(tls.resolve("truststore.p12"), password));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    static KeyStore load(Path file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
