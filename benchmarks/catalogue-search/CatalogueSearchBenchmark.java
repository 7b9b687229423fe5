import cn.tongban.catalogue.control.CatalogueFile;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.catalogue.entity.SearchTerms;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue search on many matters: adds generated matters (with their versions and index terms, as the
 * application stores them) to a running server's PostgreSQL database, then times searches over HTTP and
 * shows PostgreSQL's plan for the search statement.
 *
 * Arguments: JDBC URL, base URL of the server, number of matters to add, requests per query.
 */
public class CatalogueSearchBenchmark {

    private static final String[] SUBJECTS = {"建筑工程", "城镇排水", "食品经营", "医疗机构", "户外广告", "危险化学品", "特种设备",
            "公共场所", "人力资源服务", "道路运输", "药品零售", "旅馆业", "燃气经营", "消防设计", "水利工程", "林木采伐", "民办学校",
            "养老机构", "出版物零售", "网络文化", "广播电视", "动物诊疗", "农药经营", "放射诊疗", "娱乐场所"};
    private static final String[] ACTIONS = {"施工许可证核发", "经营许可", "执业登记", "设立审批", "变更登记", "注销备案", "延续审批",
            "卫生许可", "安全评价审查", "竣工验收备案", "信息公示确认", "资质认定"};
    private static final String[] DEPARTMENTS = {"SCJGJ", "ZJJ", "STHJJ", "WJJ", "GAJ", "SWJ", "RSJ", "SWUJ", "CGJ", "NCJD"};
    private static final List<String> QUERIES = List.of("施工", "许可证", "医疗机构执业", "证", "登记", "BENCH-1234", "量子纠缠");

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String base = args[1];
        int matters = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        try (Connection db = DriverManager.getConnection(jdbc, "tongban", "tongban")) {
            long started = System.nanoTime();
            int added = addMatters(db, matters);
            System.out.printf("added %d matters with versions and index terms in %.1f s%n", added, seconds(started));
            count(db, "matters in the catalogue", "SELECT COUNT(*) FROM matter");
            count(db, "index terms", "SELECT COUNT(*) FROM matter_search_term");
            try (var s = db.createStatement()) {
                s.execute("ANALYZE");
            }
            HttpClient http = HttpClient.newHttpClient();
            System.out.println();
            System.out.println("query (GET /api/v1/matters?q=…&size=20)   matches   p50 ms   p95 ms   p99 ms   req/s");
            for (String q : QUERIES) {
                time(http, base + "/api/v1/matters?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), q, requests);
            }
            time(http, base + "/api/v1/matters?size=20&department=ZJJ&q=" + URLEncoder.encode("施工", StandardCharsets.UTF_8),
                    "施工 + department ZJJ", requests);
            time(http, base + "/api/v1/matters?size=20&page=100", "no keyword, page 100", requests);
            System.out.println();
            explain(db, "施工");
        }
    }

