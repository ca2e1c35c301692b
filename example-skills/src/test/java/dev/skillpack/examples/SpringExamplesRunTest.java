package dev.skillpack.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.MarkdownDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The Spring Boot reference's code, run: every complete {@code java} block and every {@code properties}
 * block of references/java-spring-boot.md is read from the Markdown at test time, compiled (with a
 * {@code package} line put in front) together with the few files in src/test/spring-app/ that the
 * reference leaves to the application (the Boot entry point, two users, the tables), and started as a
 * Spring Boot application on a random port. The tests then drive it over HTTP the way a browser or an
 * attacker would, one test per directive of the reference.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpringExamplesRunTest {
    static final String REFERENCE = "references/java-spring-boot.md";
    static final String PACKAGE = "dev.skillpack.examples.springapp";
    static final Path HARNESS = Path.of("src/test/spring-app");
    static final String ALICE_PASSWORD = "alice-long-passphrase-for-tests";

    @TempDir
    static Path work;

    private static URLClassLoader loader;
    private static ConfigurableApplicationContext context;
    private static String base;
    private static Path uploads;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** alice's session cookie after login. */
    private static String aliceSession;

    @BeforeAll
    static void startTheReferenceApplication() throws Exception {
        MarkdownDocument doc = ExamplePack.reference(ExamplePack.skill(), REFERENCE);
        Path src = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<Path> sources = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        for (CodeExample example : ExamplePack.completeExamples(doc)) {
            String language = example.language().orElse("");
            if (language.equals("java")) {
                Path file = src.resolve("ReferenceBlockAtLine" + example.span().line() + ".java");
                Files.writeString(file, "package " + PACKAGE + ";\n" + example.code());
                sources.add(file);
            } else if (language.equals("properties")) {
                properties.add("# " + REFERENCE + ":" + example.span().line() + "\n" + example.code());
            }
        }
        assertThat(sources).as("java blocks in %s", REFERENCE).hasSizeGreaterThanOrEqualTo(5);
        sources.add(HARNESS.resolve("ShopApplication.java"));
        JavaSnippets.compile(sources, classes);

        uploads = Files.createDirectories(work.resolve("uploads"));
        Files.writeString(work.resolve("outside.txt"), "not in the upload folder");
        properties.add(Files.readString(HARNESS.resolve("test.properties")));
        properties.add("app.upload-dir=" + uploads.toString().replace("\\", "/"));
        Files.writeString(classes.resolve("application.properties"), String.join("\n", properties));
        Files.copy(HARNESS.resolve("schema.sql"), classes.resolve("schema.sql"));
        Files.copy(HARNESS.resolve("data.sql"), classes.resolve("data.sql"));
        // The reference tells the reader to copy the skill's list to src/main/resources/.
        Files.copy(ExamplePack.ROOT.resolve(ExamplePack.SKILL).resolve("assets/common-passwords.txt"),
                classes.resolve("common-passwords.txt"));

        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SpringExamplesRunTest.class.getClassLoader());
        Class<?> app = loader.loadClass(PACKAGE + ".ShopApplication");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            SpringApplication application = new SpringApplication(new DefaultResourceLoader(loader), app);
            context = application.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() throws IOException {
        if (context != null) {
            context.close();
        }
        if (loader != null) {
            loader.close();
        }
    }

    @Test
    @Order(1)
    void anUnauthenticatedRequestIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/orders/1", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    @Order(2)
    void loginRotatesTheSessionAndTheCookieIsSecureHttpOnlyAndLax() throws Exception {
        HttpResponse<String> page = get("/login", null);
        String before = sessionCookie(page).orElseThrow();
        assertThat(setCookie(page)).contains("Secure", "HttpOnly", "SameSite=Lax");

        HttpResponse<String> login = postForm("/login", before, Map.of("username", "alice",
                "password", ALICE_PASSWORD, "_csrf", csrfToken(page.body())));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        aliceSession = sessionCookie(login).orElseThrow();
        assertThat(aliceSession).as("session id changed at login").isNotEqualTo(before);
        assertThat(setCookie(login)).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    @Order(3)
    void aUserSeesTheirOwnOrderAndGets404ForAnotherUsersOrder() throws Exception {
        HttpResponse<String> own = get("/orders/1", aliceSession);
        HttpResponse<String> bobs = get("/orders/2", aliceSession);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"owner\":\"alice\"");
        assertThat(bobs.statusCode()).isEqualTo(404);
        assertThat(bobs.body()).doesNotContain("bob");
    }

    @Test
    @Order(4)
    void aPostWithoutTheCsrfTokenIsRefusedAndWithItTheDtoBindsOnlyItsFields() throws Exception {
        String json = "{\"displayName\":\"Alice A.\",\"bio\":\"hi\",\"role\":\"ADMIN\",\"username\":\"bob\"}";
        HttpResponse<String> without = send(HttpRequest.newBuilder(URI.create(base + "/profile"))
                .header("Cookie", aliceSession).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(without.statusCode()).isEqualTo(403);

        HttpResponse<String> with = send(HttpRequest.newBuilder(URI.create(base + "/profile"))
                .header("Cookie", aliceSession).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrfToken(get("/login", aliceSession).body()))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(with.statusCode()).isEqualTo(200);

        JdbcClient jdbc = context.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT display_name || '/' || role FROM app_user WHERE username = 'alice'")
                .query(String.class).single()).isEqualTo("Alice A./USER");
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = 'bob'")
                .query(String.class).single()).isEqualTo("Bob");
    }

    @Test
    @Order(5)
    void anExternalRedirectTargetIsReplacedAndAnAllowedOneKept() throws Exception {
        HttpResponse<String> evil = get("/continue?next=" + enc("https://evil.example/phish"), aliceSession);
        HttpResponse<String> schemeRelative = get("/continue?next=" + enc("//evil.example"), aliceSession);
        HttpResponse<String> allowed = get("/continue?next=" + enc("/orders"), aliceSession);

        assertThat(evil.statusCode()).isEqualTo(303);
        assertThat(evil.headers().firstValue("Location")).hasValue("/");
        assertThat(schemeRelative.headers().firstValue("Location")).hasValue("/");
        assertThat(allowed.headers().firstValue("Location")).hasValue("/orders");
    }

    @Test
    @Order(6)
    void anInjectedSortFallsBackToTheAllowListedColumn() throws Exception {
        HttpResponse<String> byPrice = get("/products?category=books&sort=price", aliceSession);
        HttpResponse<String> injected = get("/products?category=books&sort=" + enc("price; DROP TABLE product"),
                aliceSession);
        HttpResponse<String> quoted = get("/products?category=" + enc("books' OR '1'='1"), aliceSession);

        assertThat(byPrice.body()).isEqualTo("[\"Zebra book\",\"Mango book\",\"Apple book\"]");
        assertThat(injected.statusCode()).isEqualTo(200);
        assertThat(injected.body()).isEqualTo("[\"Apple book\",\"Mango book\",\"Zebra book\"]");
        assertThat(quoted.body()).isEqualTo("[]");
    }

    @Test
    @Order(7)
    void shortAndListedPasswordsAreRefusedAndA73BytePasswordIsHashedWhole() throws Throwable {
        Object policy = context.getBean(loader.loadClass(PACKAGE + ".PasswordPolicy"));
        Method hash = policy.getClass().getDeclaredMethod("hashNewPassword", String.class);
        hash.setAccessible(true);

        assertThatThrownBy(() -> invoke(hash, policy, "fourteen-chars")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15 to 128");
        assertThatThrownBy(() -> invoke(hash, policy, "1qaz2wsx3edc4rfv")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too common");
        assertThatThrownBy(() -> invoke(hash, policy, "PasswordPassword")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too common");

        String long73 = "é".repeat(36) + "x";
        assertThat(long73.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        String hashed = (String) invoke(hash, policy, long73);
        PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
        assertThat(hashed).startsWith("{argon2}");
        assertThat(encoder.matches(long73, hashed)).isTrue();
        assertThat(encoder.matches("é".repeat(36) + "y", hashed)).as("the 73rd byte counts").isFalse();
        assertThat((String) invoke(hash, policy, "fifteen-chars-ok")).startsWith("{argon2}");
    }

    @Test
    @Order(8)
    void uploadsKeepOnlyAllowedTypesUnderRandomNamesAndDownloadsStayInTheFolder() throws Throwable {
        String csrf = csrfToken(get("/login", aliceSession).body());
        HttpResponse<String> exe = upload("invoice.exe", csrf);
        HttpResponse<String> pdf = upload("../../Report.PDF", csrf);

        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).matches("[0-9a-f-]{36}\\.pdf");
        try (var files = Files.list(uploads)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(pdf.body());
        }

        HttpResponse<String> download = get("/documents/" + pdf.body(), aliceSession);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("%PDF-1.4 test");

        HttpResponse<String> encodedTraversal = get("/documents/..%2Foutside.txt", aliceSession);
        assertThat(encodedTraversal.statusCode()).isEqualTo(400);
        Object controller = context.getBean(loader.loadClass(PACKAGE + ".ShopController"));
        Method downloadMethod = controller.getClass().getDeclaredMethod("download", String.class);
        downloadMethod.setAccessible(true);
        assertThatThrownBy(() -> invoke(downloadMethod, controller, "../outside.txt"))
                .hasMessageContaining("404 NOT_FOUND");
    }

    @Test
    @Order(9)
    void corsAnswersOnlyTheListedOriginWithCredentials() throws Exception {
        HttpResponse<String> listed = preflight("https://shop.example");
        HttpResponse<String> other = preflight("https://evil.example");

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example");
        assertThat(listed.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    @Order(10)
    void aForeignHostHeaderIsRejected() throws Exception {
        assertThat(rawStatusLine("evil.example")).startsWith("HTTP/1.1 400");
        assertThat(rawStatusLine("localhost")).startsWith("HTTP/1.1 200");
    }

    @Test
    @Order(11)
    void outboundUrlsOutsideTheAllowListAreRefused() throws Throwable {
        Method checked = loader.loadClass(PACKAGE + ".OutboundUrls").getDeclaredMethod("checked", String.class);
        checked.setAccessible(true);

        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "https://127.0.0.1/admin",
                "http://images.example-cdn.com/a.png", "https://images.example-cdn.com.evil.example/a.png",
                "https://evil.example@169.254.169.254/")) {
            assertThatThrownBy(() -> invoke(checked, null, url)).as(url).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(invoke(checked, null, "https://images.example-cdn.com/a.png")).hasToString(
                "https://images.example-cdn.com/a.png");
    }

    @Test
    @Order(12)
    void headersAndErrorsShowNoInternals() throws Exception {
        HttpResponse<String> page = get("/login", null);
        HttpResponse<String> error = get("/orders/not-a-number", aliceSession);

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'self'; object-src 'none'; frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.body()).doesNotContain("Exception", "trace", "at org.");
    }

    @Test
    @Order(13)
    void repeatedLoginPostsAreAnswered429WithRetryAfter() throws Exception {
        HttpResponse<String> page = get("/login", null);
        String session = sessionCookie(page).orElseThrow();
        String csrf = csrfToken(page.body());
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> limited = null;
        // Five attempts a minute per IP and per user name; twelve cover a minute boundary passing mid-test.
        for (int attempt = 0; attempt < 12 && limited == null; attempt++) {
            HttpResponse<String> response = postForm("/login", session,
                    Map.of("username", "bob", "password", "wrong-password-" + attempt, "_csrf", csrf));
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                limited = response;
            }
        }

        assertThat(limited).as("a 429 among the statuses %s", statuses).isNotNull();
        assertThat(statuses.subList(0, statuses.size() - 1)).as("failed logins before the limit").allMatch(s -> s == 302);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
    }

    // --- HTTP helpers --------------------------------------------------------------------------------

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private static HttpResponse<String> postForm(String path, String cookie, Map<String, String> fields)
            throws Exception {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> upload(String fileName, String csrf) throws Exception {
        String boundary = "----skillpack-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n%PDF-1.4 test\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create(base + "/documents")).header("Cookie", aliceSession)
                .header("X-CSRF-TOKEN", csrf).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> preflight(String origin) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/orders")).header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** java.net.http refuses to set Host, so this one request is written by hand. */
    private static String rawStatusLine(String host) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /login HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.lines().findFirst().orElse("");
        }
    }

    private static String setCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no JSESSIONID cookie set: " + response.headers()));
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    private static String csrfToken(String html) {
        Matcher m = CSRF_INPUT.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no _csrf field on the login page:\n" + html);
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Object invoke(Method method, Object target, Object... args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