    private static int addMatters(Connection db, int count) throws Exception {
        List<MatterContent> samples;
        try (InputStream in = CatalogueSearchBenchmark.class.getClassLoader().getResourceAsStream("seed/catalogue.json")) {
            samples = CatalogueFile.read(in, Set.of()).matters().stream().map(CatalogueFile.MatterEntry::content).toList();
        }
        db.setAutoCommit(false);
        Map<String, Long> departments = new java.util.HashMap<>();
        try (var s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT code, id FROM department")) {
            while (rs.next()) {
                departments.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (PreparedStatement matter = db.prepareStatement("""
                INSERT INTO matter (id, code, name, name_en, kind, department_id, statutory_days, promised_days,
                    process_type, online_level, search_text, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""");
             PreparedStatement version = db.prepareStatement("""
                INSERT INTO matter_version (id, matter_id, number, status, content, drafted_at, effective_from, version)
                VALUES (?, ?, 1, 'IN_FORCE', ?, ?, CURRENT_DATE, 1)""");
             PreparedStatement current = db.prepareStatement("UPDATE matter SET current_version_id = ? WHERE id = ?");
             PreparedStatement term = db.prepareStatement("INSERT INTO matter_search_term (term, matter_id) VALUES (?, ?)");
             PreparedStatement ids = db.prepareStatement("SELECT nextval('matter_seq') + ?")) {
            long matterId = nextBlock(db, "matter_seq", count);
            long versionId = nextBlock(db, "matter_version_seq", count);
            for (int i = 0; i < count; i++) {
                MatterContent sample = samples.get(i % samples.size());
                String code = "BENCH-" + i;
                String name = SUBJECTS[i % SUBJECTS.length] + ACTIONS[(i / SUBJECTS.length) % ACTIONS.length]
                        + (i >= SUBJECTS.length * ACTIONS.length ? "（第" + (i / (SUBJECTS.length * ACTIONS.length) + 1) + "类）" : "");
                MatterContent content = sample.withTexts(name, "Benchmark matter " + i, sample.fee(), sample.servicePromise(),
                        sample.legalBasis(), sample.conditions(), sample.onlineLevel(), sample.contacts());
                // the same searchable text the application keeps (Matter.searchTextOf)
                String searchText = SearchTerms.normalise(code + " " + name + " " + content.nameEn());
                long mId = matterId + i;
                long vId = versionId + i;
                matter.setLong(1, mId);
                matter.setString(2, code);
                matter.setString(3, name);
                matter.setString(4, content.nameEn());
                matter.setString(5, content.kind().name());
                matter.setLong(6, departments.get(DEPARTMENTS[i % DEPARTMENTS.length]));
                matter.setInt(7, content.statutoryDays());
                matter.setInt(8, content.promisedDays());
                matter.setString(9, content.process().type().name());
                matter.setString(10, content.onlineLevel().name());
                matter.setString(11, searchText);
                matter.addBatch();
                version.setLong(1, vId);
                version.setLong(2, mId);
                version.setString(3, content.toJson().toString());
                version.setObject(4, OffsetDateTime.now());
                version.addBatch();
                current.setLong(1, vId);
                current.setLong(2, mId);
                current.addBatch();
                for (String t : SearchTerms.of(searchText)) {
                    term.setString(1, t);
                    term.setLong(2, mId);
                    term.addBatch();
                }
                if (i % 500 == 499 || i == count - 1) {
                    matter.executeBatch();
                    version.executeBatch();
                    current.executeBatch();
                    term.executeBatch();
                }
            }
        }
        db.commit();
        db.setAutoCommit(true);
        return count;
    }

    /** Reserves ids from a sequence that steps by 50, the way the application's allocation does. */
    private static long nextBlock(Connection db, String sequence, int count) throws Exception {
        long first = -1;
        try (var s = db.createStatement()) {
            for (int taken = 0; taken < count + 50; taken += 50) {
                try (ResultSet rs = s.executeQuery("SELECT nextval('" + sequence + "')")) {
                    rs.next();
                    if (first < 0) {
                        first = rs.getLong(1) - 49;
                    }
                }
            }
        }
        return first;
    }

    private static void time(HttpClient http, String url, String label, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        String body = "";
        for (int i = 0; i < 20; i++) {
            body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
        long[] nanos = new long[requests];
        long all = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
        }
        double total = seconds(all);
        Arrays.sort(nanos);
        String matches = body.replaceAll(".*\"total\":(\\d+).*", "$1");
        System.out.printf("%-40s %7s %8.2f %8.2f %8.2f %7.0f%n", label, matches, ms(nanos, 0.50), ms(nanos, 0.95),
                ms(nanos, 0.99), requests / total);
    }

    private static void explain(Connection db, String query) throws Exception {
        List<String> terms = new ArrayList<>(SearchTerms.ofQuery(query));
        String sql = """
                EXPLAIN (ANALYZE, BUFFERS) SELECT m.id, m.code, m.name, d.code FROM matter m JOIN department d ON d.id = m.department_id
                WHERE m.current_version_id IS NOT NULL
                  AND m.id IN (SELECT t.matter_id FROM matter_search_term t WHERE t.term = ANY (?)
                               GROUP BY t.matter_id HAVING COUNT(t.term) = ?)
                  AND m.search_text LIKE ? ESCAPE '!'
                ORDER BY m.code LIMIT 20""";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setArray(1, db.createArrayOf("varchar", terms.toArray()));
            s.setLong(2, terms.size());
            s.setString(3, "%" + SearchTerms.normalise(query) + "%");
            System.out.println("PostgreSQL's plan for the search of \"" + query + "\":");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }
    }

    private static void count(Connection db, String what, String sql) throws Exception {
        try (var s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            System.out.printf("%s: %d%n", what, rs.getLong(1));
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
